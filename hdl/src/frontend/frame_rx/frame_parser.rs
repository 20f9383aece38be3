//! The frame parser (docs/protocol.md §2): bytes in, the frame's fields and one strobe per step
//! out. It hunts for SYNC0 SYNC1, takes CMD, SEQ and the length into the [`HeaderRegister`],
//! and checks the header's CRC-8. A bad header is dropped and its five bytes after SYNC1 are fed
//! through the hunt again (the register's replay), so a frame that starts inside them is found. A good header with a length over MAX_PAYLOAD is answered at once (BAD_LENGTH), its
//! payload not consumed. It counts the payload bytes while folding them into the CRC-16, and
//! checks the CRC-16. What the payload does is the
//! command decoder's business; the parser only tells it when (`header_good`, `payload_byte`,
//! `frame_end`) and then gives the doorbell three clocks (Finish, Settle, Answer) before the job
//! goes out. A frame that stalls for the timeout, or meets a line error, is dropped.

use rust_hdl::prelude::*;

use deeplock_spec::protocol::{FRAME_CRC_ALGORITHM, HEADER_CRC_ALGORITHM, SYNC};

use super::header_register::HeaderRegister;
use super::length_check::LengthCheck;
use super::RxLimits;
use crate::common::crc::CrcEngine;
use crate::common::stream::StreamSink;
use crate::frontend::constant as c;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum ParseState {
    Hunt,
    Sync1,
    /// CMD, SEQ, LEN.
    Header,
    HeaderCrc,
    Payload,
    Crc0,
    Crc1,
    /// A doorbell is being written.
    Finish,
    /// The doorbell crosses the write register; the core's answer comes next clock.
    Settle,
    /// The doorbell's outcome is in; the job goes to the transmitter.
    Answer,
}

/// Splits the byte stream into frames.
#[derive(LogicBlock)]
pub struct FrameParser {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- Bytes from the UART.
    /// Received bytes.
    pub rx_bytes: StreamSink<8>,
    /// A byte was lost (bad stop bit, or overrun): the frame in progress is lost.
    pub line_error: Signal<In, Bit>,
    // ---- The write channel is taken this clock: the byte waits.
    /// A RUN doorbell is written this clock.
    pub run_write: Signal<In, Bit>,
    /// For RUN's length rule: a checked model is in the core, its input is `run_bytes` long.
    pub model_ready: Signal<In, Bit>,
    pub run_bytes: Signal<In, Bits<16>>,
    /// A frame's doorbell is written this clock.
    pub ringing: Signal<In, Bit>,
    // ---- The frame, to the command decoder.
    /// The byte taken this clock (valid with the strobes).
    pub data: Signal<Out, Bits<8>>,
    /// The frame's command code, from its CMD byte on.
    pub cmd: Signal<Out, Bits<8>>,
    /// The frame's sequence number.
    pub seq: Signal<Out, Bits<8>>,
    /// The payload length, from the header on.
    pub length: Signal<Out, Bits<16>>,
    /// Payload bytes taken so far.
    pub received: Signal<Out, Bits<16>>,
    /// The length obeys the command's length rule (registered).
    pub length_ok: Signal<Out, Bit>,
    /// One clock: the header is good; the payload (if any) follows.
    pub header_good: Signal<Out, Bit>,
    /// One clock: a payload byte is taken (`data`, `received` bytes before it).
    pub payload_byte: Signal<Out, Bit>,
    /// One clock: the last CRC byte is taken.
    pub frame_end: Signal<Out, Bit>,
    /// With `frame_end`: the CRC-16 is good.
    pub crc_good: Signal<Out, Bit>,
    /// The clock after `frame_end`: a doorbell, if any, is written.
    pub finishing: Signal<Out, Bit>,
    /// The doorbell's answer is on the write status: the job goes out next clock.
    pub answering: Signal<Out, Bit>,
    /// Settle or Answer: the write channel must stay quiet so the doorbell's answer is the one seen.
    pub closing: Signal<Out, Bit>,
    /// The job: one clock after `answering`.
    pub job_valid: Signal<Out, Bit>,
    // ---- Events, to the link counters.
    /// A header was dropped (bad CRC-8) or a line error hit a frame.
    pub bad_header: Signal<Out, Bit>,
    /// A frame stalled for the timeout.
    pub timeout: Signal<Out, Bit>,
    /// A frame in progress was lost (timeout or line error).
    pub frame_lost: Signal<Out, Bit>,
    /// The length checks (registered).
    length_check: LengthCheck,
    header_crc: CrcEngine<8>,
    frame_crc: CrcEngine<16>,
    state: DFF<ParseState>,
    left: DFF<Bits<16>>,
    received_q: DFF<Bits<16>>,
    crc_low: DFF<Bits<8>>,
    silence: DFF<Bits<24>>,
    job_pulse: DFF<Bit>,
    /// CMD, SEQ, LEN; the replay of a bad header.
    header: HeaderRegister,
    /// The byte this clock: the UART's, or a replayed one.
    frame_byte: Signal<Local, Bits<8>>,
    take: Signal<Local, Bit>,
    header_byte: Signal<Local, Bit>,
    sync0: Constant<Bits<8>>,
    sync1: Constant<Bits<8>>,
    timeout_clocks: Constant<Bits<24>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    zero24: Constant<Bits<24>>,
    one24: Constant<Bits<24>>,
    byte_shift: Constant<Bits<8>>,
}

