//! Deep-Lock on the host: datasets, training, int8 quantization, evaluation, model import, and
//! the drivers that talk to a board (the UART frame driver and the memory-mapped one, both behind
//! [`device::Device`]).
//!
//! The scheme itself and every definition the layers share (S-Box, key stream, lock/unlock,
//! payload layout, memory map, protocol codes, the `.dlk` format, the golden model) live in
//! `deeplock-spec`; they are re-exported here under the same names, so `deeplock::format` is
//! `deeplock_spec::format`.
//!
//! With `default-features = false` it builds without the serial port and the training stack.

pub use deeplock_spec::{ascon, boards, format, fs, hardened_stream, infer, key, keyschedule, layout, lock, mapped, memory_map, model, protocol, sbox};
pub use deeplock_spec::MasterKey;

pub mod attack;
pub mod board;
pub mod dataset;
pub mod device;
pub mod eval;
pub mod idx;
pub mod link;
pub mod quantize;
pub mod safetensors;
#[cfg(feature = "train")]
pub mod train;
pub mod transport;
