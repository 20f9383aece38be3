//! The frame transmitter of the UART front end (docs/protocol.md §2): answers each frame the
//! receiver completed, in order, with one response frame. Two blocks, joined here: the
//! [`job_queue`] (the [`job_fifo`]: two jobs, the host's window MAX_OUTSTANDING, two refused
//! ones; the wait for the current job's outcome; the answers kept for repeats) and the [`response_sender`] (the bytes of the response, its CRCs, its payload
//! read from the core's read channel).

pub mod answer_memory;
pub mod job_fifo;
pub mod job_queue;
pub mod response_byte;
pub mod response_sender;

#[cfg(test)]
mod tests;

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::SLOTS;

use crate::common::stream::StreamSource;
use crate::frontend::frame_job::FrameJobSink;
use crate::frontend::link_counters_bus::LinkCountersSink;
use crate::frontend::run_report::RunReportSink;
use job_queue::JobQueue;
use response_sender::ResponseSender;

/// Answers frame jobs with response frames.
#[derive(LogicBlock, Default)]
pub struct FrameTx {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- From the receiver.
    /// The frames to answer.
    pub job: FrameJobSink,
    /// What became of each slot's RUN doorbell; the slots released here.
    pub run: RunReportSink,
    /// The link counters, for STATUS.
    pub counters: LinkCountersSink,
    // ---- The core's read channel and state (the read half of the core bus).
    /// Reads the byte at `read_address`.
    pub read: Signal<Out, Bit>,
    /// Byte address of the read.
    pub read_address: Signal<Out, Bits<24>>,
    /// The byte of the last read, from the clock after it.
    pub read_data: Signal<In, Bits<8>>,
    /// The core is running, checking a CONFIG or settling a key.
    pub core_busy: Signal<In, Bit>,
    /// Slot `s` holds a finished result (bit `s`).
    pub slot_done: Signal<In, Bits<SLOTS>>,
    /// A key is committed.
    pub key_loaded: Signal<In, Bit>,
    /// A CONFIG block passed the checker.
    pub model_ready: Signal<In, Bit>,
    /// Error code of the last failed command.
    pub last_error: Signal<In, Bits<8>>,
    // ---- Bytes to the UART.
    pub tx_bytes: StreamSource<8>,
    queue: JobQueue,
    sender: ResponseSender,
}

impl Logic for FrameTx {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, queue, sender);
        self.queue.reset.next = self.reset.val();
        self.sender.reset.next = self.reset.val();

        FrameJobSink::link(&mut self.job, &mut self.queue.job);
        RunReportSink::link(&mut self.run, &mut self.queue.run);
        self.queue.core_busy.next = self.core_busy.val();
        self.queue.slot_done.next = self.slot_done.val();
        self.queue.key_loaded.next = self.key_loaded.val();
        self.queue.model_ready.next = self.model_ready.val();
        self.queue.last_error.next = self.last_error.val();
        self.queue.idle.next = self.sender.idle.val();
        self.queue.waiting.next = self.sender.waiting.val();
        self.queue.answered.next = self.sender.answered.val();
        self.sender.dropped.next = self.queue.dropped.val();

        self.sender.queued_any.next = self.queue.queued_any.val();
        self.sender.decided.next = self.queue.decided.val();
        self.sender.to_result.next = self.queue.to_result.val();
        self.sender.cmd.next = self.queue.cmd.val();
        self.sender.seq.next = self.queue.seq.val();
        self.sender.status.next = self.queue.status.val();
        self.sender.data_base.next = self.queue.data_base.val();
        self.read.next = self.sender.read.val();
        self.read_address.next = self.sender.read_address.val();
        self.sender.read_data.next = self.read_data.val();
        LinkCountersSink::link(&mut self.counters, &mut self.sender.counters);
        StreamSource::<8>::link(&mut self.tx_bytes, &mut self.sender.tx_bytes);
    }
}
