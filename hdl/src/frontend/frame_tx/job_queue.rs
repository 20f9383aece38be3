//! The job queue of the frame transmitter: the frame jobs from the receiver, two deep (the
//! host's window, MAX_OUTSTANDING), then two refused jobs (a host that ignores the window: the
//! receiver answered them BUSY, or BAD_LENGTH / UNKNOWN_COMMAND, and did nothing), answered after
//! the queue in order; a job beyond those is dropped and counted as refused (`dropped`). The
//! window is full (`job.window_full`) when two requests are unanswered or a refused one waits.
//! The job being answered first waits for its outcome: a RUN for its doorbell and then its slot's result, a LOAD_CONFIG for the core's
//! check, a LOAD_KEY for the key commit. The outcome decides the answer's status and where its
//! data is read from; then the response sender sends it. A RUN's slot is released once its
//! answer is out.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, SLOTS};
use deeplock_spec::protocol::{Command, ErrorCode};

use crate::frontend::constant as c;
use crate::frontend::frame_job::FrameJobSink;
use crate::frontend::run_report::RunReportSink;

/// Clocks from a LOAD_KEY's commit doorbell until the key register's outcome is certain: the
/// core's settle time, plus the clock the doorbell spends crossing the write register.
const KEY_OUTCOME_CLOCKS: u64 = map::KEY_SETTLE_CLOCKS + 1;

/// Queues frame jobs and waits for the outcome of the one being answered.
#[derive(LogicBlock)]
pub struct JobQueue {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- From the receiver.
    /// The frames to answer.
    pub job: FrameJobSink,
    /// Which RUN doorbells have rung and the core's answers; the slots released here.
    pub run: RunReportSink,
    // ---- The core's state.
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
    // ---- The response sender.
    /// The sender is idle: the head job becomes the current one.
    pub idle: Signal<In, Bit>,
    /// The sender waits for the current job's outcome.
    pub waiting: Signal<In, Bit>,
    /// One clock: the last byte of the answer is out.
    pub answered: Signal<In, Bit>,
    /// A job is queued.
    pub queued_any: Signal<Out, Bit>,
    /// One clock, while `waiting`: the outcome is in, the answer can go.
    pub decided: Signal<Out, Bit>,
    /// With `decided`: the answer is a RESULT, whose length is read first.
    pub to_result: Signal<Out, Bit>,
    /// The current job's command code.
    pub cmd: Signal<Out, Bits<8>>,
    /// Its sequence number.
    pub seq: Signal<Out, Bits<8>>,
    /// Its answer's status.
    pub status: Signal<Out, Bits<8>>,
    /// Where the answer's data is read from.
    pub data_base: Signal<Out, Bits<24>>,
    /// One clock: a job found no place and gets no answer (counted as refused).
    pub dropped: Signal<Out, Bit>,
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
    // The refused jobs beyond the window (their status is never OK; no slot).
    refused: DFF<Bits<2>>,
    r0_cmd: DFF<Bits<8>>,
    r0_seq: DFF<Bits<8>>,
    r0_status: DFF<Bits<8>>,
    r1_cmd: DFF<Bits<8>>,
    r1_seq: DFF<Bits<8>>,
    r1_status: DFF<Bits<8>>,
    pop_refused: Signal<Local, Bit>,
    // The job being answered.
    cmd_q: DFF<Bits<8>>,
    seq_q: DFF<Bits<8>>,
    status_q: DFF<Bits<8>>,
    slot: DFF<Bit>,
    settle: DFF<Bits<4>>,
    data_base_q: DFF<Bits<24>>,
    have_result: DFF<Bit>,
    last_slot: DFF<Bit>,
    freed: DFF<Bits<SLOTS>>,
    pop: Signal<Local, Bit>,
    run_status: Signal<Local, Bits<8>>,
    rung: Signal<Local, Bit>,
    done: Signal<Local, Bit>,
    cmd_status: Constant<Bits<8>>,
    cmd_load_key: Constant<Bits<8>>,
    cmd_load_config: Constant<Bits<8>>,
    cmd_run: Constant<Bits<8>>,
    cmd_read_result: Constant<Bits<8>>,
    ok: Constant<Bits<8>>,
    bad_length: Constant<Bits<8>>,
    no_result: Constant<Bits<8>>,
    info_base: Constant<Bits<24>>,
    status_base: Constant<Bits<24>>,
    result0: Constant<Bits<24>>,
    result1: Constant<Bits<24>>,
    settle_clocks: Constant<Bits<4>>,
    zero2: Constant<Bits<2>>,
    one2: Constant<Bits<2>>,
    two2: Constant<Bits<2>>,
    bit0: Constant<Bits<SLOTS>>,
    bit1: Constant<Bits<SLOTS>>,
    zero4: Constant<Bits<4>>,
    one4: Constant<Bits<4>>,
}

