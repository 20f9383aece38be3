//! The command decoder: what a frame's payload does (docs/protocol.md §1–2). At a good header it
//! decides where the payload goes — key bytes into the key staging, weights at the offset the
//! payload starts with, CONFIG bytes, input bytes into the next free slot — and the answer if the
//! request is refused. Payload bytes go straight out on the core's write channel. At the end of
//! the frame, only a good CRC-16 rings the doorbell (KEY_COMMIT, CONFIG_COMMIT, KEY_CLEAR); a bad
//! one is answered BAD_CRC. A LOAD_KEY that fails in any way (bad CRC, a refusal, cut off by the
//! timeout) discards the key staging. A payload byte the core refuses (it is busy) refuses the
//! frame with the core's code. The doorbell's write status becomes the answer. The RUN doorbell
//! of a slot is rung later by the run slots, through the same channel.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map as map;
use deeplock_spec::protocol::{Command, ErrorCode, WEIGHT_OFFSET_BYTES};

use super::write_port::WritePort;
use super::RxLimits;
use crate::frontend::constant as c;

/// What the payload of the frame being received does.
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum Action {
    Discard,
    Key,
    Weights,
    Config,
    Input,
}

/// Turns frames into writes and doorbells on the core's write channel.
#[derive(LogicBlock)]
pub struct CommandDecoder {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- The frame, from the parser.
    /// The byte taken this clock.
    pub data: Signal<In, Bits<8>>,
    /// The frame's command code.
    pub cmd: Signal<In, Bits<8>>,
    /// The payload length.
    pub length: Signal<In, Bits<16>>,
    /// Payload bytes taken before this one.
    pub received: Signal<In, Bits<16>>,
    /// The length obeys the command's rule.
    pub length_ok: Signal<In, Bit>,
    /// One clock: the header is good.
    pub header_good: Signal<In, Bit>,
    /// One clock: a payload byte is taken.
    pub payload_byte: Signal<In, Bit>,
    /// One clock: the last CRC byte is taken.
    pub frame_end: Signal<In, Bit>,
    /// With `frame_end`: the CRC-16 is good.
    pub crc_good: Signal<In, Bit>,
    /// The doorbell clock.
    pub finishing: Signal<In, Bit>,
    /// The doorbell's answer is on `write_status`.
    pub answering: Signal<In, Bit>,
    // ---- The run slots.
    /// The slot the next RUN's input goes to.
    pub next_slot: Signal<In, Bit>,
    /// That slot still holds an unanswered RUN.
    pub next_slot_busy: Signal<In, Bit>,
    /// A RUN doorbell takes the write channel this clock.
    pub run_write: Signal<In, Bit>,
    /// The slot of that RUN doorbell.
    pub run_slot: Signal<In, Bit>,
    /// One clock: a good RUN frame claims `slot`.
    pub claim: Signal<Out, Bit>,
    /// The transmitter holds as many unanswered frames as the host's window allows: a new
    /// request is answered BUSY and does nothing.
    pub window_full: Signal<In, Bit>,
    /// A frame in progress was lost (timeout or line error): its key bytes are discarded.
    pub frame_lost: Signal<In, Bit>,
    /// Layer 0's input bytes rounded up to 8 (RUN's exact length), from the last CONFIG block
    /// the core accepted.
    pub run_bytes: Signal<Out, Bits<16>>,
    // ---- The core's write channel.
    /// Writes `write_data` at `write_address` this clock.
    pub write: Signal<Out, Bit>,
    /// Byte address of the write.
    pub write_address: Signal<Out, Bits<24>>,
    /// The byte written.
    pub write_data: Signal<Out, Bits<8>>,
    /// The core's status for a write, two clocks after the write is decided here.
    pub write_status: Signal<In, Bits<8>>,
    /// A frame's doorbell takes the write channel this clock.
    pub ringing: Signal<Out, Bit>,
    // ---- The job's answer.
    /// 0, or the error code the answer carries.
    pub status: Signal<Out, Bits<8>>,
    /// For RUN: the slot the input went to.
    pub slot: Signal<Out, Bit>,
    action: DFF<Action>,
    status_q: DFF<Bits<8>>,
    address: DFF<Bits<24>>,
    offset: DFF<Bits<32>>,
    doorbell: DFF<Bits<24>>,
    ring: DFF<Bit>,
    rang: DFF<Bit>,
    slot_q: DFF<Bit>,
    payload_write: Signal<Local, Bit>,
    weights_end: Signal<Local, Bits<32>>,
    /// The chunk's offset is misaligned or the chunk runs past the weight memory: registered,
    /// since the offset is complete a byte time before the first weight byte is judged by it.
    chunk_bad_q: DFF<Bit>,
    offset_next: Signal<Local, Bits<32>>,
    /// The registered write channel.
    write_port: WritePort,
    /// A payload byte was written one and two clocks ago: its status is on `write_status` now.
    payload_write_q1: DFF<Bit>,
    payload_write_q2: DFF<Bit>,
    /// Which byte of layer 0's input count (bit 0 low, bit 1 high) a CONFIG write one and two
    /// clocks ago carried, and the byte: taken when the core accepted it.
    layer0_byte_q1: DFF<Bits<2>>,
    layer0_byte_q2: DFF<Bits<2>>,
    layer0_data_q1: DFF<Bits<8>>,
    layer0_data_q2: DFF<Bits<8>>,
    layer0_inputs: DFF<Bits<16>>,
    layer0_byte: Signal<Local, Bits<2>>,
    unknown: Signal<Local, Bit>,
    layer0_at: Constant<Bits<16>>,
    layer0_high_at: Constant<Bits<16>>,
    low_byte: Constant<Bits<2>>,
    high_byte: Constant<Bits<2>>,
    zero2: Constant<Bits<2>>,
    low_mask: Constant<Bits<16>>,
    high_mask: Constant<Bits<16>>,
    zero16: Constant<Bits<16>>,
    seven16: Constant<Bits<16>>,
    not_seven16: Constant<Bits<16>>,
    cmd_info: Constant<Bits<8>>,
    cmd_status: Constant<Bits<8>>,
    cmd_load_key: Constant<Bits<8>>,
    cmd_clear_key: Constant<Bits<8>>,
    cmd_load_weights: Constant<Bits<8>>,
    cmd_load_config: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    cmd_read_result: Constant<Bits<8>>,
    offset_bytes: Constant<Bits<16>>,
    weight_bytes: Constant<Bits<32>>,
    key_base: Constant<Bits<24>>,
    key_commit: Constant<Bits<24>>,
    key_clear: Constant<Bits<24>>,
    key_discard: Constant<Bits<24>>,
    config_base: Constant<Bits<24>>,
    config_commit: Constant<Bits<24>>,
    input0: Constant<Bits<24>>,
    input1: Constant<Bits<24>>,
    ok: Constant<Bits<8>>,
    bad_crc: Constant<Bits<8>>,
    bad_length: Constant<Bits<8>>,
    unknown_command: Constant<Bits<8>>,
    bad_address: Constant<Bits<8>>,
    busy_code: Constant<Bits<8>>,
    one16: Constant<Bits<16>>,
    one24: Constant<Bits<24>>,
    zero32: Constant<Bits<32>>,
    seven32: Constant<Bits<32>>,
    byte_shift: Constant<Bits<8>>,
    top_shift: Constant<Bits<8>>,
}

