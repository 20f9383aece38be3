//! The run report: how the frame receiver tells the frame transmitter what became of each
//! slot's RUN doorbell, and how the transmitter gives the slot back once the RUN is answered.
//! A RUN's doorbell may ring long after its frame (it waits until the core is idle), so the
//! job alone cannot carry the core's answer.
//!
//! The receiver holds a [`RunReportSource`], the transmitter a [`RunReportSink`]; one
//! `RunReportSource::join(&mut rx.run, &mut tx.run)` wires them.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::SLOTS;

/// The receiver's side of the run report.
#[derive(LogicInterface, Default)]
#[join = "RunReportSink"]
pub struct RunReportSource {
    /// Bit s: the RUN doorbell of slot s has rung (the core took it or refused it).
    pub rung: Signal<Out, Bits<SLOTS>>,
    /// The core's answer to slot 0's RUN doorbell (0: it runs).
    pub status0: Signal<Out, Bits<8>>,
    /// The core's answer to slot 1's RUN doorbell.
    pub status1: Signal<Out, Bits<8>>,
    /// Bit s, one clock: slot s's RUN is answered, the slot is free again.
    pub release: Signal<In, Bits<SLOTS>>,
}

/// The transmitter's side of the run report: the mirror of [`RunReportSource`].
#[derive(LogicInterface, Default)]
#[join = "RunReportSource"]
pub struct RunReportSink {
    /// Bit s: the RUN doorbell of slot s has rung.
    pub rung: Signal<In, Bits<SLOTS>>,
    /// The core's answer to slot 0's RUN doorbell (0: it runs).
    pub status0: Signal<In, Bits<8>>,
    /// The core's answer to slot 1's RUN doorbell.
    pub status1: Signal<In, Bits<8>>,
    /// Bit s, one clock: slot s's RUN is answered.
    pub release: Signal<Out, Bits<SLOTS>>,
}
