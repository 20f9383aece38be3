//! The two input slots (docs/protocol.md §1, INPUT): activation memories of lane-wide words. The
//! running slot belongs to the inference (the sequencer reads it, the output stage writes each
//! hidden layer into it); the other takes input words from the write channel, so the host can
//! fill it while the first runs.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::ACT_ADDRESS_BITS;

use crate::common::block_ram::BlockRam;

#[derive(LogicBlock)]
pub struct InputSlots<const BITS: usize> {
    pub clock: Signal<In, Clock>,
    /// An inference runs, on slot `running_slot`.
    pub running: Signal<In, Bit>,
    pub running_slot: Signal<In, Bit>,
    // ---- The write channel: a whole input word for slot 0 or slot 1.
    pub input_address: Signal<In, Bits<ACT_ADDRESS_BITS>>,
    pub input_word: Signal<In, Bits<BITS>>,
    pub input0_write: Signal<In, Bit>,
    pub input1_write: Signal<In, Bit>,
    // ---- The inference: the output stage's writes and the sequencer's reads, on the running slot.
    pub act_write_enable: Signal<In, Bit>,
    pub act_write_address: Signal<In, Bits<ACT_ADDRESS_BITS>>,
    pub act_write_data: Signal<In, Bits<BITS>>,
    pub act_read_address: Signal<In, Bits<ACT_ADDRESS_BITS>>,
    /// The running slot's word at the last clock's `act_read_address`.
    pub act_read_data: Signal<Out, Bits<BITS>>,
    slot0: BlockRam<Bits<BITS>, ACT_ADDRESS_BITS>,
    slot1: BlockRam<Bits<BITS>, ACT_ADDRESS_BITS>,
}

impl<const BITS: usize> InputSlots<BITS> {
    /// Two slots of `words` words each.
    pub fn new(words: usize) -> Self {
        InputSlots {
            clock: Default::default(),
            running: Default::default(),
            running_slot: Default::default(),
            input_address: Default::default(),
            input_word: Default::default(),
            input0_write: Default::default(),
            input1_write: Default::default(),
            act_write_enable: Default::default(),
            act_write_address: Default::default(),
            act_write_data: Default::default(),
            act_read_address: Default::default(),
            act_read_data: Default::default(),
            slot0: BlockRam::new(words),
            slot1: BlockRam::new(words),
        }
    }
}

impl<const BITS: usize> Logic for InputSlots<BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, slot0, slot1);
        self.slot0.read_address.next = self.act_read_address.val();
        self.slot1.read_address.next = self.act_read_address.val();
        self.act_read_data.next = self.slot0.read_data.val();
        if self.running_slot.val() {
            self.act_read_data.next = self.slot1.read_data.val();
        }
        self.slot0.write_address.next = self.input_address.val();
        self.slot0.write_data.next = self.input_word.val();
        self.slot0.write_enable.next = self.input0_write.val();
        self.slot1.write_address.next = self.input_address.val();
        self.slot1.write_data.next = self.input_word.val();
        self.slot1.write_enable.next = self.input1_write.val();
        if self.running.val() & !self.running_slot.val() {
            self.slot0.write_address.next = self.act_write_address.val();
            self.slot0.write_data.next = self.act_write_data.val();
            self.slot0.write_enable.next = self.act_write_enable.val();
        }
        if self.running.val() & self.running_slot.val() {
            self.slot1.write_address.next = self.act_write_address.val();
            self.slot1.write_data.next = self.act_write_data.val();
            self.slot1.write_enable.next = self.act_write_enable.val();
        }
    }
}

#[cfg(test)]
mod tests;