impl CommandDecoder {
    pub fn new(limits: RxLimits) -> Self {
        CommandDecoder {
            clock: Default::default(),
            reset: Default::default(),
            data: Default::default(),
            cmd: Default::default(),
            length: Default::default(),
            received: Default::default(),
            length_ok: Default::default(),
            header_good: Default::default(),
            payload_byte: Default::default(),
            frame_end: Default::default(),
            crc_good: Default::default(),
            finishing: Default::default(),
            answering: Default::default(),
            next_slot: Default::default(),
            next_slot_busy: Default::default(),
            run_write: Default::default(),
            run_slot: Default::default(),
            claim: Default::default(),
            window_full: Default::default(),
            frame_lost: Default::default(),
            run_bytes: Default::default(),
            write: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_status: Default::default(),
            ringing: Default::default(),
            status: Default::default(),
            slot: Default::default(),
            action: Default::default(),
            status_q: Default::default(),
            address: Default::default(),
            offset: Default::default(),
            doorbell: Default::default(),
            ring: Default::default(),
            rang: Default::default(),
            slot_q: Default::default(),
            payload_write: Default::default(),
            weights_end: Default::default(),
            chunk_bad_q: Default::default(),
            offset_next: Default::default(),
            write_port: WritePort::default(),
            payload_write_q1: Default::default(),
            payload_write_q2: Default::default(),
            layer0_byte_q1: Default::default(),
            layer0_byte_q2: Default::default(),
            layer0_data_q1: Default::default(),
            layer0_data_q2: Default::default(),
            layer0_inputs: Default::default(),
            layer0_byte: Default::default(),
            unknown: Default::default(),
            layer0_at: c(map::CONFIG_HEADER_BYTES as u64),
            layer0_high_at: c(map::CONFIG_HEADER_BYTES as u64 + 1),
            low_byte: c(1),
            high_byte: c(2),
            zero2: c(0),
            low_mask: c(0x00ff),
            high_mask: c(0xff00),
            zero16: c(0),
            seven16: c(7),
            not_seven16: c(0xfff8),
            cmd_info: c(Command::Info as u64),
            cmd_status: c(Command::Status as u64),
            cmd_load_key: c(Command::LoadKey as u64),
            cmd_clear_key: c(Command::ClearKey as u64),
            cmd_load_weights: c(Command::LoadWeights as u64),
            cmd_load_config: c(Command::LoadConfig as u64),
            cmd_run: c(Command::Run as u64),
            cmd_read_result: c(Command::ReadResult as u64),
            offset_bytes: c(WEIGHT_OFFSET_BYTES as u64),
            weight_bytes: c(limits.weight_bytes),
            key_base: c(map::KEY_BASE as u64),
            key_commit: c(map::KEY_COMMIT as u64),
            key_clear: c(map::KEY_CLEAR as u64),
            key_discard: c(map::KEY_DISCARD as u64),
            config_base: c(map::CONFIG_BASE as u64),
            config_commit: c(map::CONFIG_COMMIT as u64),
            input0: c(map::INPUT_BASE as u64),
            input1: c((map::INPUT_BASE + map::SLOT_STRIDE) as u64),
            ok: c(ErrorCode::Ok as u64),
            bad_crc: c(ErrorCode::BadCrc as u64),
            bad_length: c(ErrorCode::BadLength as u64),
            unknown_command: c(ErrorCode::UnknownCommand as u64),
            bad_address: c(ErrorCode::BadAddress as u64),
            busy_code: c(ErrorCode::Busy as u64),
            one16: c(1),
            one24: c(1),
            zero32: c(0),
            seven32: c(7),
            byte_shift: c(8),
            top_shift: c(24),
        }
    }
}

