//! The response sender of the frame transmitter: the bytes of one response frame (docs/
//! protocol.md §2). SYNC, CMD | 0x80, SEQ, LEN, the header CRC-8, the payload (status byte, then
//! INFO, STATUS plus the link counters, or RESULT, read from the core's read channel), and the
//! CRC-16. A RESULT's length depends on its class count, which is read first.
//!
//! Each byte is prepared in three clocks (Load asks the read channel, Fetch waits for it, Hold
//! registers the byte and what Send does with it), then offered on the stream until taken.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{INFO_BYTES, RESULT_HEADER_BYTES, STATUS_BYTES};
use deeplock_spec::protocol::{Command, ErrorCode, FRAME_CRC_ALGORITHM, HEADER_CRC_ALGORITHM, LINK_COUNTERS};

use crate::common::crc::CrcEngine;
use crate::common::stream::StreamSource;
use crate::frontend::constant as c;
use crate::frontend::link_counters_bus::LinkCountersSink;
use super::response_byte::ResponseByte;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum SendState {
    Idle,
    Wait,
    Classes0,
    Classes1,
    Classes2,
    Classes3,
    Load,
    /// The read crosses the read registers and the core's read latency.
    Fetch,
    /// The byte and what Send does with it are registered (Send's logic then starts at flip-flops).
    Hold,
    Send,
}

/// Sends the response frame of the current job.
#[derive(LogicBlock)]
pub struct ResponseSender {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- The job queue.
    /// A job is queued.
    pub queued_any: Signal<In, Bit>,
    /// The current job's outcome is in.
    pub decided: Signal<In, Bit>,
    /// With `decided`: the answer is a RESULT.
    pub to_result: Signal<In, Bit>,
    /// The current job's command code.
    pub cmd: Signal<In, Bits<8>>,
    /// Its sequence number.
    pub seq: Signal<In, Bits<8>>,
    /// Its answer's status.
    pub status: Signal<In, Bits<8>>,
    /// Where the answer's data is read from.
    pub data_base: Signal<In, Bits<24>>,
    /// Idle: the next job may start.
    pub idle: Signal<Out, Bit>,
    /// Waiting for the current job's outcome.
    pub waiting: Signal<Out, Bit>,
    /// One clock: the last byte of the answer is out.
    pub answered: Signal<Out, Bit>,
    /// One clock: the job queue dropped a job (no place for it): counted as refused.
    pub dropped: Signal<In, Bit>,
    // ---- The core's read channel (the read half of the core bus).
    /// Reads the byte at `read_address`.
    pub read: Signal<Out, Bit>,
    /// Byte address of the read.
    pub read_address: Signal<Out, Bits<24>>,
    /// The byte of the last read.
    pub read_data: Signal<In, Bits<8>>,
    // ---- The link counters, for STATUS.
    pub counters: LinkCountersSink,
    // ---- Bytes to the UART.
    pub tx_bytes: StreamSource<8>,
    /// The byte at `position`.
    response_byte: ResponseByte,
    header_crc: CrcEngine<8>,
    frame_crc: CrcEngine<16>,
    state: DFF<SendState>,
    /// The read channel leaves through registers (the address arithmetic here and the core's
    /// read decode would otherwise be one path): data comes two clocks after a read is decided.
    read_q: DFF<Bit>,
    read_address_q: DFF<Bits<24>>,
    read_now: Signal<Local, Bit>,
    read_address_now: Signal<Local, Bits<24>>,
    /// The byte Send offers, and whether it goes into each CRC and ends the frame.
    byte_q: DFF<Bits<8>>,
    data_length_q: DFF<Bits<16>>,
    payload_length_q: DFF<Bits<16>>,
    total_q: DFF<Bits<16>>,
    header_crc_byte: DFF<Bit>,
    frame_crc_byte: DFF<Bit>,
    last_byte: DFF<Bit>,
    length: DFF<Bits<16>>,
    position: DFF<Bits<16>>,
    classes_low: DFF<Bits<8>>,
    refusals: DFF<Bits<16>>,
    /// An answer with a non-OK status went out this clock.
    refused_now: Signal<Local, Bit>,
    data_length: Signal<Local, Bits<16>>,
    total: Signal<Local, Bits<16>>,
    payload_length: Signal<Local, Bits<16>>,
    cmd_info: Constant<Bits<8>>,
    cmd_status: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    cmd_read_result: Constant<Bits<8>>,
    ok: Constant<Bits<8>>,
    info_bytes: Constant<Bits<16>>,
    status_payload: Constant<Bits<16>>,
    result_header: Constant<Bits<16>>,
    frame_overhead: Constant<Bits<16>>,
    cmd_position: Constant<Bits<16>>,
    crc8_position: Constant<Bits<16>>,
    one24: Constant<Bits<24>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    two16: Constant<Bits<16>>,
    max16: Constant<Bits<16>>,
    max16_less_one: Constant<Bits<16>>,
    shift2: Constant<Bits<8>>,
    shift8: Constant<Bits<8>>,
}

