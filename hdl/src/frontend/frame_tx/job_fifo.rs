//! The job FIFO of the frame transmitter: the frame jobs from the receiver, packed one per word,
//! two deep (the host's window, MAX_OUTSTANDING), then two refused jobs (a host that ignores the
//! window: the receiver answered them BUSY, or BAD_LENGTH / UNKNOWN_COMMAND, and did nothing),
//! answered after the queue in order; a job beyond those is dropped and counted as refused
//! (`dropped`). The window is full when two requests are unanswered (the one being answered
//! counts) or a refused one waits.

use rust_hdl::prelude::*;

use crate::frontend::constant as c;

/// The bits of a packed job word (see [`JobWord`]).
pub const JOB_WORD_BITS: usize = 28;

/// Where each field of a job sits in its packed word.
pub struct JobWord;

impl JobWord {
    pub const CMD: usize = 0;
    pub const SEQ: usize = 8;
    pub const STATUS: usize = 16;
    pub const SLOT: usize = 24;
    pub const REPLAY: usize = 25;
    pub const REPLAY_OLDER: usize = 26;
    pub const REMEMBER: usize = 27;
}

/// Two queued jobs, then two refused ones.
#[derive(LogicBlock)]
pub struct JobFifo {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: empty.
    pub reset: Signal<In, Bit>,
    /// One clock: a job arrives.
    pub push: Signal<In, Bit>,
    /// The job arriving.
    pub push_word: Signal<In, Bits<JOB_WORD_BITS>>,
    /// The response sender is idle: the head job becomes the current one.
    pub idle: Signal<In, Bit>,
    /// One clock: `head` is taken.
    pub pop: Signal<Out, Bit>,
    /// The job taken with `pop`.
    pub head: Signal<Out, Bits<JOB_WORD_BITS>>,
    /// A job waits.
    pub queued_any: Signal<Out, Bit>,
    /// The host's window is full: a request starting now is refused.
    pub window_full: Signal<Out, Bit>,
    /// One clock: a job found no place and gets no answer (counted as refused).
    pub dropped: Signal<Out, Bit>,
    queued: DFF<Bits<2>>,
    q0: DFF<Bits<JOB_WORD_BITS>>,
    q1: DFF<Bits<JOB_WORD_BITS>>,
    refused: DFF<Bits<2>>,
    r0: DFF<Bits<JOB_WORD_BITS>>,
    r1: DFF<Bits<JOB_WORD_BITS>>,
    pop_queued: Signal<Local, Bit>,
    pop_refused: Signal<Local, Bit>,
    zero2: Constant<Bits<2>>,
    one2: Constant<Bits<2>>,
    two2: Constant<Bits<2>>,
}

impl Default for JobFifo {
    fn default() -> Self {
        JobFifo {
            clock: Default::default(),
            reset: Default::default(),
            push: Default::default(),
            push_word: Default::default(),
            idle: Default::default(),
            pop: Default::default(),
            head: Default::default(),
            queued_any: Default::default(),
            window_full: Default::default(),
            dropped: Default::default(),
            queued: Default::default(),
            q0: Default::default(),
            q1: Default::default(),
            refused: Default::default(),
            r0: Default::default(),
            r1: Default::default(),
            pop_queued: Default::default(),
            pop_refused: Default::default(),
            zero2: c(0),
            one2: c(1),
            two2: c(2),
        }
    }
}

