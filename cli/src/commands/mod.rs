pub mod board;
pub mod data;
pub mod eval;
pub mod flash;
pub mod inspect;
pub mod keys;
pub mod lock;
pub mod train;
