//! Deep-Lock's single source of truth, shared by the host library (`deeplock`), the RTL
//! (`deeplock-hdl`), the simulation (`deeplock-sim`) and the CLI.
//!
//! Every parameter byte of a model is locked offline with a key-stream byte derived from a
//! 128-bit master key: `c = Sbox(p ^ k)`; the accelerator unlocks it just before use:
//! `p = InvSbox(c) ^ k`. This crate defines that scheme and every number the layers must agree
//! on — the S-Box, the key stream, the payload layout, the memory map, the protocol codes, the
//! `.dlk` format, each board build's clock and baud — together with the golden model (the
//! bit-exact int8 reference) and the memory-map sequence that every test checks the RTL against.
//!
//! It depends on nothing heavy (no serial port, no dataset or training stack, no rust-hdl), so
//! an edit to the host's training code never rebuilds the hardware.

pub mod ascon;
pub mod boards;
pub mod format;
pub mod fs;
pub mod hardened_stream;
pub mod infer;
pub mod key;
pub mod keyschedule;
pub mod layout;
pub mod lock;
pub mod mapped;
pub mod memory_map;
pub mod model;
pub mod protocol;
pub mod sbox;
pub mod transport;

pub use key::MasterKey;
