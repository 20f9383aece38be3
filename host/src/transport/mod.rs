//! Byte transports to a device: the UART today ([`uart`]), PCIe next (docs/protocol.md §3).
//! The trait is defined in `deeplock-spec` (the virtual board implements it too); this module
//! adds the real ports.

pub use deeplock_spec::transport::*;

#[cfg(feature = "serial")]
pub mod uart;
