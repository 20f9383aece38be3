//! The job queue of the frame transmitter: the [`JobFifo`] of frame jobs, and the job being
//! answered. That job first waits for its outcome: a RUN for its doorbell and then its slot's
//! result, a LOAD_CONFIG for the core's check, a LOAD_KEY for the key commit. The outcome decides
//! the answer's status and where its data is read from; then the response sender sends it. A
//! RUN's slot is released once its answer is out.
//!
//! Repeats (docs/protocol.md §2): the [`AnswerMemory`] keeps the answers of the last two jobs the
//! receiver remembered, and a repeat job is answered with the one it names, at once.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, SLOTS};
use deeplock_spec::protocol::{Command, ErrorCode};

use crate::frontend::constant as c;
use crate::frontend::frame_job::FrameJobSink;
use crate::frontend::run_report::RunReportSink;
use super::answer_memory::AnswerMemory;
use super::job_fifo::{JobFifo, JobWord, JOB_WORD_BITS};

/// Clocks from a LOAD_KEY's commit doorbell until the key register's outcome is certain: the
/// core's settle time, plus the clock the doorbell spends crossing the write register.
const KEY_OUTCOME_CLOCKS: u64 = map::KEY_SETTLE_CLOCKS + 1;

// hdl_gen writes a shift or a part-select's index as it is spelled, so the packing spells
// JobWord's positions as literals: they must stay these.
const _: () = assert!(JobWord::CMD == 0 && JobWord::SEQ == 8 && JobWord::STATUS == 16);

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
    /// The jobs waiting.
    fifo: JobFifo,
    /// The flags of the job word, each its own word: a signal read back after it was set in the
    /// same update sees its settled value in rust-hdl's simulation, not the new one.
    slot_word: Signal<Local, Bits<JOB_WORD_BITS>>,
    replay_word: Signal<Local, Bits<JOB_WORD_BITS>>,
    older_word: Signal<Local, Bits<JOB_WORD_BITS>>,
    remember_word: Signal<Local, Bits<JOB_WORD_BITS>>,
    zero_word: Constant<Bits<JOB_WORD_BITS>>,
    slot_flag: Constant<Bits<JOB_WORD_BITS>>,
    replay_flag: Constant<Bits<JOB_WORD_BITS>>,
    replay_older_flag: Constant<Bits<JOB_WORD_BITS>>,
    remember_flag: Constant<Bits<JOB_WORD_BITS>>,
    zero_slots: Constant<Bits<SLOTS>>,
    // The job being answered.
    cmd_q: DFF<Bits<8>>,
    seq_q: DFF<Bits<8>>,
    status_q: DFF<Bits<8>>,
    slot: DFF<Bit>,
    replay_q: DFF<Bit>,
    replay_older_q: DFF<Bit>,
    remember_q: DFF<Bit>,
    /// The answers of the last two remembered jobs, for repeats.
    answers: AnswerMemory,
    settle: DFF<Bits<4>>,
    data_base_q: DFF<Bits<24>>,
    have_result: DFF<Bit>,
    last_slot: DFF<Bit>,
    freed: DFF<Bits<SLOTS>>,
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
            fifo: JobFifo::default(),
            slot_word: Default::default(),
            replay_word: Default::default(),
            older_word: Default::default(),
            remember_word: Default::default(),
            zero_word: c(0),
            slot_flag: c(1 << JobWord::SLOT),
            replay_flag: c(1 << JobWord::REPLAY),
            replay_older_flag: c(1 << JobWord::REPLAY_OLDER),
            remember_flag: c(1 << JobWord::REMEMBER),
            zero_slots: c(0),
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
            cmd_q: Default::default(),
            seq_q: Default::default(),
            status_q: Default::default(),
            slot: Default::default(),
            replay_q: Default::default(),
            replay_older_q: Default::default(),
            remember_q: Default::default(),
            answers: AnswerMemory::default(),
            settle: Default::default(),
            data_base_q: Default::default(),
            have_result: Default::default(),
            last_slot: Default::default(),
            freed: Default::default(),
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
            self, clock, cmd_q, seq_q, status_q, slot, replay_q, replay_older_q, remember_q,
            settle, data_base_q, have_result, last_slot, freed
        );
        clock!(self, clock, fifo, answers);
        self.freed.d.next = self.zero_slots.val();
        self.decided.next = false;
        self.to_result.next = false;

        // ---- The FIFO: the receiver pushes, an idle sender takes the head.
        self.fifo.reset.next = self.reset.val();
        self.fifo.push.next = self.job.valid.val();
        self.slot_word.next = self.zero_word.val();
        if self.job.slot.val() {
            self.slot_word.next = self.slot_flag.val();
        }
        self.replay_word.next = self.zero_word.val();
        if self.job.replay.val() {
            self.replay_word.next = self.replay_flag.val();
        }
        self.older_word.next = self.zero_word.val();
        if self.job.replay_older.val() {
            self.older_word.next = self.replay_older_flag.val();
        }
        self.remember_word.next = self.zero_word.val();
        if self.job.remember.val() {
            self.remember_word.next = self.remember_flag.val();
        }
        self.fifo.push_word.next = bit_cast::<JOB_WORD_BITS, 8>(self.job.cmd.val())
            | (bit_cast::<JOB_WORD_BITS, 8>(self.job.seq.val()) << 8)
            | (bit_cast::<JOB_WORD_BITS, 8>(self.job.status.val()) << 16)
            | self.slot_word.val()
            | self.replay_word.val()
            | self.older_word.val()
            | self.remember_word.val();
        self.fifo.idle.next = self.idle.val();
        self.job.window_full.next = self.fifo.window_full.val();
        self.dropped.next = self.fifo.dropped.val();
        self.queued_any.next = self.fifo.queued_any.val();
        if self.fifo.pop.val() {
            self.cmd_q.d.next = self.fifo.head.val().get_bits::<8>(0);
            self.seq_q.d.next = self.fifo.head.val().get_bits::<8>(8);
            self.status_q.d.next = self.fifo.head.val().get_bits::<8>(16);
            self.slot.d.next = (self.fifo.head.val() & self.slot_flag.val()).any();
            self.replay_q.d.next = (self.fifo.head.val() & self.replay_flag.val()).any();
            self.replay_older_q.d.next = (self.fifo.head.val() & self.replay_older_flag.val()).any();
            self.remember_q.d.next = (self.fifo.head.val() & self.remember_flag.val()).any();
            self.settle.d.next = self.zero4.val();
        }

        // ---- A repeat's answer: the one its original got.
        self.answers.older.next = self.replay_older_q.q.val();
        self.answers.remember.next = self.answered.val() & self.remember_q.q.val();
        self.answers.status.next = self.status_q.q.val();
        self.answers.slot.next = self.slot.q.val();

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
            } else if self.replay_q.q.val() {
                self.status_q.d.next = self.answers.recalled_status.val();
                self.data_base_q.d.next = self.result0.val();
                if self.answers.recalled_slot.val() {
                    self.data_base_q.d.next = self.result1.val();
                }
                self.to_result.next = (self.cmd_q.q.val() == self.cmd_run.val()) & (self.answers.recalled_status.val() == self.ok.val());
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
        // ---- A RUN's answer is out (not a repeat's): its slot is free again.
        if self.answered.val() & (self.cmd_q.q.val() == self.cmd_run.val()) & !self.replay_q.q.val() {
            self.freed.d.next = self.bit0.val();
            if self.slot.q.val() {
                self.freed.d.next = self.bit1.val();
            }
        }
        if self.reset.val() {
            self.have_result.d.next = false;
        }
        self.run.release.next = self.freed.q.val();
        self.cmd.next = self.cmd_q.q.val();
        self.seq.next = self.seq_q.q.val();
        self.status.next = self.status_q.q.val();
        self.data_base.next = self.data_base_q.q.val();
    }
}
