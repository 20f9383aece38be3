//! The UART front end: serial pins on one side, the accelerator core's write and read channels
//! on the other. UART receiver -> frame receiver -> core writes; core reads -> frame
//! transmitter -> UART transmitter (docs/protocol.md §2).

use rust_hdl::prelude::*;

use crate::frontend::frame_rx::{FrameRx, RxLimits};
use crate::frontend::frame_tx::FrameTx;
use crate::frontend::uart_rx::UartRx;
use crate::frontend::uart_tx::UartTx;

#[derive(LogicBlock)]
pub struct UartFrontEnd {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Serial input pin (idle high).
    pub rx: Signal<In, Bit>,
    /// Serial output pin (idle high).
    pub tx: Signal<Out, Bit>,
    /// The core's write channel.
    pub write: Signal<Out, Bit>,
    pub write_address: Signal<Out, Bits<24>>,
    pub write_data: Signal<Out, Bits<8>>,
    pub write_status: Signal<In, Bits<8>>,
    /// The core's read channel.
    pub read: Signal<Out, Bit>,
    pub read_address: Signal<Out, Bits<24>>,
    pub read_data: Signal<In, Bits<8>>,
    /// The core's state.
    pub core_busy: Signal<In, Bit>,
    pub slot_done: Signal<In, Bits<2>>,
    pub key_loaded: Signal<In, Bit>,
    pub model_ready: Signal<In, Bit>,
    pub last_error: Signal<In, Bits<8>>,
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
            write: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_status: Default::default(),
            read: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            core_busy: Default::default(),
            slot_done: Default::default(),
            key_loaded: Default::default(),
            model_ready: Default::default(),
            last_error: Default::default(),
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

        self.frame_rx.rx_data.next = self.uart_rx.data.val();
        self.frame_rx.rx_valid.next = self.uart_rx.valid.val();
        self.uart_rx.ready.next = self.frame_rx.rx_ready.val();
        self.frame_rx.line_error.next = self.uart_rx.framing_error.val() | self.uart_rx.overrun.val();
        self.write.next = self.frame_rx.write.val();
        self.write_address.next = self.frame_rx.write_address.val();
        self.write_data.next = self.frame_rx.write_data.val();
        self.frame_rx.write_status.next = self.write_status.val();
        self.frame_rx.core_busy.next = self.core_busy.val();
        self.frame_rx.slot_release.next = self.frame_tx.slot_release.val();

        self.frame_tx.job_valid.next = self.frame_rx.job_valid.val();
        self.frame_tx.job_cmd.next = self.frame_rx.job_cmd.val();
        self.frame_tx.job_seq.next = self.frame_rx.job_seq.val();
        self.frame_tx.job_status.next = self.frame_rx.job_status.val();
        self.frame_tx.job_slot.next = self.frame_rx.job_slot.val();
        self.frame_tx.run_rung.next = self.frame_rx.run_rung.val();
        self.frame_tx.run_status0.next = self.frame_rx.run_status0.val();
        self.frame_tx.run_status1.next = self.frame_rx.run_status1.val();
        self.frame_tx.frames_ok.next = self.frame_rx.frames_ok.val();
        self.frame_tx.bad_headers.next = self.frame_rx.bad_headers.val();
        self.frame_tx.bad_crcs.next = self.frame_rx.bad_crcs.val();
        self.frame_tx.timeouts.next = self.frame_rx.timeouts.val();
        self.read.next = self.frame_tx.read.val();
        self.read_address.next = self.frame_tx.read_address.val();
        self.frame_tx.read_data.next = self.read_data.val();
        self.frame_tx.core_busy.next = self.core_busy.val();
        self.frame_tx.slot_done.next = self.slot_done.val();
        self.frame_tx.key_loaded.next = self.key_loaded.val();
        self.frame_tx.model_ready.next = self.model_ready.val();
        self.frame_tx.last_error.next = self.last_error.val();
        self.uart_tx.data.next = self.frame_tx.tx_data.val();
        self.uart_tx.valid.next = self.frame_tx.tx_valid.val();
        self.frame_tx.tx_ready.next = self.uart_tx.ready.val();
        self.activity.next = (self.uart_rx.valid.val() & self.frame_rx.rx_ready.val()) | (self.frame_tx.tx_valid.val() & self.uart_tx.ready.val());
    }
}