impl Default for JobQueue {
    fn default() -> Self {
        assert!(KEY_OUTCOME_CLOCKS < 16, "the settle counter is 4 bits");
        JobQueue {
            clock: Default::default(),
            reset: Default::default(),
            job: Default::default(),
            run: Default::default(),
            core_busy: Default::default(),
            slot_done: Default::default(),
            key_loaded: Default::default(),
            model_ready: Default::default(),
            last_error: Default::default(),
            idle: Default::default(),
            waiting: Default::default(),
            answered: Default::default(),
            queued_any: Default::default(),
            decided: Default::default(),
            to_result: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            status: Default::default(),
            data_base: Default::default(),
            dropped: Default::default(),
            queued: Default::default(),
            q0_cmd: Default::default(),
            q0_seq: Default::default(),
            q0_status: Default::default(),
            q0_slot: Default::default(),
            q1_cmd: Default::default(),
            q1_seq: Default::default(),
            q1_status: Default::default(),
            q1_slot: Default::default(),
            refused: Default::default(),
            r0_cmd: Default::default(),
            r0_seq: Default::default(),
            r0_status: Default::default(),
            r1_cmd: Default::default(),
            r1_seq: Default::default(),
            r1_status: Default::default(),
            pop_refused: Default::default(),
            cmd_q: Default::default(),
            seq_q: Default::default(),
            status_q: Default::default(),
            slot: Default::default(),
            settle: Default::default(),
            data_base_q: Default::default(),
            have_result: Default::default(),
            last_slot: Default::default(),
            freed: Default::default(),
            pop: Default::default(),
            run_status: Default::default(),
            rung: Default::default(),
            done: Default::default(),
            cmd_status: c(Command::Status as u64),
            cmd_load_key: c(Command::LoadKey as u64),
            cmd_load_config: c(Command::LoadConfig as u64),
            cmd_run: c(Command::Run as u64),
            cmd_read_result: c(Command::ReadResult as u64),
            ok: c(ErrorCode::Ok as u64),
            bad_length: c(ErrorCode::BadLength as u64),
            no_result: c(ErrorCode::NoResult as u64),
            info_base: c(map::INFO_BASE as u64),
            status_base: c(map::STATUS_BASE as u64),
            result0: c(map::RESULT_BASE as u64),
            result1: c((map::RESULT_BASE + map::SLOT_STRIDE) as u64),
            settle_clocks: c(KEY_OUTCOME_CLOCKS),
            zero2: c(0),
            one2: c(1),
            two2: c(2),
            bit0: c(1),
            bit1: c(2),
            zero4: c(0),
            one4: c(1),
        }
    }
}

