//! The UART front end: serial pins on one side, the core bus on the other. UART receiver ->
//! frame receiver -> core writes; core reads -> frame transmitter -> UART transmitter
//! (docs/protocol.md §2). The receiver hands the transmitter one job per frame, the run report
//! of the RUN doorbells and the link counters.

use rust_hdl::prelude::*;

use crate::common::core_bus::CoreBusInitiator;
use crate::common::stream::StreamSource;
use crate::frontend::frame_job::FrameJobSource;
use crate::frontend::frame_rx::{FrameRx, RxLimits};
use crate::frontend::frame_tx::FrameTx;
use crate::frontend::link_counters_bus::LinkCountersSource;
use crate::frontend::run_report::RunReportSource;
use crate::frontend::uart_rx::UartRx;
use crate::frontend::uart_tx::UartTx;

/// A host link over a UART: requests in, responses out, the core's memory map behind.
#[derive(LogicBlock)]
pub struct UartFrontEnd {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- UART pins.
    /// Serial input pin (idle high).
    pub rx: Signal<In, Bit>,
    /// Serial output pin (idle high).
    pub tx: Signal<Out, Bit>,
    // ---- The core.
    /// The core bus: writes from the receiver, reads for the transmitter, the core's status.
    pub core: CoreBusInitiator,
    // ---- Status.
    /// A byte went by, either way (for an activity LED).
    pub activity: Signal<Out, Bit>,
    uart_rx: UartRx,
    uart_tx: UartTx,
    frame_rx: FrameRx,
    frame_tx: FrameTx,
}

impl UartFrontEnd {
    /// A front end for `baud` with a `clock_hz` clock; frames are checked against `limits`.
    pub fn new(clock_hz: u64, baud: u64, limits: RxLimits) -> Self {
        UartFrontEnd {
            clock: Default::default(),
            reset: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            core: Default::default(),
            activity: Default::default(),
            uart_rx: UartRx::new(clock_hz, baud),
            uart_tx: UartTx::new(clock_hz, baud),
            frame_rx: FrameRx::new(limits),
            frame_tx: FrameTx::default(),
        }
    }
}

impl Logic for UartFrontEnd {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, uart_rx, uart_tx, frame_rx, frame_tx);
        self.uart_rx.reset.next = self.reset.val();
        self.uart_tx.reset.next = self.reset.val();
        self.frame_rx.reset.next = self.reset.val();
        self.frame_tx.reset.next = self.reset.val();
        self.uart_rx.rx.next = self.rx.val();
        self.tx.next = self.uart_tx.tx.val();

        // Bytes in, frames in.
        StreamSource::<8>::join(&mut self.uart_rx.rx_bytes, &mut self.frame_rx.rx_bytes);
        self.frame_rx.line_error.next = self.uart_rx.framing_error.val() | self.uart_rx.overrun.val();
        // Receiver to transmitter.
        FrameJobSource::join(&mut self.frame_rx.job, &mut self.frame_tx.job);
        RunReportSource::join(&mut self.frame_rx.run, &mut self.frame_tx.run);
        LinkCountersSource::join(&mut self.frame_rx.counters, &mut self.frame_tx.counters);
        // Frames out, bytes out.
        StreamSource::<8>::join(&mut self.frame_tx.tx_bytes, &mut self.uart_tx.tx_bytes);

        // The core bus: the write half is the receiver's, the read half the transmitter's.
        self.core.write.next = self.frame_rx.write.val();
        self.core.write_address.next = self.frame_rx.write_address.val();
        self.core.write_data.next = self.frame_rx.write_data.val();
        self.frame_rx.write_status.next = self.core.write_status.val();
        self.frame_rx.core_busy.next = self.core.busy.val();
        self.frame_rx.model_ready.next = self.core.model_ready.val();
        self.core.read.next = self.frame_tx.read.val();
        self.core.read_address.next = self.frame_tx.read_address.val();
        self.frame_tx.read_data.next = self.core.read_data.val();
        self.frame_tx.core_busy.next = self.core.busy.val();
        self.frame_tx.slot_done.next = self.core.slot_done.val();
        self.frame_tx.key_loaded.next = self.core.key_loaded.val();
        self.frame_tx.model_ready.next = self.core.model_ready.val();
        self.frame_tx.last_error.next = self.core.last_error.val();

        self.activity.next = (self.uart_rx.rx_bytes.valid.val() & self.frame_rx.rx_bytes.ready.val())
            | (self.frame_tx.tx_bytes.valid.val() & self.uart_tx.tx_bytes.ready.val());
    }
}

#[cfg(test)]
mod tests;
