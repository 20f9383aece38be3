//! The frame receiver of the UART front end (docs/protocol.md §2): bytes from the UART in,
//! writes on the core's write channel out, and one job per frame for the transmitter, which
//! answers it.
//!
//! It hunts for SYNC0 SYNC1, checks the header's CRC-8 and rejects lengths over MAX_PAYLOAD
//! (bad header: dropped, counted, back to hunting), then streams the payload straight into the
//! memory map — key bytes into the key staging, weights at their offset, CONFIG bytes, input
//! bytes into the next free slot — while folding it into the CRC-16. Only a good CRC-16 rings the
//! doorbell (KEY_COMMIT, CONFIG_COMMIT, KEY_CLEAR, RUN); a bad one discards the key staging and
//! is answered BAD_CRC. Weights and inputs written from a damaged frame are harmless: the
//! host resends, and the CONFIG check proves the whole payload at the end.
//!
//! A frame that stalls for the timeout is dropped and counted. RUN doorbells wait in a pending
//! flag until the core is idle, so frames keep arriving while an inference runs.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map as map;
use deeplock_spec::protocol::{Command, ErrorCode, FRAME_CRC_ALGORITHM, HEADER_CRC_ALGORITHM, MAX_PAYLOAD, SYNC, WEIGHT_OFFSET_BYTES};

