pub mod data;
pub mod eval;
pub mod inspect;
pub mod keys;
pub mod lock;
pub mod train;
