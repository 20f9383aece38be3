pub mod inspect;
pub mod keys;
pub mod lock;