impl Logic for JobFifo {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, queued, q0, q1, refused, r0, r1);
        self.dropped.next = false;
        // The queue pops first; the refused jobs when it is empty.
        self.pop_queued.next = self.idle.val() & (self.queued.q.val() != self.zero2.val());
        self.pop_refused.next = self.idle.val() & (self.queued.q.val() == self.zero2.val()) & (self.refused.q.val() != self.zero2.val());
        self.head.next = self.q0.q.val();
        if self.pop_queued.val() {
            self.q0.d.next = self.q1.q.val();
            self.queued.d.next = self.queued.q.val() - self.one2.val();
        }
        if self.pop_refused.val() {
            self.head.next = self.r0.q.val();
            self.r0.d.next = self.r1.q.val();
            self.refused.d.next = self.refused.q.val() - self.one2.val();
        }
        self.pop.next = self.pop_queued.val() | self.pop_refused.val();
        if self.push.val() {
            // Into the first free place (with a pop this clock, the places have moved up). A job
            // is queued only while no refused one waits, so the answers stay in order (a job
            // that started with the window full was refused by the receiver).
            if self.refused.q.val() != self.zero2.val() {
                if (self.refused.q.val() == self.one2.val()) & self.pop_refused.val() {
                    self.r0.d.next = self.push_word.val();
                    self.refused.d.next = self.one2.val();
                } else if (self.refused.q.val() == self.one2.val()) | self.pop_refused.val() {
                    self.r1.d.next = self.push_word.val();
                    self.refused.d.next = self.two2.val();
                } else {
                    self.dropped.next = true;
                }
            } else if (self.queued.q.val() == self.zero2.val()) | ((self.queued.q.val() == self.one2.val()) & self.pop_queued.val()) {
                self.q0.d.next = self.push_word.val();
                self.queued.d.next = self.one2.val();
            } else if (self.queued.q.val() == self.one2.val()) | self.pop_queued.val() {
                self.q1.d.next = self.push_word.val();
                self.queued.d.next = self.two2.val();
            } else {
                // The queue is full (only a refused job gets here): it waits after the queue.
                self.r0.d.next = self.push_word.val();
                self.refused.d.next = self.one2.val();
            }
        }
        self.window_full.next = (self.refused.q.val() != self.zero2.val())
            | (self.queued.q.val() == self.two2.val())
            | ((self.queued.q.val() == self.one2.val()) & !self.idle.val());
        self.queued_any.next = (self.queued.q.val() != self.zero2.val()) | (self.refused.q.val() != self.zero2.val());
        if self.reset.val() {
            self.queued.d.next = self.zero2.val();
            self.refused.d.next = self.zero2.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::cycle;

    /// Pushes `pushes` jobs (word = index) while the sender stays busy, then drains; returns the
    /// words in the order popped and how many were dropped.
    fn push_then_drain(pushes: u64) -> (Vec<u64>, usize) {
        let mut fifo = JobFifo::default();
        fifo.connect_all();
        fifo.reset.next = true;
        cycle!(fifo);
        fifo.reset.next = false;
        let (mut popped, mut dropped) = (vec![], 0);
        for word in 0..pushes {
            fifo.push.next = true;
            fifo.push_word.next = (word + 1).to_bits();
            crate::testing::settle(&mut fifo);
            dropped += fifo.dropped.val() as usize;
            cycle!(fifo);
        }
        fifo.push.next = false;
        fifo.idle.next = true;
        for _ in 0..8 {
            crate::testing::settle(&mut fifo);
            if fifo.pop.val() {
                popped.push(fifo.head.val().to_u64());
            }
            cycle!(fifo);
        }
        (popped, dropped)
    }

    #[test]
    fn two_queued_then_two_refused_then_dropped_in_order() {
        assert_eq!(push_then_drain(2), (vec![1, 2], 0));
        assert_eq!(push_then_drain(4), (vec![1, 2, 3, 4], 0));
        assert_eq!(push_then_drain(6), (vec![1, 2, 3, 4], 2));
    }

    #[test]
    fn the_window_is_full_with_two_unanswered_or_one_refused() {
        let mut fifo = JobFifo::default();
        fifo.connect_all();
        fifo.reset.next = true;
        cycle!(fifo);
        fifo.reset.next = false;
        // The sender is busy answering: one job queued behind it fills the window.
        let mut full = vec![];
        for _ in 0..3 {
            crate::testing::settle(&mut fifo);
            full.push(fifo.window_full.val());
            fifo.push.next = true;
            cycle!(fifo);
            fifo.push.next = false;
        }
        crate::testing::settle(&mut fifo);
        full.push(fifo.window_full.val());
        assert_eq!(full, [false, true, true, true]);
    }
}
