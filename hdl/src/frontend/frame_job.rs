//! The frame job: what the frame receiver hands the frame transmitter for every frame it
//! completed (a good header, whatever the payload did), so the transmitter answers it. One job
//! is a one-clock pulse of `valid`; there is no `ready`: the transmitter answers every job in
//! order. It says when the host's window (MAX_OUTSTANDING unanswered requests) is full: the
//! receiver then answers a new request BUSY, without acting on it.
//!
//! The receiver holds a [`FrameJobSource`], the transmitter a [`FrameJobSink`]; one
//! `FrameJobSource::join(&mut rx.job, &mut tx.job)` wires them.

use rust_hdl::prelude::*;

/// The receiver's side of the frame job.
#[derive(LogicInterface, Default)]
#[join = "FrameJobSink"]
pub struct FrameJobSource {
    /// One clock: a frame is complete, answer it.
    pub valid: Signal<Out, Bit>,
    /// The frame's command code.
    pub cmd: Signal<Out, Bits<8>>,
    /// The frame's sequence number, echoed in the answer.
    pub seq: Signal<Out, Bits<8>>,
    /// 0, or the error code the answer carries.
    pub status: Signal<Out, Bits<8>>,
    /// For RUN: the slot the input went to.
    pub slot: Signal<Out, Bit>,
    /// The frame repeats a request carried out (same CMD, SEQ and LEN): answer it with the
    /// original's answer.
    pub replay: Signal<Out, Bit>,
    /// With `replay`: the older of the two remembered originals.
    pub replay_older: Signal<Out, Bit>,
    /// Remember this job's answer: the receiver remembered its request.
    pub remember: Signal<Out, Bit>,
    /// The window is full: a request starting now is refused BUSY.
    pub window_full: Signal<In, Bit>,
}

/// The transmitter's side of the frame job: the mirror of [`FrameJobSource`].
#[derive(LogicInterface, Default)]
#[join = "FrameJobSource"]
pub struct FrameJobSink {
    /// One clock: a frame is complete, answer it.
    pub valid: Signal<In, Bit>,
    /// The frame's command code.
    pub cmd: Signal<In, Bits<8>>,
    /// The frame's sequence number.
    pub seq: Signal<In, Bits<8>>,
    /// 0, or the error code the answer carries.
    pub status: Signal<In, Bits<8>>,
    /// For RUN: the slot the input went to.
    pub slot: Signal<In, Bit>,
    /// The frame repeats a request carried out: answer it with the original's answer.
    pub replay: Signal<In, Bit>,
    /// With `replay`: the older of the two remembered originals.
    pub replay_older: Signal<In, Bit>,
    /// Remember this job's answer.
    pub remember: Signal<In, Bit>,
    /// The window is full: a request starting now is refused BUSY.
    pub window_full: Signal<Out, Bit>,
}
