//! Run control of the accelerator core: what the core is doing and what it reports. An accepted
//! RUN starts an inference on a slot, CONFIG_COMMIT starts the checker, a key commit or clear
//! lets the key register settle; the core is busy during any of them. It keeps `model_ready`, the
//! slots' done flags, the last error and the counters STATUS reports (runs, uptime) and the
//! cycle count the RESULT header carries.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, SLOTS};
use deeplock_spec::protocol::ErrorCode;

use super::constant;

/// Run control of the accelerator core.
#[derive(LogicBlock)]
pub struct RunControl {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: nothing running, no model, no results, no error, counters zero.
    pub reset: Signal<In, Bit>,
    // ---- Commands (accepted writes, from the write decode).
    /// RUN on slot `run_slot`.
    pub run: Signal<In, Bit>,
    pub run_slot: Signal<In, Bit>,
    /// CONFIG_COMMIT: check the block.
    pub config_commit: Signal<In, Bit>,
    /// The resident model changed: not ready until checked again.
    pub model_changes: Signal<In, Bit>,
    /// A key commit or clear: busy while the key register settles.
    pub key_changes: Signal<In, Bit>,
    /// A write was refused with `refuse_code`.
    pub refused: Signal<In, Bit>,
    pub refuse_code: Signal<In, Bits<8>>,
    // ---- Outcomes.
    /// The key register rejected a commit (BAD_LENGTH).
    pub key_commit_error: Signal<In, Bit>,
    /// The checker's done pulse and verdict.
    pub check_done: Signal<In, Bit>,
    pub check_error: Signal<In, Bits<8>>,
    /// The output stage finished the inference.
    pub run_done: Signal<In, Bit>,
    // ---- State.
    /// Running, checking or settling a key.
    pub busy: Signal<Out, Bit>,
    /// The RUN, one clock later: starts the pipeline (streamer, key schedule, sequencer, output
    /// stage), so the write decode and their start logic are not one path.
    pub start: Signal<Out, Bit>,
    /// An inference runs on input slot `running_slot`.
    pub running: Signal<Out, Bit>,
    pub running_slot: Signal<Out, Bit>,
    /// The checker's start strobe, a clock after the commit.
    pub check_start: Signal<Out, Bit>,
    /// The checker owns the config field select and the weight memory's read port.
    pub checking: Signal<Out, Bit>,
    /// A CONFIG block passed the checker: RUN may start.
    pub model_ready: Signal<Out, Bit>,
    /// Bit s: slot s holds a finished result.
    pub slot_done: Signal<Out, Bits<SLOTS>>,
    /// The last error code (0 if none since reset).
    pub last_error: Signal<Out, Bits<8>>,
    /// Inferences finished, clocks since reset, clocks of the current inference.
    pub runs: Signal<Out, Bits<32>>,
    pub uptime: Signal<Out, Bits<64>>,
    pub cycles: Signal<Out, Bits<32>>,
    ready: DFF<Bit>,
    running_q: DFF<Bit>,
    running_slot_q: DFF<Bit>,
    done_slots: DFF<Bits<SLOTS>>,
    error_code: DFF<Bits<8>>,
    runs_q: DFF<Bits<32>>,
    uptime_q: DFF<Bits<64>>,
    cycles_q: DFF<Bits<32>>,
    /// `run`, one clock later (see `start`). Run control acts on `run` itself, so the core is
    /// busy from the clock after the RUN write.
    start_q: DFF<Bit>,
    key_settle: DFF<Bits<3>>,
    /// The checker runs, or delivers its result (from its start to its done pulse, which the
    /// core acts on at the next edge): the config field select and the weight memory read port
    /// are the checker's. A register, so those multiplexers do not hang off the checker's state.
    checking_q: DFF<Bit>,
    /// The checker starts a clock after the commit (its start logic is not behind the write
    /// decode); the core counts as checking, hence busy, from the clock after the write.
    check_start_q: DFF<Bit>,
    zero3: Constant<Bits<3>>,
    one3: Constant<Bits<3>>,
    settle_clocks: Constant<Bits<3>>,
    zero2: Constant<Bits<SLOTS>>,
    one2: Constant<Bits<SLOTS>>,
    two2: Constant<Bits<SLOTS>>,
    not_one2: Constant<Bits<SLOTS>>,
    not_two2: Constant<Bits<SLOTS>>,
    zero8: Constant<Bits<8>>,
    zero32: Constant<Bits<32>>,
    one32: Constant<Bits<32>>,
    zero64: Constant<Bits<64>>,
    one64: Constant<Bits<64>>,
    code_bad_length: Constant<Bits<8>>,
}