impl Logic for JobQueue {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, queued, q0_cmd, q0_seq, q0_status, q0_slot, q1_cmd, q1_seq, q1_status, q1_slot, cmd_q, seq_q, status_q, slot, settle,
            data_base_q, have_result, last_slot, freed, refused, r0_cmd, r0_seq, r0_status, r1_cmd, r1_seq, r1_status
        );
        self.dropped.next = false;
        self.freed.d.next = self.zero2.val();
        self.decided.next = false;
        self.to_result.next = false;

        // ---- The queue: the receiver pushes, the answer in progress pops the head.
        self.pop.next = self.idle.val() & (self.queued.q.val() != self.zero2.val());
        if self.pop.val() {
            self.cmd_q.d.next = self.q0_cmd.q.val();
            self.seq_q.d.next = self.q0_seq.q.val();
            self.status_q.d.next = self.q0_status.q.val();
            self.slot.d.next = self.q0_slot.q.val();
            self.settle.d.next = self.zero4.val();
            // The second job moves up.
            self.q0_cmd.d.next = self.q1_cmd.q.val();
            self.q0_seq.d.next = self.q1_seq.q.val();
            self.q0_status.d.next = self.q1_status.q.val();
            self.q0_slot.d.next = self.q1_slot.q.val();
            self.queued.d.next = self.queued.q.val() - self.one2.val();
        }
        // The refused jobs go after the queue: popped when it is empty.
        self.pop_refused.next = self.idle.val() & (self.queued.q.val() == self.zero2.val()) & (self.refused.q.val() != self.zero2.val());
        if self.pop_refused.val() {
            self.cmd_q.d.next = self.r0_cmd.q.val();
            self.seq_q.d.next = self.r0_seq.q.val();
            self.status_q.d.next = self.r0_status.q.val();
            self.slot.d.next = false;
            self.settle.d.next = self.zero4.val();
            self.r0_cmd.d.next = self.r1_cmd.q.val();
            self.r0_seq.d.next = self.r1_seq.q.val();
            self.r0_status.d.next = self.r1_status.q.val();
            self.refused.d.next = self.refused.q.val() - self.one2.val();
        }
        if self.job.valid.val() {
            // Into the first free place (with a pop this clock, the places have moved up). A job
            // is queued only while no refused one waits, so the answers stay in order (a job
            // that started with the window full was refused by the receiver).
            if self.refused.q.val() != self.zero2.val() {
                if (self.refused.q.val() == self.one2.val()) & self.pop_refused.val() {
                    self.r0_cmd.d.next = self.job.cmd.val();
                    self.r0_seq.d.next = self.job.seq.val();
                    self.r0_status.d.next = self.job.status.val();
                    self.refused.d.next = self.one2.val();
                } else if (self.refused.q.val() == self.one2.val()) | self.pop_refused.val() {
                    self.r1_cmd.d.next = self.job.cmd.val();
                    self.r1_seq.d.next = self.job.seq.val();
                    self.r1_status.d.next = self.job.status.val();
                    self.refused.d.next = self.two2.val();
                } else {
                    self.dropped.next = true;
                }
            } else if (self.queued.q.val() == self.zero2.val()) | ((self.queued.q.val() == self.one2.val()) & self.pop.val()) {
                self.q0_cmd.d.next = self.job.cmd.val();
                self.q0_seq.d.next = self.job.seq.val();
                self.q0_status.d.next = self.job.status.val();
                self.q0_slot.d.next = self.job.slot.val();
                self.queued.d.next = self.one2.val();
            } else if (self.queued.q.val() == self.one2.val()) | self.pop.val() {
                self.q1_cmd.d.next = self.job.cmd.val();
                self.q1_seq.d.next = self.job.seq.val();
                self.q1_status.d.next = self.job.status.val();
                self.q1_slot.d.next = self.job.slot.val();
                self.queued.d.next = self.two2.val();
            } else {
                // The queue is full (only a refused job gets here): it waits after the queue.
                self.r0_cmd.d.next = self.job.cmd.val();
                self.r0_seq.d.next = self.job.seq.val();
                self.r0_status.d.next = self.job.status.val();
                self.refused.d.next = self.one2.val();
            }
        }
        // The window: two unanswered requests (one being answered counts), or a refused one.
        self.job.window_full.next = (self.refused.q.val() != self.zero2.val())
            | (self.queued.q.val() == self.two2.val())
            | ((self.queued.q.val() == self.one2.val()) & !self.idle.val());

        // ---- The outcome of the current job: it decides the status, then the data.
        self.run_status.next = self.run.status0.val();
        self.rung.next = (self.run.rung.val() & self.bit0.val()).any();
        self.done.next = (self.slot_done.val() & self.bit0.val()).any();
        if self.slot.q.val() {
            self.run_status.next = self.run.status1.val();
            self.rung.next = (self.run.rung.val() & self.bit1.val()).any();
            self.done.next = (self.slot_done.val() & self.bit1.val()).any();
        }
        if self.waiting.val() {
            if self.status_q.q.val() != self.ok.val() {
                self.decided.next = true;
            } else if self.cmd_q.q.val() == self.cmd_run.val() {
                if self.rung.val() {
                    if self.run_status.val() != self.ok.val() {
                        self.status_q.d.next = self.run_status.val();
                        self.decided.next = true;
                    } else if self.done.val() {
                        self.data_base_q.d.next = self.result0.val();
                        if self.slot.q.val() {
                            self.data_base_q.d.next = self.result1.val();
                        }
                        self.have_result.d.next = true;
                        self.last_slot.d.next = self.slot.q.val();
                        self.decided.next = true;
                        self.to_result.next = true;
                    }
                }
            } else if self.cmd_q.q.val() == self.cmd_read_result.val() {
                self.decided.next = true;
                if self.have_result.q.val() {
                    self.data_base_q.d.next = self.result0.val();
                    if self.last_slot.q.val() {
                        self.data_base_q.d.next = self.result1.val();
                    }
                    self.to_result.next = true;
                } else {
                    self.status_q.d.next = self.no_result.val();
                }
            } else if self.cmd_q.q.val() == self.cmd_load_config.val() {
                if !self.core_busy.val() {
                    if !self.model_ready.val() {
                        self.status_q.d.next = self.last_error.val();
                    }
                    self.decided.next = true;
                }
            } else if self.cmd_q.q.val() == self.cmd_load_key.val() {
                self.settle.d.next = self.settle.q.val() + self.one4.val();
                if self.settle.q.val() == self.settle_clocks.val() {
                    if !self.key_loaded.val() {
                        self.status_q.d.next = self.bad_length.val();
                    }
                    self.decided.next = true;
                }
            } else {
                self.data_base_q.d.next = self.info_base.val();
                if self.cmd_q.q.val() == self.cmd_status.val() {
                    self.data_base_q.d.next = self.status_base.val();
                }
                self.decided.next = true;
            }
        }
        // ---- A RUN's answer is out: its slot is free again.
        if self.answered.val() & (self.cmd_q.q.val() == self.cmd_run.val()) {
            self.freed.d.next = self.bit0.val();
            if self.slot.q.val() {
                self.freed.d.next = self.bit1.val();
            }
        }
        if self.reset.val() {
            self.queued.d.next = self.zero2.val();
            self.refused.d.next = self.zero2.val();
            self.have_result.d.next = false;
        }
        self.queued_any.next = (self.queued.q.val() != self.zero2.val()) | (self.refused.q.val() != self.zero2.val());
        self.run.release.next = self.freed.q.val();
        self.cmd.next = self.cmd_q.q.val();
        self.seq.next = self.seq_q.q.val();
        self.status.next = self.status_q.q.val();
        self.data_base.next = self.data_base_q.q.val();
    }
}