use crate::common::crc::CrcEngine;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum RxState {
    Hunt,
    Sync1,
    Cmd,
    Seq,
    LenLow,
    LenHigh,
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

/// What the payload of the frame being received does.
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum Action {
    Discard,
    Key,
    Weights,
    Config,
    Input,
}

/// Sizes the receiver checks requests against.
#[derive(Clone, Copy, Debug)]
pub struct RxLimits {
    pub weight_bytes: u64,
    pub slot_bytes: u64,
    pub config_bytes: u64,
    /// Clocks of silence that end a frame in progress.
    pub timeout_clocks: u64,
}

#[derive(LogicBlock)]
pub struct FrameRx {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Received bytes.
    pub rx_data: Signal<In, Bits<8>>,
    pub rx_valid: Signal<In, Bit>,
    pub rx_ready: Signal<Out, Bit>,
    /// A byte was lost (bad stop bit, or overrun): the frame in progress is lost.
    pub line_error: Signal<In, Bit>,
    /// The core's write channel.
    pub write: Signal<Out, Bit>,
    pub write_address: Signal<Out, Bits<24>>,
    pub write_data: Signal<Out, Bits<8>>,
    pub write_status: Signal<In, Bits<8>>,
    /// The core is busy (a RUN doorbell waits for it).
    pub core_busy: Signal<In, Bit>,
    /// A frame is complete: answer it.
    pub job_valid: Signal<Out, Bit>,
    pub job_cmd: Signal<Out, Bits<8>>,
    pub job_seq: Signal<Out, Bits<8>>,
    /// 0, or the error code the answer carries.
    pub job_status: Signal<Out, Bits<8>>,
    /// For RUN: the slot the input went to.
    pub job_slot: Signal<Out, Bit>,
    /// The transmitter has answered the RUN of slot s (bit s): the slot is free again.
    pub slot_release: Signal<In, Bits<2>>,
    /// Bit s: the RUN doorbell of slot s has rung (the core took it or refused it).
    pub run_rung: Signal<Out, Bits<2>>,
    /// The core's answer to slot s's RUN doorbell (0: it runs).
    pub run_status0: Signal<Out, Bits<8>>,
    pub run_status1: Signal<Out, Bits<8>>,
    /// Link counters (saturating).
    pub frames_ok: Signal<Out, Bits<16>>,
    pub bad_headers: Signal<Out, Bits<16>>,
    pub bad_crcs: Signal<Out, Bits<16>>,
    pub timeouts: Signal<Out, Bits<16>>,
    header_crc: CrcEngine<8>,
    frame_crc: CrcEngine<16>,
    state: DFF<RxState>,
    action: DFF<Action>,
    cmd: DFF<Bits<8>>,
    seq: DFF<Bits<8>>,
    length: DFF<Bits<16>>,
    left: DFF<Bits<16>>,
    received: DFF<Bits<16>>,
    status: DFF<Bits<8>>,
    address: DFF<Bits<24>>,
    offset: DFF<Bits<32>>,
    crc_low: DFF<Bits<8>>,
    silence: DFF<Bits<24>>,
    doorbell: DFF<Bits<24>>,
    ring: DFF<Bit>,
    next_slot: DFF<Bit>,
    slot: DFF<Bit>,
    slot_busy: DFF<Bits<2>>,
    pending: DFF<Bits<2>>,
    rung: DFF<Bits<2>>,
    run_next: DFF<Bit>,
    issued: DFF<Bit>,
    issued_slot: DFF<Bit>,
    status0: DFF<Bits<8>>,
    status1: DFF<Bits<8>>,
    job_pulse: DFF<Bit>,
    count_ok: DFF<Bits<16>>,
    count_headers: DFF<Bits<16>>,
    count_crcs: DFF<Bits<16>>,
    count_timeouts: DFF<Bits<16>>,
    take: Signal<Local, Bit>,
    rx_byte: Signal<Local, Bits<8>>,
    run_write: Signal<Local, Bit>,
    payload_write: Signal<Local, Bit>,
    length_ok: Signal<Local, Bit>,
    /// The length checks, registered: the length is complete a byte time (50 clocks or more)
    /// before the header CRC byte that acts on them arrives.
    length_ok_q: DFF<Bit>,
    too_long_q: DFF<Bit>,
    weights_end: Signal<Local, Bits<32>>,
    /// The chunk's offset is misaligned or the chunk runs past the weight memory: registered,
    /// since the offset is complete a byte time before the first weight byte is judged by it.
    chunk_bad_q: DFF<Bit>,
    offset_next: Signal<Local, Bits<32>>,
    rang: DFF<Bit>,
    /// `core_busy`, one clock late: the RUN decision starts at flip-flops.
    busy_q: DFF<Bit>,
    /// The write channel leaves through registers, so the receiver's logic and the core's write
    /// decode are not one path; the core's status for a write therefore arrives two clocks
    /// after the write is decided here (one through these registers, one in the core).
    write_q: DFF<Bit>,
    write_address_q: DFF<Bits<24>>,
    write_data_q: DFF<Bits<8>>,
    write_now: Signal<Local, Bit>,
    write_address_now: Signal<Local, Bits<24>>,
    write_data_now: Signal<Local, Bits<8>>,
    /// `issued`, one clock later: the RUN doorbell's answer is on `write_status`.
    answered: DFF<Bit>,
    answered_slot: DFF<Bit>,
    cmd_info: Constant<Bits<8>>,
    cmd_status: Constant<Bits<8>>,
    cmd_load_key: Constant<Bits<8>>,
    cmd_clear_key: Constant<Bits<8>>,
    cmd_load_weights: Constant<Bits<8>>,
    cmd_load_config: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    cmd_read_result: Constant<Bits<8>>,
    sync0: Constant<Bits<8>>,
    sync1: Constant<Bits<8>>,
    max_payload: Constant<Bits<16>>,
    key_bytes: Constant<Bits<16>>,
    offset_bytes: Constant<Bits<16>>,
    max_weight_frame: Constant<Bits<16>>,
    slot_bytes: Constant<Bits<16>>,
    config_bytes: Constant<Bits<16>>,
    weight_bytes: Constant<Bits<32>>,
    timeout: Constant<Bits<24>>,
    key_base: Constant<Bits<24>>,
    key_commit: Constant<Bits<24>>,
    key_clear: Constant<Bits<24>>,
    key_discard: Constant<Bits<24>>,
    config_base: Constant<Bits<24>>,
    config_commit: Constant<Bits<24>>,
    input0: Constant<Bits<24>>,
    input1: Constant<Bits<24>>,
    run: Constant<Bits<24>>,
    ok: Constant<Bits<8>>,
    bad_crc: Constant<Bits<8>>,
    bad_length: Constant<Bits<8>>,
    unknown_command: Constant<Bits<8>>,
    bad_address: Constant<Bits<8>>,
    busy_code: Constant<Bits<8>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    max16: Constant<Bits<16>>,
    seven16: Constant<Bits<16>>,
    zero24: Constant<Bits<24>>,
    one24: Constant<Bits<24>>,
    zero32: Constant<Bits<32>>,
    seven32: Constant<Bits<32>>,
    byte_shift: Constant<Bits<8>>,
    top_shift: Constant<Bits<8>>,
    zero2: Constant<Bits<2>>,
    slot0: Constant<Bits<8>>,
    slot1: Constant<Bits<8>>,
    bit0: Constant<Bits<2>>,
    bit1: Constant<Bits<2>>,
}

fn c<const B: usize>(v: u64) -> Constant<Bits<B>> {
    Constant::new(v.to_bits())
}

impl FrameRx {
    pub fn new(limits: RxLimits) -> Self {
        assert!(limits.timeout_clocks < 1 << 24, "timeout too long for the counter");
        FrameRx {
            clock: Default::default(),
            reset: Default::default(),
            rx_data: Default::default(),
            rx_valid: Default::default(),
            rx_ready: Default::default(),
            line_error: Default::default(),
            write: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_status: Default::default(),
            core_busy: Default::default(),
            job_valid: Default::default(),
            job_cmd: Default::default(),
            job_seq: Default::default(),
            job_status: Default::default(),
            job_slot: Default::default(),
            slot_release: Default::default(),
            run_rung: Default::default(),
            run_status0: Default::default(),
            run_status1: Default::default(),
            frames_ok: Default::default(),
            bad_headers: Default::default(),
            bad_crcs: Default::default(),
            timeouts: Default::default(),
            header_crc: CrcEngine::new(HEADER_CRC_ALGORITHM),
            frame_crc: CrcEngine::new(FRAME_CRC_ALGORITHM),
            state: Default::default(),
            action: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            length: Default::default(),
            left: Default::default(),
            received: Default::default(),
            status: Default::default(),
            address: Default::default(),
            offset: Default::default(),
            crc_low: Default::default(),
            silence: Default::default(),
            doorbell: Default::default(),
            ring: Default::default(),
            next_slot: Default::default(),
            slot: Default::default(),
            slot_busy: Default::default(),
            pending: Default::default(),
            rung: Default::default(),
            run_next: Default::default(),
            issued: Default::default(),
            issued_slot: Default::default(),
            status0: Default::default(),
            status1: Default::default(),
            job_pulse: Default::default(),
            count_ok: Default::default(),
            count_headers: Default::default(),
            count_crcs: Default::default(),
            count_timeouts: Default::default(),
            take: Default::default(),
            rx_byte: Default::default(),
            run_write: Default::default(),
            payload_write: Default::default(),
            length_ok: Default::default(),
            length_ok_q: Default::default(),
            too_long_q: Default::default(),
            weights_end: Default::default(),
            chunk_bad_q: Default::default(),
            offset_next: Default::default(),
            rang: Default::default(),
            busy_q: Default::default(),
            write_q: Default::default(),
            write_address_q: Default::default(),
            write_data_q: Default::default(),
            write_now: Default::default(),
            write_address_now: Default::default(),
            write_data_now: Default::default(),
            answered: Default::default(),
            answered_slot: Default::default(),
            cmd_info: c(Command::Info as u64),
            cmd_status: c(Command::Status as u64),
            cmd_load_key: c(Command::LoadKey as u64),
            cmd_clear_key: c(Command::ClearKey as u64),
            cmd_load_weights: c(Command::LoadWeights as u64),
            cmd_load_config: c(Command::LoadConfig as u64),
            cmd_run: c(Command::Run as u64),
            cmd_read_result: c(Command::ReadResult as u64),
            sync0: c(SYNC[0] as u64),
            sync1: c(SYNC[1] as u64),
            max_payload: c(MAX_PAYLOAD as u64),
            key_bytes: c(map::KEY_BYTES as u64),
            offset_bytes: c(WEIGHT_OFFSET_BYTES as u64),
            max_weight_frame: c((WEIGHT_OFFSET_BYTES + deeplock_spec::protocol::MAX_WEIGHT_CHUNK) as u64),
            slot_bytes: c(limits.slot_bytes),
            config_bytes: c(limits.config_bytes),
            weight_bytes: c(limits.weight_bytes),
            timeout: c(limits.timeout_clocks),
            key_base: c(map::KEY_BASE as u64),
            key_commit: c(map::KEY_COMMIT as u64),
            key_clear: c(map::KEY_CLEAR as u64),
            key_discard: c(map::KEY_DISCARD as u64),
            config_base: c(map::CONFIG_BASE as u64),
            config_commit: c(map::CONFIG_COMMIT as u64),
            input0: c(map::INPUT_BASE as u64),
            input1: c((map::INPUT_BASE + map::SLOT_STRIDE) as u64),
            run: c(map::RUN as u64),
            ok: c(ErrorCode::Ok as u64),
            bad_crc: c(ErrorCode::BadCrc as u64),
            bad_length: c(ErrorCode::BadLength as u64),
            unknown_command: c(ErrorCode::UnknownCommand as u64),
            bad_address: c(ErrorCode::BadAddress as u64),
            busy_code: c(ErrorCode::Busy as u64),
            zero16: c(0),
            one16: c(1),
            max16: c(0xffff),
            seven16: c(7),
            zero24: c(0),
            one24: c(1),
            zero32: c(0),
            seven32: c(7),
            byte_shift: c(8),
            top_shift: c(24),
            zero2: c(0),
            slot0: c(0),
            slot1: c(1),
            bit0: c(1),
            bit1: c(2),
        }
    }
}

impl Logic for FrameRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, action, cmd, seq, length, left, received, status, address, offset, crc_low, silence, doorbell,
            ring, rang, chunk_bad_q, length_ok_q, too_long_q, busy_q, write_q, write_address_q, write_data_q, answered, answered_slot, next_slot, slot, slot_busy, pending, rung, run_next, issued, issued_slot, status0, status1, job_pulse,
            count_ok, count_headers, count_crcs, count_timeouts
        );
        clock!(self, clock, header_crc, frame_crc);
        self.job_pulse.d.next = false;
        self.ring.d.next = false;
        self.issued.d.next = false;
        self.header_crc.clear.next = false;
        self.header_crc.enable.next = false;
        self.frame_crc.clear.next = false;
        self.frame_crc.enable.next = false;
        self.rx_byte.next = self.rx_data.val();
        self.header_crc.data.next = self.rx_data.val();
        self.frame_crc.data.next = self.rx_data.val();

        // A pending RUN rings when the core is idle; it has the write channel for that clock.
        // Every write that makes the core busy is ours (a doorbell in Finish, or a RUN): the core
        // sees it one clock later, is busy from the clock after, and `busy_q` shows that one
        // clock later still; so the three clocks from such a write on wait too.
        self.busy_q.d.next = self.core_busy.val();
        self.answered.d.next = self.issued.q.val();
        self.answered_slot.d.next = self.issued_slot.q.val();
        self.run_write.next = false;
        if !self.busy_q.q.val()
            & !self.ring.q.val()
            & !self.issued.q.val()
            & !self.answered.q.val()
            & (self.state.q.val() != RxState::Settle)
            & (self.state.q.val() != RxState::Answer)
        {
            if self.run_next.q.val() & (self.pending.q.val() & self.bit1.val()).any() {
                self.run_write.next = true;
            }
            if !self.run_next.q.val() & (self.pending.q.val() & self.bit0.val()).any() {
                self.run_write.next = true;
            }
        }
        // The byte waits a clock while the run doorbell or a frame's doorbell uses the channel.
        self.rx_ready.next = !self.run_write.val()
            & !self.ring.q.val()
            & (self.state.q.val() != RxState::Finish)
            & (self.state.q.val() != RxState::Settle)
            & (self.state.q.val() != RxState::Answer);
        self.take.next = self.rx_valid.val() & self.rx_ready.val();
        self.payload_write.next = false;

        self.write_now.next = false;
        self.write_address_now.next = self.address.q.val();
        self.write_data_now.next = self.rx_byte.val();
        if self.ring.q.val() {
            self.write_now.next = true;
            self.write_address_now.next = self.doorbell.q.val();
        }
        if self.run_write.val() {
            self.write_now.next = true;
            self.write_address_now.next = self.run.val();
            self.write_data_now.next = self.slot0.val();
            if self.run_next.q.val() {
                self.write_data_now.next = self.slot1.val();
            }
            self.issued.d.next = true;
            self.issued_slot.d.next = self.run_next.q.val();
            self.run_next.d.next = !self.run_next.q.val();
            if self.run_next.q.val() {
                self.pending.d.next = self.pending.q.val() & self.bit0.val();
            } else {
                self.pending.d.next = self.pending.q.val() & self.bit1.val();
            }
        }
        // The transmitter answered a RUN: its slot is free again. The core's answer to a RUN
        // doorbell arrives two clocks after it (`answered`).
        self.slot_busy.d.next = self.slot_busy.q.val() & !self.slot_release.val();
        self.rung.d.next = self.rung.q.val() & !self.slot_release.val();
        if self.answered.q.val() {
            if self.answered_slot.q.val() {
                self.status1.d.next = self.write_status.val();
            } else {
                self.status0.d.next = self.write_status.val();
            }
            if self.answered_slot.q.val() {
                self.rung.d.next = (self.rung.q.val() & !self.slot_release.val()) | self.bit1.val();
            } else {
                self.rung.d.next = (self.rung.q.val() & !self.slot_release.val()) | self.bit0.val();
            }
        }

        // Silence inside a frame ends it.
        if (self.state.q.val() == RxState::Hunt) | self.take.val() {
            self.silence.d.next = self.zero24.val();
        } else if self.silence.q.val() != self.timeout.val() {
            self.silence.d.next = self.silence.q.val() + self.one24.val();
        }

        // The length rule of each command.
        self.too_long_q.d.next = self.length.q.val() > self.max_payload.val();
        self.length_ok.next = self.length.q.val() == self.zero16.val();
        if self.cmd.q.val() == self.cmd_load_key.val() {
            self.length_ok.next = self.length.q.val() == self.key_bytes.val();
        }
        if self.cmd.q.val() == self.cmd_load_weights.val() {
            self.length_ok.next = (self.length.q.val() > self.offset_bytes.val())
                & (self.length.q.val() <= self.max_weight_frame.val())
                & (((self.length.q.val() - self.offset_bytes.val()) & self.seven16.val()) == self.zero16.val());
        }
        if self.cmd.q.val() == self.cmd_load_config.val() {
            self.length_ok.next = self.length.q.val() == self.config_bytes.val();
        }
        if self.cmd.q.val() == self.cmd_run.val() {
            self.length_ok.next = (self.length.q.val() != self.zero16.val())
                & (self.length.q.val() <= self.slot_bytes.val())
                & ((self.length.q.val() & self.seven16.val()) == self.zero16.val());
        }
        self.length_ok_q.d.next = self.length_ok.val();
        self.offset_next.next = (self.offset.q.val() >> self.byte_shift.val()) | (bit_cast::<32, 8>(self.rx_byte.val()) << self.top_shift.val());
        self.weights_end.next = self.offset.q.val() + bit_cast::<32, 16>(self.length.q.val()) - bit_cast::<32, 16>(self.offset_bytes.val());
        self.chunk_bad_q.d.next = ((self.offset.q.val() & self.seven32.val()) != self.zero32.val()) | (self.weights_end.val() > self.weight_bytes.val());

        match self.state.q.val() {
            RxState::Hunt => {
                if self.take.val() & (self.rx_byte.val() == self.sync0.val()) {
                    self.state.d.next = RxState::Sync1;
                }
            }
            RxState::Sync1 => {
                if self.take.val() {
                    if self.rx_byte.val() == self.sync1.val() {
                        self.state.d.next = RxState::Cmd;
                        self.header_crc.clear.next = true;
                        self.frame_crc.clear.next = true;
                    } else if self.rx_byte.val() != self.sync0.val() {
                        self.state.d.next = RxState::Hunt;
                    }
                }
            }
            RxState::Cmd => {
                if self.take.val() {
                    self.cmd.d.next = self.rx_byte.val();
                    self.header_crc.enable.next = true;
                    self.frame_crc.enable.next = true;
                    self.state.d.next = RxState::Seq;
                }
            }
            RxState::Seq => {
                if self.take.val() {
                    self.seq.d.next = self.rx_byte.val();
                    self.header_crc.enable.next = true;
                    self.frame_crc.enable.next = true;
                    self.state.d.next = RxState::LenLow;
                }
            }
            RxState::LenLow => {
                if self.take.val() {
                    self.length.d.next = bit_cast::<16, 8>(self.rx_byte.val());
                    self.header_crc.enable.next = true;
                    self.frame_crc.enable.next = true;
                    self.state.d.next = RxState::LenHigh;
                }
            }
            RxState::LenHigh => {
                if self.take.val() {
                    self.length.d.next = self.length.q.val() | (bit_cast::<16, 8>(self.rx_byte.val()) << self.byte_shift.val());
                    self.header_crc.enable.next = true;
                    self.frame_crc.enable.next = true;
                    self.state.d.next = RxState::HeaderCrc;
                }
            }
            RxState::HeaderCrc => {
                if self.take.val() {
                    self.frame_crc.enable.next = true;
                    if (self.rx_byte.val() != self.header_crc.crc.val()) | self.too_long_q.q.val() {
                        if self.count_headers.q.val() != self.max16.val() {
                            self.count_headers.d.next = self.count_headers.q.val() + self.one16.val();
                        }
                        self.state.d.next = RxState::Hunt;
                    } else {
                        // A good header: decide what the payload does, and the answer if it fails.
                        self.left.d.next = self.length.q.val();
                        self.received.d.next = self.zero16.val();
                        self.action.d.next = Action::Discard;
                        self.status.d.next = self.ok.val();
                        self.offset.d.next = self.zero32.val();
                        if !self.length_ok_q.q.val() {
                            self.status.d.next = self.bad_length.val();
                        } else if self.cmd.q.val() == self.cmd_load_key.val() {
                            self.action.d.next = Action::Key;
                            self.address.d.next = self.key_base.val();
                        } else if self.cmd.q.val() == self.cmd_load_weights.val() {
                            self.action.d.next = Action::Weights;
                        } else if self.cmd.q.val() == self.cmd_load_config.val() {
                            self.action.d.next = Action::Config;
                            self.address.d.next = self.config_base.val();
                        } else if self.cmd.q.val() == self.cmd_run.val() {
                            if (self.slot_busy.q.val() & self.bit0.val()).any() & !self.next_slot.q.val() {
                                self.status.d.next = self.busy_code.val();
                            } else if (self.slot_busy.q.val() & self.bit1.val()).any() & self.next_slot.q.val() {
                                self.status.d.next = self.busy_code.val();
                            } else {
                                self.action.d.next = Action::Input;
                                self.slot.d.next = self.next_slot.q.val();
                                self.address.d.next = self.input0.val();
                                if self.next_slot.q.val() {
                                    self.address.d.next = self.input1.val();
                                }
                            }
                        } else if (self.cmd.q.val() != self.cmd_info.val())
                            & (self.cmd.q.val() != self.cmd_status.val())
                            & (self.cmd.q.val() != self.cmd_clear_key.val())
                            & (self.cmd.q.val() != self.cmd_read_result.val())
                        {
                            self.status.d.next = self.unknown_command.val();
                        }
                        self.state.d.next = RxState::Payload;
                        if self.length.q.val() == self.zero16.val() {
                            self.state.d.next = RxState::Crc0;
                        }
                    }
                }
            }
            RxState::Payload => {
                if self.take.val() {
                    self.frame_crc.enable.next = true;
                    self.left.d.next = self.left.q.val() - self.one16.val();
                    self.received.d.next = self.received.q.val() + self.one16.val();
                    if self.left.q.val() == self.one16.val() {
                        self.state.d.next = RxState::Crc0;
                    }
                    match self.action.q.val() {
                        Action::Key => {
                            self.payload_write.next = true;
                        }
                        Action::Config => {
                            self.payload_write.next = true;
                        }
                        Action::Input => {
                            self.payload_write.next = true;
                        }
                        Action::Weights => {
                            if self.received.q.val() < self.offset_bytes.val() {
                                // The offset, little-endian, then the bytes it places.
                                self.offset.d.next = self.offset_next.val();
                                if self.received.q.val() + self.one16.val() == self.offset_bytes.val() {
                                    self.address.d.next = self.offset_next.val().get_bits::<24>(0);
                                }
                            } else if self.received.q.val() == self.offset_bytes.val() {
                                // The offset is complete: it must be aligned and the chunk must fit.
                                if self.chunk_bad_q.q.val() {
                                    self.status.d.next = self.bad_address.val();
                                    self.action.d.next = Action::Discard;
                                } else {
                                    self.payload_write.next = true;
                                }
                            } else {
                                self.payload_write.next = true;
                            }
                        }
                        _ => {}
                    }
                }
            }
            RxState::Crc0 => {
                if self.take.val() {
                    self.crc_low.d.next = self.rx_byte.val();
                    self.state.d.next = RxState::Crc1;
                }
            }
            RxState::Crc1 => {
                if self.take.val() {
                    self.state.d.next = RxState::Finish;
                    self.rang.d.next = false;
                    if (bit_cast::<16, 8>(self.crc_low.q.val()) | (bit_cast::<16, 8>(self.rx_byte.val()) << self.byte_shift.val())) != self.frame_crc.crc.val() {
                        if self.count_crcs.q.val() != self.max16.val() {
                            self.count_crcs.d.next = self.count_crcs.q.val() + self.one16.val();
                        }
                        self.status.d.next = self.bad_crc.val();
                        if self.action.q.val() == Action::Key {
                            // Key bytes of a damaged frame must not stay in the staging.
                            self.ring.d.next = true;
                            self.doorbell.d.next = self.key_discard.val();
                        }
                    } else {
                        if self.count_ok.q.val() != self.max16.val() {
                            self.count_ok.d.next = self.count_ok.q.val() + self.one16.val();
                        }
                        if self.status.q.val() == self.ok.val() {
                            if self.cmd.q.val() == self.cmd_load_key.val() {
                                self.ring.d.next = true;
                                self.doorbell.d.next = self.key_commit.val();
                            }
                            if self.cmd.q.val() == self.cmd_clear_key.val() {
                                self.ring.d.next = true;
                                self.doorbell.d.next = self.key_clear.val();
                            }
                            if self.cmd.q.val() == self.cmd_load_config.val() {
                                self.ring.d.next = true;
                                self.doorbell.d.next = self.config_commit.val();
                            }
                            if self.cmd.q.val() == self.cmd_run.val() {
                                self.next_slot.d.next = !self.next_slot.q.val();
                                if self.slot.q.val() {
                                    self.slot_busy.d.next = self.slot_busy.q.val() | self.bit1.val();
                                    self.pending.d.next = self.pending.q.val() | self.bit1.val();
                                } else {
                                    self.slot_busy.d.next = self.slot_busy.q.val() | self.bit0.val();
                                    self.pending.d.next = self.pending.q.val() | self.bit0.val();
                                }
                            }
                        }
                    }
                }
            }
            RxState::Finish => {
                // A doorbell, if any, is written this clock.
                self.rang.d.next = self.ring.q.val();
                self.state.d.next = RxState::Settle;
            }
            RxState::Settle => {
                self.state.d.next = RxState::Answer;
            }
            RxState::Answer => {
                // The doorbell's outcome is the frame's answer, unless the frame already failed.
                self.job_pulse.d.next = true;
                self.state.d.next = RxState::Hunt;
                if self.rang.q.val() & (self.status.q.val() == self.ok.val()) & (self.write_status.val() != self.ok.val()) {
                    self.status.d.next = self.write_status.val();
                }
            }
            _ => {
                self.state.d.next = RxState::Hunt;
            }
        }
        if self.payload_write.val() {
            self.write_now.next = true;
            self.write_address_now.next = self.address.q.val();
            self.write_data_now.next = self.rx_byte.val();
            self.address.d.next = self.address.q.val() + self.one24.val();
        }
        self.write_q.d.next = self.write_now.val();
        self.write_address_q.d.next = self.write_address_now.val();
        self.write_data_q.d.next = self.write_data_now.val();
        self.write.next = self.write_q.q.val();
        self.write_address.next = self.write_address_q.q.val();
        self.write_data.next = self.write_data_q.q.val();
        if (self.state.q.val() != RxState::Hunt) & (self.silence.q.val() == self.timeout.val()) {
            if self.count_timeouts.q.val() != self.max16.val() {
                self.count_timeouts.d.next = self.count_timeouts.q.val() + self.one16.val();
            }
            self.state.d.next = RxState::Hunt;
        }
        if self.line_error.val() & (self.state.q.val() != RxState::Hunt) {
            if self.count_headers.q.val() != self.max16.val() {
                self.count_headers.d.next = self.count_headers.q.val() + self.one16.val();
            }
            self.state.d.next = RxState::Hunt;
        }
        if self.reset.val() {
            self.write_q.d.next = false;
            self.answered.d.next = false;
            self.state.d.next = RxState::Hunt;
            self.slot_busy.d.next = self.zero2.val();
            self.pending.d.next = self.zero2.val();
            self.rung.d.next = self.zero2.val();
            self.next_slot.d.next = false;
            self.run_next.d.next = false;
            self.count_ok.d.next = self.zero16.val();
            self.count_headers.d.next = self.zero16.val();
            self.count_crcs.d.next = self.zero16.val();
            self.count_timeouts.d.next = self.zero16.val();
        }
        self.job_valid.next = self.job_pulse.q.val();
        self.job_cmd.next = self.cmd.q.val();
        self.job_seq.next = self.seq.q.val();
        self.job_status.next = self.status.q.val();
        self.job_slot.next = self.slot.q.val();
        self.run_rung.next = self.rung.q.val();
        self.run_status0.next = self.status0.q.val();
        self.run_status1.next = self.status1.q.val();
        self.frames_ok.next = self.count_ok.q.val();
        self.bad_headers.next = self.count_headers.q.val();
        self.bad_crcs.next = self.count_crcs.q.val();
        self.timeouts.next = self.count_timeouts.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verilog_is_clean() {
        let mut rx = FrameRx::new(RxLimits { weight_bytes: 13 * 1024, slot_bytes: 1024, config_bytes: 40, timeout_clocks: 120_000 });
        rx.connect_all();
        crate::testing::lint("frame_rx", &generate_verilog(&rx));
    }
}