impl Default for RunControl {
    fn default() -> Self {
        assert_eq!(SLOTS, 2, "two input slots");
        assert!(map::KEY_SETTLE_CLOCKS < 8, "key settle count fits 3 bits");
        RunControl {
            clock: Default::default(),
            reset: Default::default(),
            run: Default::default(),
            run_slot: Default::default(),
            config_commit: Default::default(),
            model_changes: Default::default(),
            key_changes: Default::default(),
            refused: Default::default(),
            refuse_code: Default::default(),
            key_commit_error: Default::default(),
            check_done: Default::default(),
            check_error: Default::default(),
            run_done: Default::default(),
            busy: Default::default(),
            start: Default::default(),
            running: Default::default(),
            running_slot: Default::default(),
            check_start: Default::default(),
            checking: Default::default(),
            model_ready: Default::default(),
            slot_done: Default::default(),
            last_error: Default::default(),
            runs: Default::default(),
            uptime: Default::default(),
            cycles: Default::default(),
            ready: Default::default(),
            running_q: Default::default(),
            running_slot_q: Default::default(),
            done_slots: Default::default(),
            error_code: Default::default(),
            runs_q: Default::default(),
            uptime_q: Default::default(),
            cycles_q: Default::default(),
            start_q: Default::default(),
            key_settle: Default::default(),
            checking_q: Default::default(),
            check_start_q: Default::default(),
            zero3: constant(0),
            one3: constant(1),
            settle_clocks: constant(map::KEY_SETTLE_CLOCKS),
            zero2: constant(0),
            one2: constant(1),
            two2: constant(2),
            not_one2: constant(2),
            not_two2: constant(1),
            zero8: constant(0),
            zero32: constant(0),
            one32: constant(1),
            zero64: constant(0),
            one64: constant(1),
            code_bad_length: constant(ErrorCode::BadLength as u64),
        }
    }
}

impl Logic for RunControl {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, ready, running_q, running_slot_q, done_slots, error_code, runs_q, uptime_q, cycles_q, start_q, key_settle,
            checking_q, check_start_q
        );
        self.uptime_q.d.next = self.uptime_q.q.val() + self.one64.val();
        // The key register takes a few clocks to settle a commit or a clear: busy until then, so a
        // host that waits for idle reads the outcome in STATUS.
        self.busy.next = self.running_q.q.val() | self.checking_q.q.val() | (self.key_settle.q.val() != self.zero3.val());
        if self.key_settle.q.val() != self.zero3.val() {
            self.key_settle.d.next = self.key_settle.q.val() - self.one3.val();
        }
        if self.key_changes.val() {
            self.key_settle.d.next = self.settle_clocks.val();
        }

        // Errors: a refused write, a rejected key commit, a failed check.
        if self.refused.val() {
            self.error_code.d.next = self.refuse_code.val();
        }
        if self.key_commit_error.val() {
            self.error_code.d.next = self.code_bad_length.val();
        }

        // The model: checked after CONFIG_COMMIT, forgotten when it changes.
        self.check_start_q.d.next = self.config_commit.val() & !self.reset.val();
        // Set by the commit, cleared after the checker's done pulse.
        self.checking_q.d.next = self.config_commit.val() | (self.checking_q.q.val() & !self.check_done.val());
        if self.reset.val() {
            self.checking_q.d.next = false;
        }
        if self.model_changes.val() {
            self.ready.d.next = false;
        }
        if self.check_done.val() {
            self.ready.d.next = self.check_error.val() == self.zero8.val();
            if self.check_error.val() != self.zero8.val() {
                self.error_code.d.next = self.check_error.val();
            }
        }

        // Inferences.
        self.start_q.d.next = self.run.val();
        if self.running_q.q.val() {
            self.cycles_q.d.next = self.cycles_q.q.val() + self.one32.val();
        }
        if self.run.val() {
            self.running_q.d.next = true;
            self.running_slot_q.d.next = self.run_slot.val();
            if self.run_slot.val() {
                self.done_slots.d.next = self.done_slots.q.val() & self.not_two2.val();
            } else {
                self.done_slots.d.next = self.done_slots.q.val() & self.not_one2.val();
            }
        }
        if self.start_q.q.val() {
            self.cycles_q.d.next = self.zero32.val();
        }
        if self.run_done.val() {
            self.running_q.d.next = false;
            self.runs_q.d.next = self.runs_q.q.val() + self.one32.val();
            if self.running_slot_q.q.val() {
                self.done_slots.d.next = self.done_slots.q.val() | self.two2.val();
            } else {
                self.done_slots.d.next = self.done_slots.q.val() | self.one2.val();
            }
        }

        if self.reset.val() {
            self.ready.d.next = false;
            self.running_q.d.next = false;
            self.done_slots.d.next = self.zero2.val();
            self.error_code.d.next = self.zero8.val();
            self.runs_q.d.next = self.zero32.val();
            self.uptime_q.d.next = self.zero64.val();
        }
        self.start.next = self.start_q.q.val();
        self.running.next = self.running_q.q.val();
        self.running_slot.next = self.running_slot_q.q.val();
        self.check_start.next = self.check_start_q.q.val();
        self.checking.next = self.checking_q.q.val();
        self.model_ready.next = self.ready.q.val();
        self.slot_done.next = self.done_slots.q.val();
        self.last_error.next = self.error_code.q.val();
        self.runs.next = self.runs_q.q.val();
        self.uptime.next = self.uptime_q.q.val();
        self.cycles.next = self.cycles_q.q.val();
    }
}
