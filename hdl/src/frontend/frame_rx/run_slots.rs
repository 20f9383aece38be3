//! The run slots: the receiver's two input slots and their RUN doorbells. A good RUN frame
//! claims the next slot (its input is already in it); its doorbell waits in a pending flag until
//! the core is idle, so frames keep arriving while an inference runs. The core's answer to each
//! doorbell, and that it has rung, go to the transmitter in the run report; the transmitter
//! releases the slot when it has answered the RUN.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::SLOTS;

use crate::frontend::constant as c;
use crate::frontend::run_report::RunReportSource;

/// Allocates slots to RUN frames and rings their doorbells when the core is idle.
#[derive(LogicBlock)]
pub struct RunSlots {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- The core.
    /// The core is busy (a RUN doorbell waits for it).
    pub core_busy: Signal<In, Bit>,
    /// The core's status for a write, two clocks after it is decided.
    pub write_status: Signal<In, Bits<8>>,
    // ---- The command decoder and the parser.
    /// A frame's doorbell takes the write channel this clock.
    pub ringing: Signal<In, Bit>,
    /// The parser waits for a frame doorbell's answer: the channel must stay quiet.
    pub closing: Signal<In, Bit>,
    /// One clock: a good RUN frame claims `claim_slot`.
    pub claim: Signal<In, Bit>,
    /// The slot claimed.
    pub claim_slot: Signal<In, Bit>,
    /// The slot the next RUN goes to.
    pub next_slot: Signal<Out, Bit>,
    /// That slot still holds an unanswered RUN.
    pub next_slot_busy: Signal<Out, Bit>,
    /// A RUN doorbell takes the write channel this clock.
    pub run_write: Signal<Out, Bit>,
    /// The slot of that doorbell.
    pub run_slot: Signal<Out, Bit>,
    // ---- The transmitter.
    /// Which doorbells have rung, the core's answers; the transmitter's releases.
    pub report: RunReportSource,
    next_slot_q: DFF<Bit>,
    slot_busy: DFF<Bits<SLOTS>>,
    pending: DFF<Bits<SLOTS>>,
    rung: DFF<Bits<SLOTS>>,
    run_next: DFF<Bit>,
    issued: DFF<Bit>,
    issued_slot: DFF<Bit>,
    status0: DFF<Bits<8>>,
    status1: DFF<Bits<8>>,
    /// `core_busy`, one clock late: the RUN decision starts at flip-flops.
    busy_q: DFF<Bit>,
    /// `issued`, one clock later: the RUN doorbell's answer is on `write_status`.
    answered: DFF<Bit>,
    answered_slot: DFF<Bit>,
    zero2: Constant<Bits<SLOTS>>,
    bit0: Constant<Bits<SLOTS>>,
    bit1: Constant<Bits<SLOTS>>,
}

impl Default for RunSlots {
    fn default() -> Self {
        assert_eq!(SLOTS, 2, "the run slots are written for two slots");
        RunSlots {
            clock: Default::default(),
            reset: Default::default(),
            core_busy: Default::default(),
            write_status: Default::default(),
            ringing: Default::default(),
            closing: Default::default(),
            claim: Default::default(),
            claim_slot: Default::default(),
            next_slot: Default::default(),
            next_slot_busy: Default::default(),
            run_write: Default::default(),
            run_slot: Default::default(),
            report: Default::default(),
            next_slot_q: Default::default(),
            slot_busy: Default::default(),
            pending: Default::default(),
            rung: Default::default(),
            run_next: Default::default(),
            issued: Default::default(),
            issued_slot: Default::default(),
            status0: Default::default(),
            status1: Default::default(),
            busy_q: Default::default(),
            answered: Default::default(),
            answered_slot: Default::default(),
            zero2: c(0),
            bit0: c(1),
            bit1: c(2),
        }
    }
}

impl Logic for RunSlots {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, next_slot_q, slot_busy, pending, rung, run_next, issued, issued_slot, status0, status1, busy_q, answered, answered_slot);
        self.issued.d.next = false;
        // A pending RUN rings when the core is idle; it has the write channel for that clock.
        // Every write that makes the core busy is ours (a frame's doorbell, or a RUN): the core
        // sees it one clock later, is busy from the clock after, and `busy_q` shows that one
        // clock later still; so the three clocks from such a write on wait too.
        self.busy_q.d.next = self.core_busy.val();
        self.answered.d.next = self.issued.q.val();
        self.answered_slot.d.next = self.issued_slot.q.val();
        self.run_write.next = false;
        if !self.busy_q.q.val() & !self.ringing.val() & !self.issued.q.val() & !self.answered.q.val() & !self.closing.val() {
            if self.run_next.q.val() & (self.pending.q.val() & self.bit1.val()).any() {
                self.run_write.next = true;
            }
            if !self.run_next.q.val() & (self.pending.q.val() & self.bit0.val()).any() {
                self.run_write.next = true;
            }
        }
        if self.run_write.val() {
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
        self.slot_busy.d.next = self.slot_busy.q.val() & !self.report.release.val();
        self.rung.d.next = self.rung.q.val() & !self.report.release.val();
        if self.answered.q.val() {
            if self.answered_slot.q.val() {
                self.status1.d.next = self.write_status.val();
            } else {
                self.status0.d.next = self.write_status.val();
            }
            if self.answered_slot.q.val() {
                self.rung.d.next = (self.rung.q.val() & !self.report.release.val()) | self.bit1.val();
            } else {
                self.rung.d.next = (self.rung.q.val() & !self.report.release.val()) | self.bit0.val();
            }
        }
        // A good RUN frame claims its slot and leaves its doorbell pending.
        if self.claim.val() {
            self.next_slot_q.d.next = !self.next_slot_q.q.val();
            if self.claim_slot.val() {
                self.slot_busy.d.next = self.slot_busy.q.val() | self.bit1.val();
                self.pending.d.next = self.pending.q.val() | self.bit1.val();
            } else {
                self.slot_busy.d.next = self.slot_busy.q.val() | self.bit0.val();
                self.pending.d.next = self.pending.q.val() | self.bit0.val();
            }
        }
        if self.reset.val() {
            self.answered.d.next = false;
            self.slot_busy.d.next = self.zero2.val();
            self.pending.d.next = self.zero2.val();
            self.rung.d.next = self.zero2.val();
            self.next_slot_q.d.next = false;
            self.run_next.d.next = false;
        }
        self.next_slot.next = self.next_slot_q.q.val();
        self.next_slot_busy.next = ((self.slot_busy.q.val() & self.bit0.val()).any() & !self.next_slot_q.q.val())
            | ((self.slot_busy.q.val() & self.bit1.val()).any() & self.next_slot_q.q.val());
        self.run_slot.next = self.run_next.q.val();
        self.report.rung.next = self.rung.q.val();
        self.report.status0.next = self.status0.q.val();
        self.report.status1.next = self.status1.q.val();
    }
}