impl FrameParser {
    pub fn new(limits: RxLimits) -> Self {
        assert!(limits.timeout_clocks < 1 << 24, "timeout too long for the counter");
        FrameParser {
            clock: Default::default(),
            reset: Default::default(),
            rx_bytes: Default::default(),
            line_error: Default::default(),
            run_write: Default::default(),
            model_ready: Default::default(),
            run_bytes: Default::default(),
            ringing: Default::default(),
            data: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            length: Default::default(),
            received: Default::default(),
            length_ok: Default::default(),
            header_good: Default::default(),
            payload_byte: Default::default(),
            frame_end: Default::default(),
            crc_good: Default::default(),
            finishing: Default::default(),
            answering: Default::default(),
            closing: Default::default(),
            job_valid: Default::default(),
            bad_header: Default::default(),
            timeout: Default::default(),
            frame_lost: Default::default(),
            length_check: LengthCheck::new(limits),
            header_crc: CrcEngine::new(HEADER_CRC_ALGORITHM),
            frame_crc: CrcEngine::new(FRAME_CRC_ALGORITHM),
            state: Default::default(),
            left: Default::default(),
            received_q: Default::default(),
            crc_low: Default::default(),
            silence: Default::default(),
            job_pulse: Default::default(),
            header: HeaderRegister::default(),
            frame_byte: Default::default(),
            take: Default::default(),
            header_byte: Default::default(),
            sync0: c(SYNC[0] as u64),
            sync1: c(SYNC[1] as u64),
            timeout_clocks: c(limits.timeout_clocks),
            zero16: c(0),
            one16: c(1),
            zero24: c(0),
            one24: c(1),
            byte_shift: c(8),
        }
    }
}

