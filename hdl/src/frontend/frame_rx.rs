//! The frame receiver of the UART front end (docs/protocol.md §2): bytes from the UART in,
//! writes on the core's write channel out, and one job per frame for the transmitter, which
//! answers it. Five blocks, joined here:
//!
//! parser ([`frame_parser`]: SYNC, header, CRC-8, lengths, payload bytes, CRC-16, timeout) ->
//! decoder ([`command_decoder`]: where the payload goes, the doorbells, the write channel; with
//! the [`repeat_guard`], which recognises a resent request) ->
//! scheduler ([`run_slots`]: slots and RUN doorbells that wait for the core) ->
//! counters ([`link_counters`]); all writes leave through the registered [`write_port`].
//!
//! Only a good CRC-16 rings a doorbell (KEY_COMMIT, CONFIG_COMMIT, KEY_CLEAR, RUN); a bad one
//! discards the key staging and is answered BAD_CRC. Weights and inputs written from a damaged
//! frame are harmless: the host resends, and the CONFIG check proves the whole payload at the end.

pub mod command_decoder;
pub mod command_table;
pub mod frame_parser;
pub mod header_register;
pub mod length_check;
pub mod link_counters;
pub mod repeat_guard;
pub mod run_length;
pub mod run_slots;
pub mod write_port;

#[cfg(test)]
mod tests;

use rust_hdl::prelude::*;

use crate::common::stream::StreamSink;
use crate::frontend::frame_job::FrameJobSource;
use crate::frontend::link_counters_bus::LinkCountersSource;
use crate::frontend::run_report::RunReportSource;
use command_decoder::CommandDecoder;
use frame_parser::FrameParser;
use link_counters::LinkCounters;
use repeat_guard::RepeatGuard;
use write_port::WritePort;
use run_slots::RunSlots;

/// Sizes the receiver checks requests against.
#[derive(Clone, Copy, Debug)]
pub struct RxLimits {
    pub weight_bytes: u64,
    pub slot_bytes: u64,
    pub config_bytes: u64,
    /// Clocks of silence that end a frame in progress.
    pub timeout_clocks: u64,
}

/// Receives frames and carries out their requests on the core's write channel.
#[derive(LogicBlock)]
pub struct FrameRx {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- Bytes from the UART.
    /// Received bytes.
    pub rx_bytes: StreamSink<8>,
    /// A byte was lost (bad stop bit, or overrun): the frame in progress is lost.
    pub line_error: Signal<In, Bit>,
    // ---- The core's write channel (the write half of the core bus).
    /// Writes `write_data` at `write_address` this clock.
    pub write: Signal<Out, Bit>,
    /// Byte address of the write.
    pub write_address: Signal<Out, Bits<24>>,
    /// The byte written.
    pub write_data: Signal<Out, Bits<8>>,
    /// Error code of the last write.
    pub write_status: Signal<In, Bits<8>>,
    /// The core is busy (a RUN doorbell waits for it).
    pub core_busy: Signal<In, Bit>,
    /// The core holds a checked model (RUN's length rule depends on it).
    pub model_ready: Signal<In, Bit>,
    // ---- To the transmitter.
    /// One job per completed frame.
    pub job: FrameJobSource,
    /// What became of each slot's RUN doorbell; the transmitter's releases.
    pub run: RunReportSource,
    /// The link counters, for STATUS.
    pub counters: LinkCountersSource,
    parser: FrameParser,
    decoder: CommandDecoder,
    slots: RunSlots,
    link_counters: LinkCounters,
    repeats: RepeatGuard,
    write_port: WritePort,
}

impl FrameRx {
    pub fn new(limits: RxLimits) -> Self {
        FrameRx {
            clock: Default::default(),
            reset: Default::default(),
            rx_bytes: Default::default(),
            line_error: Default::default(),
            write: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_status: Default::default(),
            core_busy: Default::default(),
            model_ready: Default::default(),
            job: Default::default(),
            run: Default::default(),
            counters: Default::default(),
            parser: FrameParser::new(limits),
            decoder: CommandDecoder::new(limits),
            slots: RunSlots::default(),
            link_counters: LinkCounters::default(),
            repeats: RepeatGuard::default(),
            write_port: WritePort::default(),
        }
    }
}

