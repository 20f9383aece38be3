//! The link counters as a bundle: the frame receiver counts, the frame transmitter reports them
//! in the STATUS payload (docs/protocol.md §2). Each counter saturates at 0xffff.
//!
//! The receiver holds a [`LinkCountersSource`], the transmitter a [`LinkCountersSink`]; one
//! `LinkCountersSource::join(&mut rx.counters, &mut tx.counters)` wires them.

use rust_hdl::prelude::*;

/// The counting side.
#[derive(LogicInterface, Default)]
#[join = "LinkCountersSink"]
pub struct LinkCountersSource {
    /// Frames received with a good CRC-16.
    pub frames_ok: Signal<Out, Bits<16>>,
    /// Headers dropped: bad CRC-8, a length over MAX_PAYLOAD, or a line error inside a frame.
    pub bad_headers: Signal<Out, Bits<16>>,
    /// Frames whose CRC-16 failed.
    pub bad_crcs: Signal<Out, Bits<16>>,
    /// Frames that stalled for the timeout.
    pub timeouts: Signal<Out, Bits<16>>,
}

/// The reporting side: the mirror of [`LinkCountersSource`].
#[derive(LogicInterface, Default)]
#[join = "LinkCountersSource"]
pub struct LinkCountersSink {
    /// Frames received with a good CRC-16.
    pub frames_ok: Signal<In, Bits<16>>,
    /// Headers dropped.
    pub bad_headers: Signal<In, Bits<16>>,
    /// Frames whose CRC-16 failed.
    pub bad_crcs: Signal<In, Bits<16>>,
    /// Frames that stalled for the timeout.
    pub timeouts: Signal<In, Bits<16>>,
}
