pub mod data;
pub mod inspect;
pub mod keys;
pub mod lock;