impl Logic for FrameRx {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, parser, decoder, slots, link_counters, repeats, write_port);
        self.parser.reset.next = self.reset.val();
        self.decoder.reset.next = self.reset.val();
        self.slots.reset.next = self.reset.val();
        self.link_counters.reset.next = self.reset.val();
        self.repeats.reset.next = self.reset.val();

        // Parser: the bytes in; it holds a byte while a doorbell has the write channel.
        StreamSink::<8>::link(&mut self.rx_bytes, &mut self.parser.rx_bytes);
        self.parser.line_error.next = self.line_error.val();
        self.parser.run_write.next = self.slots.run_write.val();
        self.parser.ringing.next = self.decoder.ringing.val();
        self.parser.model_ready.next = self.model_ready.val();
        self.parser.run_bytes.next = self.decoder.run_bytes.val();

        // Decoder: the frame's fields and steps.
        self.decoder.data.next = self.parser.data.val();
        self.decoder.cmd.next = self.parser.cmd.val();
        self.decoder.length.next = self.parser.length.val();
        self.decoder.received.next = self.parser.received.val();
        self.decoder.length_ok.next = self.parser.length_ok.val();
        self.decoder.header_good.next = self.parser.header_good.val();
        self.decoder.payload_byte.next = self.parser.payload_byte.val();
        self.decoder.frame_end.next = self.parser.frame_end.val();
        self.decoder.crc_good.next = self.parser.crc_good.val();
        self.decoder.finishing.next = self.parser.finishing.val();
        self.decoder.answering.next = self.parser.answering.val();
        self.decoder.next_slot.next = self.slots.next_slot.val();
        self.decoder.next_slot_busy.next = self.slots.next_slot_busy.val();
        self.decoder.window_full.next = self.job.window_full.val();
        self.decoder.frame_lost.next = self.parser.frame_lost.val();
        self.decoder.write_status.next = self.write_status.val();

        // The write port: a payload byte, a RUN doorbell, or a frame's doorbell, registered.
        self.write_port.reset.next = self.reset.val();
        self.write_port.payload_write.next = self.decoder.payload_write.val();
        self.write_port.payload_address.next = self.decoder.payload_address.val();
        self.write_port.data.next = self.parser.data.val();
        self.write_port.run_write.next = self.slots.run_write.val();
        self.write_port.run_slot.next = self.slots.run_slot.val();
        self.write_port.ring.next = self.decoder.ringing.val();
        self.write_port.doorbell.next = self.decoder.doorbell.val();
        self.write.next = self.write_port.write.val();
        self.write_address.next = self.write_port.write_address.val();
        self.write_data.next = self.write_port.write_data.val();

        // Repeats: the header against the requests carried out.
        self.repeats.cmd.next = self.parser.cmd.val();
        self.repeats.seq.next = self.parser.seq.val();
        self.repeats.length.next = self.parser.length.val();
        self.repeats.job_valid.next = self.parser.job_valid.val();
        self.repeats.carried_out.next = self.decoder.carried_out.val();
        self.decoder.repeated.next = self.repeats.repeated.val();
        self.decoder.older.next = self.repeats.older.val();

        // Run slots.
        self.slots.core_busy.next = self.core_busy.val();
        self.slots.write_status.next = self.write_status.val();
        self.slots.ringing.next = self.decoder.ringing.val();
        self.slots.closing.next = self.parser.closing.val();
        self.slots.claim.next = self.decoder.claim.val();
        self.slots.claim_slot.next = self.decoder.slot.val();
        RunReportSource::link(&mut self.run, &mut self.slots.report);

        // Link counters.
        self.link_counters.frame_ok.next = self.parser.frame_end.val() & self.parser.crc_good.val();
        self.link_counters.bad_header.next = self.parser.bad_header.val();
        self.link_counters.bad_crc.next = self.parser.frame_end.val() & !self.parser.crc_good.val();
        self.link_counters.timeout.next = self.parser.timeout.val();
        LinkCountersSource::link(&mut self.counters, &mut self.link_counters.counters);

        // The job.
        self.job.valid.next = self.parser.job_valid.val();
        self.job.cmd.next = self.parser.cmd.val();
        self.job.seq.next = self.parser.seq.val();
        self.job.status.next = self.decoder.status.val();
        self.job.slot.next = self.decoder.slot.val();
        self.job.replay.next = self.decoder.replay.val();
        self.job.replay_older.next = self.decoder.replay_older.val();
        self.job.remember.next = self.repeats.remember.val();
    }
}
