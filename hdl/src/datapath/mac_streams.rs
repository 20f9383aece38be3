//! The two valid/ready streams of the MAC array: weight beats in from the sequencer
//! ([`MacBeatSource`] → [`MacBeatSink`]) and finished rows out to the output stage
//! ([`MacRowSource`] → [`MacRowSink`]). A transfer happens at an edge where `valid & ready`.

use rust_hdl::prelude::*;

/// The sequencer's side of the beat stream: N unlocked int8 weights and the row's flags.
#[derive(LogicInterface, Default)]
#[join = "MacBeatSink"]
pub struct MacBeatSource<const N: usize, const BITS: usize> {
    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    /// N int8 weights, lane i in bits [8i+7:8i].
    pub weights: Signal<Out, Bits<BITS>>,
    /// Lanes that hold real inputs; the others contribute 0.
    pub lane_mask: Signal<Out, Bits<N>>,
    /// The first beat of a row: the accumulator starts from `bias`.
    pub row_start: Signal<Out, Bit>,
    /// The last beat of a row.
    pub row_end: Signal<Out, Bit>,
    /// The row's bias (int32), read with `row_start`.
    pub bias: Signal<Out, Bits<32>>,
    /// The row's requantization multiplier and shift, passed along with `row_end`.
    pub multiplier: Signal<Out, Bits<16>>,
    pub shift: Signal<Out, Bits<8>>,
    /// The row belongs to the last layer (its accumulator is a logit).
    pub last_layer: Signal<Out, Bit>,
}

/// The MAC array's side of the beat stream: the mirror of [`MacBeatSource`].
#[derive(LogicInterface, Default)]
#[join = "MacBeatSource"]
pub struct MacBeatSink<const N: usize, const BITS: usize> {
    pub valid: Signal<In, Bit>,
    pub ready: Signal<Out, Bit>,
    pub weights: Signal<In, Bits<BITS>>,
    pub lane_mask: Signal<In, Bits<N>>,
    pub row_start: Signal<In, Bit>,
    pub row_end: Signal<In, Bit>,
    pub bias: Signal<In, Bits<32>>,
    pub multiplier: Signal<In, Bits<16>>,
    pub shift: Signal<In, Bits<8>>,
    pub last_layer: Signal<In, Bit>,
}

/// The MAC array's side of the row stream: a finished row's accumulator and how to requantize it.
#[derive(LogicInterface, Default)]
#[join = "MacRowSink"]
pub struct MacRowSource {
    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    /// The row's int32 accumulator (two's complement).
    pub acc: Signal<Out, Bits<32>>,
    pub multiplier: Signal<Out, Bits<16>>,
    pub shift: Signal<Out, Bits<8>>,
    /// The accumulator is a logit (kept whole, not requantized).
    pub last_layer: Signal<Out, Bit>,
}

/// The output stage's side of the row stream: the mirror of [`MacRowSource`].
#[derive(LogicInterface, Default)]
#[join = "MacRowSource"]
pub struct MacRowSink {
    pub valid: Signal<In, Bit>,
    pub ready: Signal<Out, Bit>,
    pub acc: Signal<In, Bits<32>>,
    pub multiplier: Signal<In, Bits<16>>,
    pub shift: Signal<In, Bits<8>>,
    pub last_layer: Signal<In, Bit>,
}