impl Logic for FrameParser {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, left, received_q, crc_low, silence, job_pulse);
        clock!(self, clock, length_check, header_crc, frame_crc, header);
        self.length_check.cmd.next = self.header.cmd.val();
        self.length_check.length.next = self.header.length.val();
        self.length_check.model_ready.next = self.model_ready.val();
        self.length_check.run_bytes.next = self.run_bytes.val();
        self.header.reset.next = self.reset.val();
        self.header.rx_data.next = self.rx_bytes.data.val();
        self.header.bad_crc_byte.next = false;
        self.frame_byte.next = self.header.frame_byte.val();
        self.job_pulse.d.next = false;
        self.header_crc.clear.next = false;
        self.header_byte.next = false;
        self.frame_crc.clear.next = false;
        self.frame_crc.enable.next = false;
        self.header_crc.data.next = self.frame_byte.val();
        self.frame_crc.data.next = self.frame_byte.val();
        self.header_good.next = false;
        self.payload_byte.next = false;
        self.frame_end.next = false;
        self.bad_header.next = false;
        self.timeout.next = false;

        // The byte waits a clock while the run doorbell or a frame's doorbell uses the channel.
        self.rx_bytes.ready.next = !self.run_write.val()
            & !self.ringing.val()
            & !self.header.replaying.val()
            & (self.state.q.val() != ParseState::Finish)
            & (self.state.q.val() != ParseState::Settle)
            & (self.state.q.val() != ParseState::Answer);
        self.take.next = (self.rx_bytes.valid.val() & self.rx_bytes.ready.val()) | self.header.replaying.val();
        self.crc_good.next = (bit_cast::<16, 8>(self.crc_low.q.val()) | (bit_cast::<16, 8>(self.frame_byte.val()) << self.byte_shift.val()))
            == self.frame_crc.crc.val();

        // Silence inside a frame ends it.
        if (self.state.q.val() == ParseState::Hunt) | self.take.val() {
            self.silence.d.next = self.zero24.val();
        } else if self.silence.q.val() != self.timeout_clocks.val() {
            self.silence.d.next = self.silence.q.val() + self.one24.val();
        }

        // The bytes of a frame.
        if self.take.val() {
            match self.state.q.val() {
                ParseState::Hunt => {
                    if self.frame_byte.val() == self.sync0.val() {
                        self.state.d.next = ParseState::Sync1;
                    }
                }
                ParseState::Sync1 => {
                    if self.frame_byte.val() == self.sync1.val() {
                        self.state.d.next = ParseState::Header;
                        self.header_crc.clear.next = true;
                        self.frame_crc.clear.next = true;
                    } else if self.frame_byte.val() != self.sync0.val() {
                        self.state.d.next = ParseState::Hunt;
                    }
                }
                ParseState::Header => {
                    self.header_byte.next = true;
                    if self.header.last_field.val() {
                        self.state.d.next = ParseState::HeaderCrc;
                    }
                }
                ParseState::HeaderCrc => {
                    self.frame_crc.enable.next = true;
                    if self.frame_byte.val() != self.header_crc.crc.val() {
                        self.bad_header.next = true;
                        self.state.d.next = ParseState::Hunt;
                        self.header.bad_crc_byte.next = true;
                    } else if self.length_check.too_long.val() {
                        // A real header, but no frame can be that long: answer it now.
                        self.header_good.next = true;
                        self.state.d.next = ParseState::Finish;
                    } else {
                        self.header_good.next = true;
                        self.left.d.next = self.header.length.val();
                        self.received_q.d.next = self.zero16.val();
                        self.state.d.next = ParseState::Payload;
                        if self.header.length.val() == self.zero16.val() {
                            self.state.d.next = ParseState::Crc0;
                        }
                    }
                }
                ParseState::Payload => {
                    self.payload_byte.next = true;
                    self.frame_crc.enable.next = true;
                    self.left.d.next = self.left.q.val() - self.one16.val();
                    self.received_q.d.next = self.received_q.q.val() + self.one16.val();
                    if self.left.q.val() == self.one16.val() {
                        self.state.d.next = ParseState::Crc0;
                    }
                }
                ParseState::Crc0 => {
                    self.crc_low.d.next = self.frame_byte.val();
                    self.state.d.next = ParseState::Crc1;
                }
                ParseState::Crc1 => {
                    self.frame_end.next = true;
                    self.state.d.next = ParseState::Finish;
                }
                _ => {}
            }
        }
        // The doorbell's three clocks, then the job.
        match self.state.q.val() {
            ParseState::Finish => {
                self.state.d.next = ParseState::Settle;
            }
            ParseState::Settle => {
                self.state.d.next = ParseState::Answer;
            }
            ParseState::Answer => {
                self.job_pulse.d.next = true;
                self.state.d.next = ParseState::Hunt;
            }
            _ => {}
        }
        // CMD, SEQ and the length go into both CRCs.
        self.header_crc.enable.next = self.header_byte.val();
        self.header.field_byte.next = self.header_byte.val();
        self.header.start.next = self.header_crc.clear.val();
        if self.header_byte.val() {
            self.frame_crc.enable.next = true;
        }
        if (self.state.q.val() != ParseState::Hunt) & (self.silence.q.val() == self.timeout_clocks.val()) {
            self.timeout.next = true;
            self.state.d.next = ParseState::Hunt;
        }
        self.frame_lost.next = self.timeout.val();
        if self.line_error.val() & (self.state.q.val() != ParseState::Hunt) {
            self.bad_header.next = true;
            self.frame_lost.next = true;
            self.state.d.next = ParseState::Hunt;
        }
        if self.reset.val() {
            self.state.d.next = ParseState::Hunt;
        }
        self.data.next = self.frame_byte.val();
        self.cmd.next = self.header.cmd.val();
        self.seq.next = self.header.seq.val();
        self.length.next = self.header.length.val();
        self.received.next = self.received_q.q.val();
        self.length_ok.next = self.length_check.length_ok.val();
        self.finishing.next = self.state.q.val() == ParseState::Finish;
        self.answering.next = self.state.q.val() == ParseState::Answer;
        self.closing.next = (self.state.q.val() == ParseState::Settle) | (self.state.q.val() == ParseState::Answer);
        self.job_valid.next = self.job_pulse.q.val();
    }
}
