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

use super::run_length::RunLength;
use super::command_table::CommandTable;
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
    /// One clock: a good RUN frame claims `slot`.
    pub claim: Signal<Out, Bit>,
    /// The transmitter holds as many unanswered frames as the host's window allows: a new
    /// request is answered BUSY and does nothing.
    pub window_full: Signal<In, Bit>,
    /// A frame in progress was lost (timeout or line error): its key bytes are discarded.
    pub frame_lost: Signal<In, Bit>,
    /// The header repeats a request carried out (the repeat guard): answer it, do nothing.
    pub repeated: Signal<In, Bit>,
    /// With `repeated`: the older of the two remembered.
    pub older: Signal<In, Bit>,
    /// Layer 0's input bytes rounded up to 8 (RUN's exact length), from the last CONFIG block
    /// the core accepted.
    pub run_bytes: Signal<Out, Bits<16>>,
    // ---- To the write port (the core's write channel).
    /// One clock: the payload byte (`data`) goes to `payload_address`.
    pub payload_write: Signal<Out, Bit>,
    /// Where the payload byte goes.
    pub payload_address: Signal<Out, Bits<24>>,
    /// A frame's doorbell takes the write channel this clock.
    pub ringing: Signal<Out, Bit>,
    /// The doorbell's address.
    pub doorbell: Signal<Out, Bits<24>>,
    /// The core's status for a write, two clocks after the write is decided here.
    pub write_status: Signal<In, Bits<8>>,
    // ---- The job's answer.
    /// 0, or the error code the answer carries.
    pub status: Signal<Out, Bits<8>>,
    /// For RUN: the slot the input went to.
    pub slot: Signal<Out, Bit>,
    /// The frame is a repeat: the transmitter answers it as it answered the original.
    pub replay: Signal<Out, Bit>,
    /// With `replay`: the older original.
    pub replay_older: Signal<Out, Bit>,
    /// The frame's request was carried out (status OK, not a repeat): the repeat guard may
    /// remember it.
    pub carried_out: Signal<Out, Bit>,
    action: DFF<Action>,
    replaying: DFF<Bit>,
    older_q: DFF<Bit>,
    status_q: DFF<Bits<8>>,
    address: DFF<Bits<24>>,
    offset: DFF<Bits<32>>,
    doorbell_q: DFF<Bits<24>>,
    ring: DFF<Bit>,
    rang: DFF<Bit>,
    slot_q: DFF<Bit>,
    weights_end: Signal<Local, Bits<32>>,
    /// The chunk's offset is misaligned or the chunk runs past the weight memory: registered,
    /// since the offset is complete a byte time before the first weight byte is judged by it.
    chunk_bad_q: DFF<Bit>,
    offset_next: Signal<Local, Bits<32>>,
    /// What each command code is.
    commands: CommandTable,
    /// A payload byte was written one and two clocks ago: its status is on `write_status` now.
    payload_write_q1: DFF<Bit>,
    payload_write_q2: DFF<Bit>,
    /// RUN's exact length, from the CONFIG bytes the core accepted.
    run_length: RunLength,
    cmd_load_key: Constant<Bits<8>>,
    cmd_load_weights: Constant<Bits<8>>,
    cmd_load_config: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    offset_bytes: Constant<Bits<16>>,
    weight_bytes: Constant<Bits<32>>,
    key_base: Constant<Bits<24>>,
    key_discard: Constant<Bits<24>>,
    config_base: Constant<Bits<24>>,
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
            claim: Default::default(),
            window_full: Default::default(),
            frame_lost: Default::default(),
            run_bytes: Default::default(),
            repeated: Default::default(),
            older: Default::default(),
            payload_write: Default::default(),
            payload_address: Default::default(),
            write_status: Default::default(),
            ringing: Default::default(),
            doorbell: Default::default(),
            status: Default::default(),
            slot: Default::default(),
            replay: Default::default(),
            replay_older: Default::default(),
            carried_out: Default::default(),
            action: Default::default(),
            replaying: Default::default(),
            older_q: Default::default(),
            status_q: Default::default(),
            address: Default::default(),
            offset: Default::default(),
            doorbell_q: Default::default(),
            ring: Default::default(),
            rang: Default::default(),
            slot_q: Default::default(),
            weights_end: Default::default(),
            chunk_bad_q: Default::default(),
            offset_next: Default::default(),
            commands: CommandTable::default(),
            run_length: RunLength::default(),
            payload_write_q1: Default::default(),
            payload_write_q2: Default::default(),
            cmd_load_key: c(Command::LoadKey as u64),
            cmd_load_weights: c(Command::LoadWeights as u64),
            cmd_load_config: c(Command::LoadConfig as u64),
            cmd_run: c(Command::Run as u64),
            offset_bytes: c(WEIGHT_OFFSET_BYTES as u64),
            weight_bytes: c(limits.weight_bytes),
            key_base: c(map::KEY_BASE as u64),
            key_discard: c(map::KEY_DISCARD as u64),
            config_base: c(map::CONFIG_BASE as u64),
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
            self, clock, action, status_q, address, offset, doorbell_q, ring, rang, slot_q, chunk_bad_q, payload_write_q1, payload_write_q2,
            replaying, older_q
        );
        clock!(self, clock, run_length);
        self.commands.cmd.next = self.cmd.val();
        self.ring.d.next = false;
        self.payload_write.next = false;
        self.claim.next = false;
        self.offset_next.next = (self.offset.q.val() >> self.byte_shift.val()) | (bit_cast::<32, 8>(self.data.val()) << self.top_shift.val());
        self.weights_end.next = self.offset.q.val() + bit_cast::<32, 16>(self.length.val()) - bit_cast::<32, 16>(self.offset_bytes.val());
        // (The offset alone is compared too: offset + length would wrap at 2^32.)
        self.chunk_bad_q.d.next = ((self.offset.q.val() & self.seven32.val()) != self.zero32.val())
            | (self.offset.q.val() > self.weight_bytes.val())
            | (self.weights_end.val() > self.weight_bytes.val());

        // A good header: decide what the payload does, and the answer if it fails.
        if self.header_good.val() {
            self.action.d.next = Action::Discard;
            self.status_q.d.next = self.ok.val();
            self.offset.d.next = self.zero32.val();
            self.replaying.d.next = false;
            // The precedence of the answers: unknown command, bad length, window full, repeat.
            if self.commands.unknown.val() {
                self.status_q.d.next = self.unknown_command.val();
            } else if !self.length_ok.val() {
                self.status_q.d.next = self.bad_length.val();
            } else if self.window_full.val() {
                self.status_q.d.next = self.busy_code.val();
            } else if self.repeated.val() {
                self.replaying.d.next = true;
                self.older_q.d.next = self.older.val();
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
                Action::Discard => {}
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
                _ => {
                    self.payload_write.next = true;
                }
            }
        }

        // A refused payload byte (LOAD_WEIGHTS or LOAD_CONFIG while the core is busy) refuses
        // the frame with the core's code.
        self.payload_write_q1.d.next = self.payload_write.val();
        self.payload_write_q2.d.next = self.payload_write_q1.q.val();
        if self.payload_write_q2.q.val() & (self.write_status.val() != self.ok.val()) & (self.status_q.q.val() == self.ok.val()) {
            self.status_q.d.next = self.write_status.val();
        }
        self.run_length.reset.next = self.reset.val();
        self.run_length.config_write.next = self.payload_write.val() & (self.action.q.val() == Action::Config);
        self.run_length.received.next = self.received.val();
        self.run_length.data.next = self.data.val();
        self.run_length.write_status.next = self.write_status.val();
        self.run_bytes.next = self.run_length.run_bytes.val();

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
                self.doorbell_q.d.next = self.key_discard.val();
            } else if self.crc_good.val() & (self.status_q.q.val() == self.ok.val()) & !self.replaying.q.val() {
                self.ring.d.next = self.commands.rings.val();
                self.doorbell_q.d.next = self.commands.doorbell.val();
                self.claim.next = self.commands.run.val();
            }
        }
        if self.frame_lost.val() {
            // Nor may those of a frame cut off by the timeout or a line error.
            self.action.d.next = Action::Discard;
            if self.action.q.val() == Action::Key {
                self.ring.d.next = true;
                self.doorbell_q.d.next = self.key_discard.val();
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

        if self.payload_write.val() {
            self.address.d.next = self.address.q.val() + self.one24.val();
        }
        if self.reset.val() {
            self.action.d.next = Action::Discard;
            self.replaying.d.next = false;
        }
        self.payload_address.next = self.address.q.val();
        self.ringing.next = self.ring.q.val();
        self.doorbell.next = self.doorbell_q.q.val();
        self.status.next = self.status_q.q.val();
        self.slot.next = self.slot_q.q.val();
        self.replay.next = self.replaying.q.val();
        self.replay_older.next = self.older_q.q.val();
        self.carried_out.next = (self.status_q.q.val() == self.ok.val()) & !self.replaying.q.val();
    }
}
