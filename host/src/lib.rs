//! Deep-Lock: key-locked neural-network weights.
//!
//! Every parameter byte of a model is locked offline with a key-stream byte derived from a
//! 128-bit master key: `c = Sbox(p ^ k)`. The accelerator unlocks each weight just before use:
//! `p = InvSbox(c) ^ k`. This crate is the software reference of that scheme and everything the
//! host needs around it.
//!
//! With `default-features = false` it builds without the serial port and the training stack, so
//! the hardware crates can depend on it for the shared tables and definitions.

pub mod board;
pub mod dataset;
pub mod eval;
pub mod format;
pub mod idx;
pub mod infer;
pub mod key;
pub mod keyschedule;
pub mod layout;
pub mod link;
pub mod mapped;
pub mod lock;
pub mod memory_map;
pub mod model;
pub mod protocol;
pub mod quantize;
pub mod sbox;
#[cfg(feature = "train")]
pub mod train;
pub mod transport;

pub use key::MasterKey;
