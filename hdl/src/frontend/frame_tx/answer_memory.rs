//! The answer memory of the frame transmitter: the answers (status, and the slot of a RUN) of
//! the last two jobs the receiver remembered, so a repeat of either is answered as its original
//! was (docs/protocol.md §2, "Repeats"). Jobs are answered in order, so when a repeat is
//! answered its original already has been, and the two answers here are those of the two
//! requests the receiver's repeat guard holds.

use rust_hdl::prelude::*;

/// The last two remembered answers.
#[derive(LogicBlock, Default)]
pub struct AnswerMemory {
    pub clock: Signal<In, Clock>,
    /// One clock: remember this answer (the older one is forgotten).
    pub remember: Signal<In, Bit>,
    /// The answer's status.
    pub status: Signal<In, Bits<8>>,
    /// The answer's slot (for a RUN).
    pub slot: Signal<In, Bit>,
    /// Which answer to recall: the older, or the newer.
    pub older: Signal<In, Bit>,
    /// The recalled status.
    pub recalled_status: Signal<Out, Bits<8>>,
    /// The recalled slot.
    pub recalled_slot: Signal<Out, Bit>,
    newer_status: DFF<Bits<8>>,
    newer_slot: DFF<Bit>,
    older_status: DFF<Bits<8>>,
    older_slot: DFF<Bit>,
}

impl Logic for AnswerMemory {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, newer_status, newer_slot, older_status, older_slot);
        if self.remember.val() {
            self.older_status.d.next = self.newer_status.q.val();
            self.older_slot.d.next = self.newer_slot.q.val();
            self.newer_status.d.next = self.status.val();
            self.newer_slot.d.next = self.slot.val();
        }
        self.recalled_status.next = self.newer_status.q.val();
        self.recalled_slot.next = self.newer_slot.q.val();
        if self.older.val() {
            self.recalled_status.next = self.older_status.q.val();
            self.recalled_slot.next = self.older_slot.q.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::cycle;

    #[test]
    fn recalls_the_newer_and_the_older_answer() {
        let mut uut = AnswerMemory::default();
        uut.connect_all();
        for (status, slot) in [(1u64, false), (0, true), (6, false)] {
            uut.remember.next = true;
            uut.status.next = status.to_bits();
            uut.slot.next = slot;
            cycle!(uut);
        }
        uut.remember.next = false;
        let mut recall = |older: bool| {
            uut.older.next = older;
            crate::testing::settle(&mut uut);
            (uut.recalled_status.val().to_u64(), uut.recalled_slot.val())
        };
        assert_eq!(recall(false), (6, false));
        assert_eq!(recall(true), (0, true), "the first answer is forgotten");
    }
}