impl Logic for CommandDecoder {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, action, status_q, address, offset, doorbell, ring, rang, slot_q, chunk_bad_q, payload_write_q1, payload_write_q2,
            layer0_byte_q1, layer0_byte_q2, layer0_data_q1, layer0_data_q2, layer0_inputs
        );
        clock!(self, clock, write_port);
        self.ring.d.next = false;
        self.payload_write.next = false;
        self.claim.next = false;
        self.offset_next.next = (self.offset.q.val() >> self.byte_shift.val()) | (bit_cast::<32, 8>(self.data.val()) << self.top_shift.val());
        self.weights_end.next = self.offset.q.val() + bit_cast::<32, 16>(self.length.val()) - bit_cast::<32, 16>(self.offset_bytes.val());
        // (The offset alone is compared too: offset + length would wrap at 2^32.)
        self.chunk_bad_q.d.next = ((self.offset.q.val() & self.seven32.val()) != self.zero32.val())
            | (self.offset.q.val() > self.weight_bytes.val())
            | (self.weights_end.val() > self.weight_bytes.val());
        self.unknown.next = (self.cmd.val() != self.cmd_info.val())
            & (self.cmd.val() != self.cmd_status.val())
            & (self.cmd.val() != self.cmd_load_key.val())
            & (self.cmd.val() != self.cmd_clear_key.val())
            & (self.cmd.val() != self.cmd_load_weights.val())
            & (self.cmd.val() != self.cmd_load_config.val())
            & (self.cmd.val() != self.cmd_run.val())
            & (self.cmd.val() != self.cmd_read_result.val());

        // A good header: decide what the payload does, and the answer if it fails.
        if self.header_good.val() {
            self.action.d.next = Action::Discard;
            self.status_q.d.next = self.ok.val();
            self.offset.d.next = self.zero32.val();
            // The precedence of the answers: unknown command, bad length, window full.
            if self.unknown.val() {
                self.status_q.d.next = self.unknown_command.val();
            } else if !self.length_ok.val() {
                self.status_q.d.next = self.bad_length.val();
            } else if self.window_full.val() {
                self.status_q.d.next = self.busy_code.val();
            } else if self.cmd.val() == self.cmd_load_key.val() {
                self.action.d.next = Action::Key;
                self.address.d.next = self.key_base.val();
            } else if self.cmd.val() == self.cmd_load_weights.val() {
                self.action.d.next = Action::Weights;
            } else if self.cmd.val() == self.cmd_load_config.val() {
                self.action.d.next = Action::Config;
                self.address.d.next = self.config_base.val();
            } else if self.cmd.val() == self.cmd_run.val() {
                if self.next_slot_busy.val() {
                    self.status_q.d.next = self.busy_code.val();
                } else {
                    self.action.d.next = Action::Input;
                    self.slot_q.d.next = self.next_slot.val();
                    self.address.d.next = self.input0.val();
                    if self.next_slot.val() {
                        self.address.d.next = self.input1.val();
                    }
                }
            }
        }

        // A payload byte: into the memory map, or (weights) into the offset first.
        if self.payload_byte.val() {
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
                    if self.received.val() < self.offset_bytes.val() {
                        // The offset, little-endian, then the bytes it places.
                        self.offset.d.next = self.offset_next.val();
                        if self.received.val() + self.one16.val() == self.offset_bytes.val() {
                            self.address.d.next = self.offset_next.val().get_bits::<24>(0);
                        }
                    } else if self.received.val() == self.offset_bytes.val() {
                        // The offset is complete: it must be aligned and the chunk must fit.
                        if self.chunk_bad_q.q.val() {
                            self.status_q.d.next = self.bad_address.val();
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

        // A refused payload byte (LOAD_WEIGHTS or LOAD_CONFIG while the core is busy) refuses
        // the frame with the core's code; layer 0's input count is taken from accepted bytes.
        self.layer0_byte.next = self.zero2.val();
        if self.payload_write.val() & (self.action.q.val() == Action::Config) {
            if self.received.val() == self.layer0_at.val() {
                self.layer0_byte.next = self.low_byte.val();
            }
            if self.received.val() == self.layer0_high_at.val() {
                self.layer0_byte.next = self.high_byte.val();
            }
        }
        self.payload_write_q1.d.next = self.payload_write.val();
        self.payload_write_q2.d.next = self.payload_write_q1.q.val();
        self.layer0_byte_q1.d.next = self.layer0_byte.val();
        self.layer0_byte_q2.d.next = self.layer0_byte_q1.q.val();
        self.layer0_data_q1.d.next = self.data.val();
        self.layer0_data_q2.d.next = self.layer0_data_q1.q.val();
        if self.payload_write_q2.q.val() & (self.write_status.val() != self.ok.val()) & (self.status_q.q.val() == self.ok.val()) {
            self.status_q.d.next = self.write_status.val();
        }
        if self.write_status.val() == self.ok.val() {
            if self.layer0_byte_q2.q.val() == self.low_byte.val() {
                self.layer0_inputs.d.next = (self.layer0_inputs.q.val() & self.high_mask.val()) | bit_cast::<16, 8>(self.layer0_data_q2.q.val());
            }
            if self.layer0_byte_q2.q.val() == self.high_byte.val() {
                self.layer0_inputs.d.next =
                    (self.layer0_inputs.q.val() & self.low_mask.val()) | (bit_cast::<16, 8>(self.layer0_data_q2.q.val()) << self.byte_shift.val());
            }
        }
        self.run_bytes.next = (self.layer0_inputs.q.val() + self.seven16.val()) & self.not_seven16.val();

        // The end of the frame: the doorbell, if the frame is good and its request too.
        if self.frame_end.val() {
            self.rang.d.next = false;
            self.action.d.next = Action::Discard;
            if !self.crc_good.val() {
                self.status_q.d.next = self.bad_crc.val();
            }
            if (!self.crc_good.val() | (self.status_q.q.val() != self.ok.val())) & (self.action.q.val() == Action::Key) {
                // Key bytes of a damaged or refused frame must not stay in the staging.
                self.ring.d.next = true;
                self.doorbell.d.next = self.key_discard.val();
            } else if self.crc_good.val() & (self.status_q.q.val() == self.ok.val()) {
                if self.cmd.val() == self.cmd_load_key.val() {
                    self.ring.d.next = true;
                    self.doorbell.d.next = self.key_commit.val();
                }
                if self.cmd.val() == self.cmd_clear_key.val() {
                    self.ring.d.next = true;
                    self.doorbell.d.next = self.key_clear.val();
                }
                if self.cmd.val() == self.cmd_load_config.val() {
                    self.ring.d.next = true;
                    self.doorbell.d.next = self.config_commit.val();
                }
                if self.cmd.val() == self.cmd_run.val() {
                    self.claim.next = true;
                }
            }
        }
        if self.frame_lost.val() {
            // Nor may those of a frame cut off by the timeout or a line error.
            self.action.d.next = Action::Discard;
            if self.action.q.val() == Action::Key {
                self.ring.d.next = true;
                self.doorbell.d.next = self.key_discard.val();
            }
        }
        if self.finishing.val() {
            // A doorbell, if any, is written this clock.
            self.rang.d.next = self.ring.q.val();
        }
        if self.answering.val() {
            // The doorbell's outcome is the frame's answer, unless the frame already failed.
            if self.rang.q.val() & (self.status_q.q.val() == self.ok.val()) & (self.write_status.val() != self.ok.val()) {
                self.status_q.d.next = self.write_status.val();
            }
        }

        // The write channel: a payload byte, a RUN doorbell, or a frame's doorbell.
        self.write_port.reset.next = self.reset.val();
        self.write_port.payload_write.next = self.payload_write.val();
        self.write_port.payload_address.next = self.address.q.val();
        self.write_port.data.next = self.data.val();
        self.write_port.run_write.next = self.run_write.val();
        self.write_port.run_slot.next = self.run_slot.val();
        self.write_port.ring.next = self.ring.q.val();
        self.write_port.doorbell.next = self.doorbell.q.val();
        if self.payload_write.val() {
            self.address.d.next = self.address.q.val() + self.one24.val();
        }
        if self.reset.val() {
            self.layer0_inputs.d.next = self.zero16.val();
            self.action.d.next = Action::Discard;
        }
        self.write.next = self.write_port.write.val();
        self.write_address.next = self.write_port.write_address.val();
        self.write_data.next = self.write_port.write_data.val();
        self.ringing.next = self.ring.q.val();
        self.status.next = self.status_q.q.val();
        self.slot.next = self.slot_q.q.val();
    }
}
