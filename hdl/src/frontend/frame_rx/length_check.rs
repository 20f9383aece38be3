//! The length check of a frame header: the payload length against MAX_PAYLOAD and against the
//! command's own rule (LOAD_KEY: the key; LOAD_WEIGHTS: the offset plus whole 8-byte words up
//! to MAX_WEIGHT_CHUNK; LOAD_CONFIG: the CONFIG block; RUN: exactly layer 0's inputs rounded up
//! to 8 once a model is ready, else whole words up to a slot (so that RUN without a model is
//! answered NO_MODEL, not BAD_LENGTH); the rest: empty). Both results are registered: the length is complete a byte time (50 clocks or more)
//! before the header CRC byte that acts on them arrives.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map as map;
use deeplock_spec::protocol::{Command, MAX_PAYLOAD, MAX_WEIGHT_CHUNK, WEIGHT_OFFSET_BYTES};

use super::RxLimits;
use crate::frontend::constant as c;

/// Judges a header's length, one clock after `cmd` and `length`.
#[derive(LogicBlock)]
pub struct LengthCheck {
    pub clock: Signal<In, Clock>,
    /// The frame's command code.
    pub cmd: Signal<In, Bits<8>>,
    /// The frame's payload length.
    pub length: Signal<In, Bits<16>>,
    /// The core holds a checked model, whose RUN length is `run_bytes`.
    pub model_ready: Signal<In, Bit>,
    pub run_bytes: Signal<In, Bits<16>>,
    /// The length obeys the command's rule (registered).
    pub length_ok: Signal<Out, Bit>,
    /// The length is over MAX_PAYLOAD (registered): the header is bad.
    pub too_long: Signal<Out, Bit>,
    rule: Signal<Local, Bit>,
    length_ok_q: DFF<Bit>,
    too_long_q: DFF<Bit>,
    cmd_load_key: Constant<Bits<8>>,
    cmd_load_weights: Constant<Bits<8>>,
    cmd_load_config: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    max_payload: Constant<Bits<16>>,
    key_bytes: Constant<Bits<16>>,
    offset_bytes: Constant<Bits<16>>,
    max_weight_frame: Constant<Bits<16>>,
    slot_bytes: Constant<Bits<16>>,
    config_bytes: Constant<Bits<16>>,
    zero16: Constant<Bits<16>>,
    seven16: Constant<Bits<16>>,
}

impl LengthCheck {
    pub fn new(limits: RxLimits) -> Self {
        LengthCheck {
            clock: Default::default(),
            cmd: Default::default(),
            length: Default::default(),
            model_ready: Default::default(),
            run_bytes: Default::default(),
            length_ok: Default::default(),
            too_long: Default::default(),
            rule: Default::default(),
            length_ok_q: Default::default(),
            too_long_q: Default::default(),
            cmd_load_key: c(Command::LoadKey as u64),
            cmd_load_weights: c(Command::LoadWeights as u64),
            cmd_load_config: c(Command::LoadConfig as u64),
            cmd_run: c(Command::Run as u64),
            max_payload: c(MAX_PAYLOAD as u64),
            key_bytes: c(map::KEY_BYTES as u64),
            offset_bytes: c(WEIGHT_OFFSET_BYTES as u64),
            max_weight_frame: c((WEIGHT_OFFSET_BYTES + MAX_WEIGHT_CHUNK) as u64),
            slot_bytes: c(limits.slot_bytes),
            config_bytes: c(limits.config_bytes),
            zero16: c(0),
            seven16: c(7),
        }
    }
}

impl Logic for LengthCheck {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, length_ok_q, too_long_q);
        self.too_long_q.d.next = self.length.val() > self.max_payload.val();
        self.rule.next = self.length.val() == self.zero16.val();
        if self.cmd.val() == self.cmd_load_key.val() {
            self.rule.next = self.length.val() == self.key_bytes.val();
        }
        if self.cmd.val() == self.cmd_load_weights.val() {
            self.rule.next = (self.length.val() > self.offset_bytes.val())
                & (self.length.val() <= self.max_weight_frame.val())
                & (((self.length.val() - self.offset_bytes.val()) & self.seven16.val()) == self.zero16.val());
        }
        if self.cmd.val() == self.cmd_load_config.val() {
            self.rule.next = self.length.val() == self.config_bytes.val();
        }
        if self.cmd.val() == self.cmd_run.val() {
            self.rule.next = (self.length.val() != self.zero16.val())
                & (self.length.val() <= self.slot_bytes.val())
                & ((self.length.val() & self.seven16.val()) == self.zero16.val());
            if self.model_ready.val() {
                self.rule.next = self.length.val() == self.run_bytes.val();
            }
        }
        self.length_ok_q.d.next = self.rule.val();
        self.length_ok.next = self.length_ok_q.q.val();
        self.too_long.next = self.too_long_q.q.val();
    }
}
