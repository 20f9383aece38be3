//! A valid/ready stream of `N`-bit words (AXI-Stream's `tdata`/`tvalid`/`tready`): a word moves
//! on every clock where both `valid` and `ready` are high. The source may not withdraw a word it
//! offers, and may not wait for `ready` before raising `valid`.
//!
//! A producer holds a [`StreamSource`], a consumer a [`StreamSink`]; one
//! `StreamSource::join(&mut uart_rx.rx_bytes, &mut frame_rx.rx_bytes)` wires them (`input` and
//! `output` are Verilog keywords: name the ports after what flows).

use rust_hdl::prelude::*;

/// The producer's side of a stream.
#[derive(LogicInterface, Default)]
#[join = "StreamSink"]
pub struct StreamSource<const N: usize> {
    /// The word offered.
    pub data: Signal<Out, Bits<N>>,
    /// `data` holds a word.
    pub valid: Signal<Out, Bit>,
    /// The consumer takes the word this clock if `valid`.
    pub ready: Signal<In, Bit>,
}

/// The consumer's side of a stream: the mirror of [`StreamSource`].
#[derive(LogicInterface, Default)]
#[join = "StreamSource"]
pub struct StreamSink<const N: usize> {
    /// The word offered.
    pub data: Signal<In, Bits<N>>,
    /// `data` holds a word.
    pub valid: Signal<In, Bit>,
    /// This block takes the word this clock if `valid`.
    pub ready: Signal<Out, Bit>,
}
