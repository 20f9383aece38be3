//! The accelerator core's bus (docs/protocol.md §1): a byte-wide write channel, a byte-wide read
//! channel and the core's state lines, as one bundle. A front end (UART today, PCIe next) holds
//! the [`CoreBusInitiator`]; the core holds the [`CoreBusTarget`]; one `join` wires them.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::ADDRESS_BITS;

/// The front end's side of the core bus.
#[derive(LogicInterface, Default)]
#[join = "CoreBusTarget"]
pub struct CoreBusInitiator {
    /// Write `write_data` at `write_address` this clock.
    pub write: Signal<Out, Bit>,
    pub write_address: Signal<Out, Bits<ADDRESS_BITS>>,
    pub write_data: Signal<Out, Bits<8>>,
    /// The outcome of the write of the previous clock: 0, or the error code that refused it.
    pub write_status: Signal<In, Bits<8>>,
    /// Read the byte at `read_address`; `read_data` holds it from the next clock on.
    pub read: Signal<Out, Bit>,
    pub read_address: Signal<Out, Bits<ADDRESS_BITS>>,
    pub read_data: Signal<In, Bits<8>>,
    /// A key is loaded.
    pub key_loaded: Signal<In, Bit>,
    /// A model is loaded and checked.
    pub model_ready: Signal<In, Bit>,
    /// The core is running an inference, a check or a key commit.
    pub busy: Signal<In, Bit>,
    /// Bit s: slot s holds a finished result.
    pub slot_done: Signal<In, Bits<2>>,
    /// The most recent refusal's error code (sticky until reset).
    pub last_error: Signal<In, Bits<8>>,
}

/// The core's side of the core bus.
#[derive(LogicInterface, Default)]
#[join = "CoreBusInitiator"]
pub struct CoreBusTarget {
    pub write: Signal<In, Bit>,
    pub write_address: Signal<In, Bits<ADDRESS_BITS>>,
    pub write_data: Signal<In, Bits<8>>,
    pub write_status: Signal<Out, Bits<8>>,
    pub read: Signal<In, Bit>,
    pub read_address: Signal<In, Bits<ADDRESS_BITS>>,
    pub read_data: Signal<Out, Bits<8>>,
    pub key_loaded: Signal<Out, Bit>,
    pub model_ready: Signal<Out, Bit>,
    pub busy: Signal<Out, Bit>,
    pub slot_done: Signal<Out, Bits<2>>,
    pub last_error: Signal<Out, Bits<8>>,
}