impl Default for ResponseSender {
    fn default() -> Self {
        ResponseSender {
            clock: Default::default(),
            reset: Default::default(),
            queued_any: Default::default(),
            decided: Default::default(),
            to_result: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            status: Default::default(),
            data_base: Default::default(),
            idle: Default::default(),
            waiting: Default::default(),
            answered: Default::default(),
            read: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            counters: Default::default(),
            tx_bytes: Default::default(),
            response_byte: ResponseByte::default(),
            header_crc: CrcEngine::new(HEADER_CRC_ALGORITHM),
            frame_crc: CrcEngine::new(FRAME_CRC_ALGORITHM),
            state: Default::default(),
            read_q: Default::default(),
            read_address_q: Default::default(),
            read_now: Default::default(),
            read_address_now: Default::default(),
            byte_q: Default::default(),
            data_length_q: Default::default(),
            payload_length_q: Default::default(),
            total_q: Default::default(),
            header_crc_byte: Default::default(),
            frame_crc_byte: Default::default(),
            last_byte: Default::default(),
            length: Default::default(),
            position: Default::default(),
            classes_low: Default::default(),
            refusals: Default::default(),
            refused_now: Default::default(),
            dropped: Default::default(),
            data_length: Default::default(),
            total: Default::default(),
            payload_length: Default::default(),
            cmd_info: c(Command::Info as u64),
            cmd_status: c(Command::Status as u64),
            cmd_run: c(Command::Run as u64),
            cmd_read_result: c(Command::ReadResult as u64),
            ok: c(ErrorCode::Ok as u64),
            info_bytes: c(INFO_BYTES as u64),
            status_payload: c((STATUS_BYTES + 2 * LINK_COUNTERS) as u64),
            result_header: c(RESULT_HEADER_BYTES as u64),
            // SYNC0 SYNC1 CMD SEQ LEN LEN HCRC, CRC CRC.
            frame_overhead: c(9),
            // CMD, SEQ, LEN, LEN go into the header CRC-8 (positions 2 to 5).
            cmd_position: c(2),
            crc8_position: c(6),
            one24: c(1),
            zero16: c(0),
            one16: c(1),
            two16: c(2),
            max16: c(0xffff),
            max16_less_one: c(0xfffe),
            shift2: c(2),
            shift8: c(8),
        }
    }
}

