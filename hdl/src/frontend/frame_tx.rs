//! The frame transmitter of the UART front end (docs/protocol.md §2): answers each frame the
//! receiver completed, in order, with one response frame.
//!
//! A job waits for its outcome first: a RUN for its doorbell and then its slot's result, a
//! LOAD_CONFIG for the core's check, a LOAD_KEY for the key commit. Then the response goes out
//! byte by byte: SYNC, CMD | 0x80, SEQ, LEN, the header CRC-8, the payload (status byte, then
//! INFO, STATUS plus the link counters, or RESULT, read from the core's read channel), and the
//! CRC-16. Two jobs can wait in the queue: the host's window (MAX_OUTSTANDING).

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, INFO_BYTES, RESULT_HEADER_BYTES, STATUS_BYTES};
use deeplock_spec::protocol::{Command, ErrorCode, FRAME_CRC_ALGORITHM, HEADER_CRC_ALGORITHM, LINK_COUNTERS, RESPONSE_FLAG, SYNC};

use crate::common::crc::CrcEngine;

/// Clocks from a LOAD_KEY's commit doorbell until the key register's outcome is certain: the
/// core's settle time, plus the clock the doorbell spends crossing the write register.
const KEY_OUTCOME_CLOCKS: u64 = map::KEY_SETTLE_CLOCKS + 1;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum TxState {
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

#[derive(LogicBlock)]
pub struct FrameTx {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// A frame to answer (from the receiver).
    pub job_valid: Signal<In, Bit>,
    pub job_cmd: Signal<In, Bits<8>>,
    pub job_seq: Signal<In, Bits<8>>,
    pub job_status: Signal<In, Bits<8>>,
    pub job_slot: Signal<In, Bit>,
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
    /// From the receiver: which RUN doorbells have rung, and the core's answers.
    pub run_rung: Signal<In, Bits<2>>,
    pub run_status0: Signal<In, Bits<8>>,
    pub run_status1: Signal<In, Bits<8>>,
    /// To the receiver: slot s's RUN is answered (bit s, one clock).
    pub slot_release: Signal<Out, Bits<2>>,
    /// The receiver's link counters, for STATUS.
    pub frames_ok: Signal<In, Bits<16>>,
    pub bad_headers: Signal<In, Bits<16>>,
    pub bad_crcs: Signal<In, Bits<16>>,
    pub timeouts: Signal<In, Bits<16>>,
    /// Bytes to the UART.
    pub tx_data: Signal<Out, Bits<8>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    header_crc: CrcEngine<8>,
    frame_crc: CrcEngine<16>,
    // The queue: two jobs.
    queued: DFF<Bits<2>>,
    q0_cmd: DFF<Bits<8>>,
    q0_seq: DFF<Bits<8>>,
    q0_status: DFF<Bits<8>>,
    q0_slot: DFF<Bit>,
    q1_cmd: DFF<Bits<8>>,
    q1_seq: DFF<Bits<8>>,
    q1_status: DFF<Bits<8>>,
    q1_slot: DFF<Bit>,
    // The job being answered.
    state: DFF<TxState>,
    cmd: DFF<Bits<8>>,
    seq: DFF<Bits<8>>,
    status: DFF<Bits<8>>,
    slot: DFF<Bit>,
    settle: DFF<Bits<4>>,
    /// The read channel leaves through registers (the address arithmetic here and the core's
    /// read decode would otherwise be one path): data comes two clocks after a read is decided.
    read_q: DFF<Bit>,
    read_address_q: DFF<Bits<24>>,
    read_now: Signal<Local, Bit>,
    /// The byte Send offers, and whether it goes into each CRC and ends the frame.
    byte_q: DFF<Bits<8>>,
    data_length_q: DFF<Bits<16>>,
    payload_length_q: DFF<Bits<16>>,
    total_q: DFF<Bits<16>>,
    header_crc_byte: DFF<Bit>,
    frame_crc_byte: DFF<Bit>,
    last_byte: DFF<Bit>,
    read_address_now: Signal<Local, Bits<24>>,
    length: DFF<Bits<16>>,
    position: DFF<Bits<16>>,
    data_base: DFF<Bits<24>>,
    classes_low: DFF<Bits<8>>,
    freed: DFF<Bits<2>>,
    have_result: DFF<Bit>,
    last_slot: DFF<Bit>,
    refusals: DFF<Bits<16>>,
    pop: Signal<Local, Bit>,
    run_status: Signal<Local, Bits<8>>,
    rung: Signal<Local, Bit>,
    done: Signal<Local, Bit>,
    data_length: Signal<Local, Bits<16>>,
    total: Signal<Local, Bits<16>>,
    data_index: Signal<Local, Bits<16>>,
    counter_byte: Signal<Local, Bits<8>>,
    out_byte: Signal<Local, Bits<8>>,
    counters: Signal<Local, Bits<80>>,
    payload_length: Signal<Local, Bits<16>>,
    is_data: Signal<Local, Bit>,
    from_counters: Signal<Local, Bit>,
    counter_index_wide: Signal<Local, Bits<16>>,
    counter_nibble: Signal<Local, Bits<4>>,
    counter_bit: Signal<Local, Bits<7>>,
    cmd_info: Constant<Bits<8>>,
    cmd_status: Constant<Bits<8>>,
    cmd_load_key: Constant<Bits<8>>,
    cmd_load_config: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    cmd_read_result: Constant<Bits<8>>,
    response_flag: Constant<Bits<8>>,
    sync0: Constant<Bits<8>>,
    sync1: Constant<Bits<8>>,
    ok: Constant<Bits<8>>,
    bad_length: Constant<Bits<8>>,
    no_result: Constant<Bits<8>>,
    info_base: Constant<Bits<24>>,
    status_base: Constant<Bits<24>>,
    result0: Constant<Bits<24>>,
    result1: Constant<Bits<24>>,
    info_bytes: Constant<Bits<16>>,
    status_bytes: Constant<Bits<16>>,
    status_payload: Constant<Bits<16>>,
    result_header: Constant<Bits<16>>,
    settle_clocks: Constant<Bits<4>>,
    frame_overhead: Constant<Bits<16>>,
    first_data: Constant<Bits<16>>,
    positions: Vec<Constant<Bits<16>>>,
    zero2: Constant<Bits<2>>,
    one2: Constant<Bits<2>>,
    two2: Constant<Bits<2>>,
    one24: Constant<Bits<24>>,
    bit0: Constant<Bits<2>>,
    bit1: Constant<Bits<2>>,
    zero4: Constant<Bits<4>>,
    one4: Constant<Bits<4>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    two16: Constant<Bits<16>>,
    max16: Constant<Bits<16>>,
    shift2: Constant<Bits<8>>,
    shift8: Constant<Bits<8>>,
    shift16: Constant<Bits<8>>,
    shift32: Constant<Bits<8>>,
    shift48: Constant<Bits<8>>,
    shift64: Constant<Bits<8>>,
    three8: Constant<Bits<8>>,
}

fn c<const B: usize>(v: u64) -> Constant<Bits<B>> {
    Constant::new(v.to_bits())
}

impl Default for FrameTx {
    fn default() -> Self {
        FrameTx {
            clock: Default::default(),
            reset: Default::default(),
            job_valid: Default::default(),
            job_cmd: Default::default(),
            job_seq: Default::default(),
            job_status: Default::default(),
            job_slot: Default::default(),
            read: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            core_busy: Default::default(),
            slot_done: Default::default(),
            key_loaded: Default::default(),
            model_ready: Default::default(),
            last_error: Default::default(),
            run_rung: Default::default(),
            run_status0: Default::default(),
            run_status1: Default::default(),
            slot_release: Default::default(),
            frames_ok: Default::default(),
            bad_headers: Default::default(),
            bad_crcs: Default::default(),
            timeouts: Default::default(),
            tx_data: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            header_crc: CrcEngine::new(HEADER_CRC_ALGORITHM),
            frame_crc: CrcEngine::new(FRAME_CRC_ALGORITHM),
            queued: Default::default(),
            q0_cmd: Default::default(),
            q0_seq: Default::default(),
            q0_status: Default::default(),
            q0_slot: Default::default(),
            q1_cmd: Default::default(),
            q1_seq: Default::default(),
            q1_status: Default::default(),
            q1_slot: Default::default(),
            state: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            status: Default::default(),
            slot: Default::default(),
            settle: Default::default(),
            read_q: Default::default(),
            read_address_q: Default::default(),
            read_now: Default::default(),
            byte_q: Default::default(),
            data_length_q: Default::default(),
            payload_length_q: Default::default(),
            total_q: Default::default(),
            header_crc_byte: Default::default(),
            frame_crc_byte: Default::default(),
            last_byte: Default::default(),
            read_address_now: Default::default(),
            length: Default::default(),
            position: Default::default(),
            data_base: Default::default(),
            classes_low: Default::default(),
            freed: Default::default(),
            have_result: Default::default(),
            last_slot: Default::default(),
            refusals: Default::default(),
            pop: Default::default(),
            run_status: Default::default(),
            rung: Default::default(),
            done: Default::default(),
            data_length: Default::default(),
            total: Default::default(),
            data_index: Default::default(),
            counter_byte: Default::default(),
            out_byte: Default::default(),
            counters: Default::default(),
            payload_length: Default::default(),
            is_data: Default::default(),
            from_counters: Default::default(),
            counter_index_wide: Default::default(),
            counter_nibble: Default::default(),
            counter_bit: Default::default(),
            cmd_info: c(Command::Info as u64),
            cmd_status: c(Command::Status as u64),
            cmd_load_key: c(Command::LoadKey as u64),
            cmd_load_config: c(Command::LoadConfig as u64),
            cmd_run: c(Command::Run as u64),
            cmd_read_result: c(Command::ReadResult as u64),
            response_flag: c(RESPONSE_FLAG as u64),
            sync0: c(SYNC[0] as u64),
            sync1: c(SYNC[1] as u64),
            ok: c(ErrorCode::Ok as u64),
            bad_length: c(ErrorCode::BadLength as u64),
            no_result: c(ErrorCode::NoResult as u64),
            info_base: c(map::INFO_BASE as u64),
            status_base: c(map::STATUS_BASE as u64),
            result0: c(map::RESULT_BASE as u64),
            result1: c((map::RESULT_BASE + map::SLOT_STRIDE) as u64),
            info_bytes: c(INFO_BYTES as u64),
            status_bytes: c(STATUS_BYTES as u64),
            status_payload: c((STATUS_BYTES + 2 * LINK_COUNTERS) as u64),
            result_header: c(RESULT_HEADER_BYTES as u64),
            settle_clocks: c(KEY_OUTCOME_CLOCKS),
            // SYNC0 SYNC1 CMD SEQ LEN LEN HCRC, CRC CRC.
            frame_overhead: c(9),
            first_data: c(8),
            positions: (0..8).map(|p| c(p)).collect(),
            zero2: c(0),
            one2: c(1),
            two2: c(2),
            one24: c(1),
            bit0: c(1),
            bit1: c(2),
            zero4: c(0),
            one4: c(1),
            zero16: c(0),
            one16: c(1),
            two16: c(2),
            max16: c(0xffff),
            shift2: c(2),
            shift8: c(8),
            shift16: c(16),
            shift32: c(32),
            shift48: c(48),
            shift64: c(64),
            three8: c(3),
        }
    }
}

impl Logic for FrameTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, queued, q0_cmd, q0_seq, q0_status, q0_slot, q1_cmd, q1_seq, q1_status, q1_slot, state, cmd, seq, status,
            slot, settle, read_q, read_address_q, byte_q, data_length_q, payload_length_q, total_q, header_crc_byte, frame_crc_byte, last_byte, length, position, data_base, classes_low, freed, have_result, last_slot, refusals
        );
        clock!(self, clock, header_crc, frame_crc);
        self.header_crc.clear.next = false;
        self.header_crc.enable.next = false;
        self.frame_crc.clear.next = false;
        self.frame_crc.enable.next = false;
        self.freed.d.next = self.zero2.val();
        self.read_now.next = false;
        self.read_address_now.next = self.data_base.q.val();
        self.tx_valid.next = false;

        // ---- The queue: the receiver pushes, the answer in progress pops the head.
        self.pop.next = (self.state.q.val() == TxState::Idle) & (self.queued.q.val() != self.zero2.val());
        if self.pop.val() {
            self.cmd.d.next = self.q0_cmd.q.val();
            self.seq.d.next = self.q0_seq.q.val();
            self.status.d.next = self.q0_status.q.val();
            self.slot.d.next = self.q0_slot.q.val();
            self.settle.d.next = self.zero4.val();
            self.state.d.next = TxState::Wait;
            // The second job moves up.
            self.q0_cmd.d.next = self.q1_cmd.q.val();
            self.q0_seq.d.next = self.q1_seq.q.val();
            self.q0_status.d.next = self.q1_status.q.val();
            self.q0_slot.d.next = self.q1_slot.q.val();
            self.queued.d.next = self.queued.q.val() - self.one2.val();
        }
        if self.job_valid.val() {
            // Into the first free place (with a pop this clock, the places have moved up). A
            // job beyond two (a host ignoring the window) is dropped: it gets no answer.
            if (self.queued.q.val() == self.zero2.val()) | ((self.queued.q.val() == self.one2.val()) & self.pop.val()) {
                self.q0_cmd.d.next = self.job_cmd.val();
                self.q0_seq.d.next = self.job_seq.val();
                self.q0_status.d.next = self.job_status.val();
                self.q0_slot.d.next = self.job_slot.val();
                self.queued.d.next = self.one2.val();
            } else if (self.queued.q.val() == self.one2.val()) | self.pop.val() {
                self.q1_cmd.d.next = self.job_cmd.val();
                self.q1_seq.d.next = self.job_seq.val();
                self.q1_status.d.next = self.job_status.val();
                self.q1_slot.d.next = self.job_slot.val();
                self.queued.d.next = self.two2.val();
            }
        }

        // ---- What the answer carries.
        self.run_status.next = self.run_status0.val();
        self.rung.next = (self.run_rung.val() & self.bit0.val()).any();
        self.done.next = (self.slot_done.val() & self.bit0.val()).any();
        if self.slot.q.val() {
            self.run_status.next = self.run_status1.val();
            self.rung.next = (self.run_rung.val() & self.bit1.val()).any();
            self.done.next = (self.slot_done.val() & self.bit1.val()).any();
        }
        self.data_length.next = self.zero16.val();
        if self.status.q.val() == self.ok.val() {
            if self.cmd.q.val() == self.cmd_info.val() {
                self.data_length.next = self.info_bytes.val();
            }
            if self.cmd.q.val() == self.cmd_status.val() {
                self.data_length.next = self.status_payload.val();
            }
            if (self.cmd.q.val() == self.cmd_run.val()) | (self.cmd.q.val() == self.cmd_read_result.val()) {
                self.data_length.next = self.length.q.val();
            }
        }
        // Payload: the status byte, then the data.
        self.payload_length.next = self.one16.val() + self.data_length.val();
        self.total.next = self.frame_overhead.val() + self.payload_length.val();
        // Registered: they are set before an answer's first byte and hold while it goes out.
        self.data_length_q.d.next = self.data_length.val();
        self.payload_length_q.d.next = self.payload_length.val();
        self.total_q.d.next = self.total.val();
        self.data_index.next = self.position.q.val() - self.first_data.val();
        self.is_data.next = (self.position.q.val() >= self.first_data.val()) & (self.data_index.val() < self.data_length_q.q.val());
        self.from_counters.next = (self.cmd.q.val() == self.cmd_status.val()) & (self.data_index.val() >= self.status_bytes.val());
        self.counters.next = bit_cast::<80, 16>(self.frames_ok.val())
            | (bit_cast::<80, 16>(self.bad_headers.val()) << self.shift16.val())
            | (bit_cast::<80, 16>(self.bad_crcs.val()) << self.shift32.val())
            | (bit_cast::<80, 16>(self.timeouts.val()) << self.shift48.val())
            | (bit_cast::<80, 16>(self.refusals.q.val()) << self.shift64.val());
        self.counter_index_wide.next = self.data_index.val() - self.status_bytes.val();
        self.counter_nibble.next = self.counter_index_wide.val().get_bits::<4>(0);
        self.counter_bit.next = bit_cast::<7, 4>(self.counter_nibble.val()) << self.three8.val();
        self.counter_byte.next = self.counters.val().get_bits::<8>(self.counter_bit.val().index());
        // The byte at `position`.
        self.out_byte.next = self.read_data.val();
        if self.from_counters.val() {
            self.out_byte.next = self.counter_byte.val();
        }
        if self.position.q.val() == self.positions[0].val() {
            self.out_byte.next = self.sync0.val();
        }
        if self.position.q.val() == self.positions[1].val() {
            self.out_byte.next = self.sync1.val();
        }
        if self.position.q.val() == self.positions[2].val() {
            self.out_byte.next = self.cmd.q.val() | self.response_flag.val();
        }
        if self.position.q.val() == self.positions[3].val() {
            self.out_byte.next = self.seq.q.val();
        }
        if self.position.q.val() == self.positions[4].val() {
            self.out_byte.next = self.payload_length_q.q.val().get_bits::<8>(0);
        }
        if self.position.q.val() == self.positions[5].val() {
            self.out_byte.next = self.payload_length_q.q.val().get_bits::<8>(8);
        }
        if self.position.q.val() == self.positions[6].val() {
            self.out_byte.next = self.header_crc.crc.val();
        }
        if self.position.q.val() == self.positions[7].val() {
            self.out_byte.next = self.status.q.val();
        }
        if self.position.q.val() + self.two16.val() == self.total_q.q.val() {
            self.out_byte.next = self.frame_crc.crc.val().get_bits::<8>(0);
        }
        if self.position.q.val() + self.one16.val() == self.total_q.q.val() {
            self.out_byte.next = self.frame_crc.crc.val().get_bits::<8>(8);
        }
        self.tx_data.next = self.byte_q.q.val();
        self.header_crc.data.next = self.byte_q.q.val();
        self.frame_crc.data.next = self.byte_q.q.val();

        match self.state.q.val() {
            TxState::Idle => {}
            TxState::Wait => {
                // The job's outcome decides its status; then its length.
                if self.status.q.val() != self.ok.val() {
                    self.state.d.next = TxState::Load;
                } else if self.cmd.q.val() == self.cmd_run.val() {
                    if self.rung.val() {
                        if self.run_status.val() != self.ok.val() {
                            self.status.d.next = self.run_status.val();
                            self.state.d.next = TxState::Load;
                        } else if self.done.val() {
                            self.data_base.d.next = self.result0.val();
                            if self.slot.q.val() {
                                self.data_base.d.next = self.result1.val();
                            }
                            self.have_result.d.next = true;
                            self.last_slot.d.next = self.slot.q.val();
                            self.state.d.next = TxState::Classes0;
                        }
                    }
                } else if self.cmd.q.val() == self.cmd_read_result.val() {
                    if self.have_result.q.val() {
                        self.data_base.d.next = self.result0.val();
                        if self.last_slot.q.val() {
                            self.data_base.d.next = self.result1.val();
                        }
                        self.state.d.next = TxState::Classes0;
                    } else {
                        self.status.d.next = self.no_result.val();
                        self.state.d.next = TxState::Load;
                    }
                } else if self.cmd.q.val() == self.cmd_load_config.val() {
                    if !self.core_busy.val() {
                        if !self.model_ready.val() {
                            self.status.d.next = self.last_error.val();
                        }
                        self.state.d.next = TxState::Load;
                    }
                } else if self.cmd.q.val() == self.cmd_load_key.val() {
                    self.settle.d.next = self.settle.q.val() + self.one4.val();
                    if self.settle.q.val() == self.settle_clocks.val() {
                        if !self.key_loaded.val() {
                            self.status.d.next = self.bad_length.val();
                        }
                        self.state.d.next = TxState::Load;
                    }
                } else {
                    self.data_base.d.next = self.info_base.val();
                    if self.cmd.q.val() == self.cmd_status.val() {
                        self.data_base.d.next = self.status_base.val();
                    }
                    self.state.d.next = TxState::Load;
                }
                self.position.d.next = self.zero16.val();
                self.header_crc.clear.next = true;
                self.frame_crc.clear.next = true;
            }
            // A RESULT's length depends on its class count: read it first.
            TxState::Classes0 => {
                self.read_now.next = true;
                self.read_address_now.next = self.data_base.q.val();
                self.state.d.next = TxState::Classes1;
            }
            TxState::Classes1 => {
                self.read_now.next = true;
                self.read_address_now.next = self.data_base.q.val() + self.one24.val();
                self.state.d.next = TxState::Classes2;
            }
            TxState::Classes2 => {
                self.classes_low.d.next = self.read_data.val();
                self.state.d.next = TxState::Classes3;
            }
            TxState::Classes3 => {
                self.length.d.next = self.result_header.val()
                    + ((bit_cast::<16, 8>(self.classes_low.q.val()) | (bit_cast::<16, 8>(self.read_data.val()) << self.shift8.val())) << self.shift2.val());
                self.state.d.next = TxState::Load;
            }
            TxState::Load => {
                // Data bytes come from the read channel: ask two clocks ahead.
                if self.is_data.val() & !self.from_counters.val() {
                    self.read_now.next = true;
                    self.read_address_now.next = self.data_base.q.val() + bit_cast::<24, 16>(self.data_index.val());
                }
                self.state.d.next = TxState::Fetch;
            }
            TxState::Fetch => {
                self.state.d.next = TxState::Hold;
            }
            TxState::Hold => {
                self.byte_q.d.next = self.out_byte.val();
                self.header_crc_byte.d.next = (self.position.q.val() >= self.positions[2].val()) & (self.position.q.val() < self.positions[6].val());
                self.frame_crc_byte.d.next = (self.position.q.val() >= self.positions[2].val()) & (self.position.q.val() + self.two16.val() < self.total_q.q.val());
                self.last_byte.d.next = self.position.q.val() + self.one16.val() == self.total_q.q.val();
                self.state.d.next = TxState::Send;
            }
            TxState::Send => {
                self.tx_valid.next = true;
                if self.tx_ready.val() {
                    self.header_crc.enable.next = self.header_crc_byte.q.val();
                    self.frame_crc.enable.next = self.frame_crc_byte.q.val();
                    self.position.d.next = self.position.q.val() + self.one16.val();
                    self.state.d.next = TxState::Load;
                    if self.last_byte.q.val() {
                        // The answer is out.
                        self.state.d.next = TxState::Idle;
                        if self.cmd.q.val() == self.cmd_run.val() {
                            self.freed.d.next = self.bit0.val();
                            if self.slot.q.val() {
                                self.freed.d.next = self.bit1.val();
                            }
                        }
                        if (self.status.q.val() != self.ok.val()) & (self.refusals.q.val() != self.max16.val()) {
                            self.refusals.d.next = self.refusals.q.val() + self.one16.val();
                        }
                    }
                }
            }
            _ => {
                self.state.d.next = TxState::Idle;
            }
        }
        self.read_q.d.next = self.read_now.val();
        self.read_address_q.d.next = self.read_address_now.val();
        self.read.next = self.read_q.q.val();
        self.read_address.next = self.read_address_q.q.val();
        if self.reset.val() {
            self.read_q.d.next = false;
            self.state.d.next = TxState::Idle;
            self.queued.d.next = self.zero2.val();
            self.have_result.d.next = false;
            self.refusals.d.next = self.zero16.val();
        }
        self.slot_release.next = self.freed.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verilog_is_clean() {
        let mut tx = FrameTx::default();
        tx.connect_all();
        crate::testing::lint("frame_tx", &generate_verilog(&tx));
    }
}
