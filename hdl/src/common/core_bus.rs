//! The core bus: how a front end (UART today, PCIe next) reaches the accelerator core's memory
//! map (docs/protocol.md §1). A byte-wide write port with a one-byte status, a byte-wide read port
//! whose byte arrives the clock after the read, and the core's status lines the front end reports in STATUS.
//!
//! The front end holds a [`CoreBusInitiator`], the core a [`CoreBusTarget`]; a board top wires
//! the whole bundle with one `CoreBusInitiator::join(&mut front_end.core, &mut core.bus)`.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{ADDRESS_BITS, SLOTS};

/// The front end's side of the core bus.
#[derive(LogicInterface, Default)]
#[join = "CoreBusTarget"]
pub struct CoreBusInitiator {
    // Write port.
    /// Writes `write_data` at `write_address` this clock.
    pub write: Signal<Out, Bit>,
    /// Byte address of the write (memory map of docs/protocol.md §1).
    pub write_address: Signal<Out, Bits<ADDRESS_BITS>>,
    /// The byte written.
    pub write_data: Signal<Out, Bits<8>>,
    /// Error code of the last write (`ErrorCode::Ok` = 0), valid the clock after `write`.
    pub write_status: Signal<In, Bits<8>>,
    // Read port.
    /// Reads the byte at `read_address`.
    pub read: Signal<Out, Bit>,
    /// Byte address of the read.
    pub read_address: Signal<Out, Bits<ADDRESS_BITS>>,
    /// The byte of the last read, from the clock after it until the next read.
    pub read_data: Signal<In, Bits<8>>,
    // Status.
    /// The core is running an inference, checking a CONFIG or settling a key.
    pub busy: Signal<In, Bit>,
    /// Slot `s` holds a finished result (bit `s`).
    pub slot_done: Signal<In, Bits<SLOTS>>,
    /// A key is committed.
    pub key_loaded: Signal<In, Bit>,
    /// A CONFIG block passed the checker: RUN may start.
    pub model_ready: Signal<In, Bit>,
    /// Error code of the last failed command (0 if none).
    pub last_error: Signal<In, Bits<8>>,
}

/// The core's side of the core bus: the mirror of [`CoreBusInitiator`].
#[derive(LogicInterface, Default)]
#[join = "CoreBusInitiator"]
pub struct CoreBusTarget {
    // Write port.
    /// Writes `write_data` at `write_address` this clock.
    pub write: Signal<In, Bit>,
    /// Byte address of the write.
    pub write_address: Signal<In, Bits<ADDRESS_BITS>>,
    /// The byte written.
    pub write_data: Signal<In, Bits<8>>,
    /// Error code of the last write, valid the clock after `write`.
    pub write_status: Signal<Out, Bits<8>>,
    // Read port.
    /// Reads the byte at `read_address`.
    pub read: Signal<In, Bit>,
    /// Byte address of the read.
    pub read_address: Signal<In, Bits<ADDRESS_BITS>>,
    /// The byte of the last read, from the clock after it until the next read.
    pub read_data: Signal<Out, Bits<8>>,
    // Status.
    /// The core is running, checking or settling a key.
    pub busy: Signal<Out, Bit>,
    /// Slot `s` holds a finished result (bit `s`).
    pub slot_done: Signal<Out, Bits<SLOTS>>,
    /// A key is committed.
    pub key_loaded: Signal<Out, Bit>,
    /// A CONFIG block passed the checker.
    pub model_ready: Signal<Out, Bit>,
    /// Error code of the last failed command (0 if none).
    pub last_error: Signal<Out, Bits<8>>,
}