impl Logic for ResponseSender {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, read_q, read_address_q, byte_q, data_length_q, payload_length_q, total_q, header_crc_byte, frame_crc_byte, last_byte,
            length, position, classes_low, refusals
        );
        clock!(self, clock, header_crc, frame_crc, response_byte);
        self.header_crc.clear.next = false;
        self.header_crc.enable.next = false;
        self.frame_crc.clear.next = false;
        self.frame_crc.enable.next = false;
        self.read_now.next = false;
        self.read_address_now.next = self.data_base.val();
        self.tx_bytes.valid.next = false;
        self.answered.next = false;

        // ---- The answer's lengths. Payload: the status byte, then the data.
        self.data_length.next = self.zero16.val();
        if self.status.val() == self.ok.val() {
            if self.cmd.val() == self.cmd_info.val() {
                self.data_length.next = self.info_bytes.val();
            }
            if self.cmd.val() == self.cmd_status.val() {
                self.data_length.next = self.status_payload.val();
            }
            if (self.cmd.val() == self.cmd_run.val()) | (self.cmd.val() == self.cmd_read_result.val()) {
                self.data_length.next = self.length.q.val();
            }
        }
        self.payload_length.next = self.one16.val() + self.data_length.val();
        self.total.next = self.frame_overhead.val() + self.payload_length.val();
        // Registered: they are set before an answer's first byte and hold while it goes out.
        self.data_length_q.d.next = self.data_length.val();
        self.payload_length_q.d.next = self.payload_length.val();
        self.total_q.d.next = self.total.val();
        // ---- The byte at `position`.
        self.response_byte.position.next = self.position.q.val();
        self.response_byte.total.next = self.total_q.q.val();
        self.response_byte.payload_length.next = self.payload_length_q.q.val();
        self.response_byte.data_length.next = self.data_length_q.q.val();
        self.response_byte.cmd.next = self.cmd.val();
        self.response_byte.seq.next = self.seq.val();
        self.response_byte.status.next = self.status.val();
        self.response_byte.header_crc.next = self.header_crc.crc.val();
        self.response_byte.frame_crc.next = self.frame_crc.crc.val();
        self.response_byte.read_data.next = self.read_data.val();
        self.response_byte.refusals.next = self.refusals.q.val();
        LinkCountersSink::link(&mut self.counters, &mut self.response_byte.counters);
        self.tx_bytes.data.next = self.byte_q.q.val();
        self.header_crc.data.next = self.byte_q.q.val();
        self.frame_crc.data.next = self.byte_q.q.val();

        self.refused_now.next = false;
        match self.state.q.val() {
            SendState::Idle => {
                if self.queued_any.val() {
                    self.state.d.next = SendState::Wait;
                }
            }
            SendState::Wait => {
                if self.decided.val() {
                    self.state.d.next = SendState::Load;
                    if self.to_result.val() {
                        self.state.d.next = SendState::Classes0;
                    }
                }
                self.position.d.next = self.zero16.val();
                self.header_crc.clear.next = true;
                self.frame_crc.clear.next = true;
            }
            // A RESULT's length depends on its class count: read it first.
            SendState::Classes0 => {
                self.read_now.next = true;
                self.read_address_now.next = self.data_base.val();
                self.state.d.next = SendState::Classes1;
            }
            SendState::Classes1 => {
                self.read_now.next = true;
                self.read_address_now.next = self.data_base.val() + self.one24.val();
                self.state.d.next = SendState::Classes2;
            }
            SendState::Classes2 => {
                self.classes_low.d.next = self.read_data.val();
                self.state.d.next = SendState::Classes3;
            }
            SendState::Classes3 => {
                self.length.d.next = self.result_header.val()
                    + ((bit_cast::<16, 8>(self.classes_low.q.val()) | (bit_cast::<16, 8>(self.read_data.val()) << self.shift8.val())) << self.shift2.val());
                self.state.d.next = SendState::Load;
            }
            SendState::Load => {
                // Data bytes come from the read channel: ask two clocks ahead.
                if self.response_byte.is_data.val() & !self.response_byte.from_counters.val() {
                    self.read_now.next = true;
                    self.read_address_now.next = self.data_base.val() + bit_cast::<24, 16>(self.response_byte.data_index.val());
                }
                self.state.d.next = SendState::Fetch;
            }
            SendState::Fetch => {
                self.state.d.next = SendState::Hold;
            }
            SendState::Hold => {
                self.byte_q.d.next = self.response_byte.value.val();
                self.header_crc_byte.d.next = (self.position.q.val() >= self.cmd_position.val()) & (self.position.q.val() < self.crc8_position.val());
                self.frame_crc_byte.d.next = (self.position.q.val() >= self.cmd_position.val()) & (self.position.q.val() + self.two16.val() < self.total_q.q.val());
                self.last_byte.d.next = self.position.q.val() + self.one16.val() == self.total_q.q.val();
                self.state.d.next = SendState::Send;
            }
            SendState::Send => {
                self.tx_bytes.valid.next = true;
                if self.tx_bytes.ready.val() {
                    self.header_crc.enable.next = self.header_crc_byte.q.val();
                    self.frame_crc.enable.next = self.frame_crc_byte.q.val();
                    self.position.d.next = self.position.q.val() + self.one16.val();
                    self.state.d.next = SendState::Load;
                    if self.last_byte.q.val() {
                        // The answer is out.
                        self.state.d.next = SendState::Idle;
                        self.answered.next = true;
                        self.refused_now.next = self.status.val() != self.ok.val();
                    }
                }
            }
            _ => {
                self.state.d.next = SendState::Idle;
            }
        }
        // Refused requests: answered with an error, or dropped (saturating; both may come at once).
        if self.refused_now.val() & self.dropped.val() {
            self.refusals.d.next = self.refusals.q.val() + self.two16.val();
            if self.refusals.q.val() >= self.max16_less_one.val() {
                self.refusals.d.next = self.max16.val();
            }
        } else if (self.refused_now.val() | self.dropped.val()) & (self.refusals.q.val() != self.max16.val()) {
            self.refusals.d.next = self.refusals.q.val() + self.one16.val();
        }
        self.read_q.d.next = self.read_now.val();
        self.read_address_q.d.next = self.read_address_now.val();
        self.read.next = self.read_q.q.val();
        self.read_address.next = self.read_address_q.q.val();
        if self.reset.val() {
            self.read_q.d.next = false;
            self.state.d.next = SendState::Idle;
            self.refusals.d.next = self.zero16.val();
        }
        self.idle.next = self.state.q.val() == SendState::Idle;
        self.waiting.next = self.state.q.val() == SendState::Wait;
    }
}
