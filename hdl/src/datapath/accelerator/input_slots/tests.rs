//! Input slots: the host fills the idle slot while the running one belongs to the inference.

use rust_hdl::prelude::*;

use super::*;
use crate::testing::{cycle, lint};

const BITS: usize = 16;
const WORDS: usize = 64;

fn slots() -> InputSlots<BITS> {
    let mut slots = InputSlots::new(WORDS);
    slots.connect_all();
    slots
}

/// Writes `word` at `address` of `slot` through the write channel.
fn host_write(s: &mut InputSlots<BITS>, slot: bool, address: u64, word: u64) {
    s.input_address.next = address.to_bits();
    s.input_word.next = word.to_bits();
    s.input0_write.next = !slot;
    s.input1_write.next = slot;
    cycle!(*s);
    s.input0_write.next = false;
    s.input1_write.next = false;
}

/// Writes `word` at `address` of the running slot from the output stage.
fn inference_write(s: &mut InputSlots<BITS>, address: u64, word: u64) {
    s.act_write_address.next = address.to_bits();
    s.act_write_data.next = word.to_bits();
    s.act_write_enable.next = true;
    cycle!(*s);
    s.act_write_enable.next = false;
}

/// The running slot's word at `address` (read port: a clock of latency).
fn inference_read(s: &mut InputSlots<BITS>, address: u64) -> u64 {
    s.act_read_address.next = address.to_bits();
    cycle!(*s);
    s.act_read_data.val().to_u64()
}

#[test]
fn each_slot_keeps_its_own_words_and_the_inference_reads_the_running_one() {
    let mut s = slots();
    for a in 0..WORDS as u64 {
        host_write(&mut s, false, a, 0x1000 + a);
        host_write(&mut s, true, a, 0x2000 + a);
    }
    for slot in [false, true] {
        s.running_slot.next = slot;
        for a in [0, 7, WORDS as u64 - 1] {
            let base = if slot { 0x2000 } else { 0x1000 };
            assert_eq!(inference_read(&mut s, a), base + a, "slot {slot} word {a}");
        }
    }
}

#[test]
fn while_one_slot_runs_the_host_fills_the_other_and_the_output_stage_writes_the_running_one() {
    let mut s = slots();
    s.running.next = true;
    s.running_slot.next = true;
    // Running on slot 1: a host write to slot 1 is ignored, one to slot 0 lands.
    host_write(&mut s, true, 3, 0xdead);
    host_write(&mut s, false, 3, 0xbeef);
    inference_write(&mut s, 4, 0x0a0a);
    assert_eq!(inference_read(&mut s, 3), 0, "the host wrote into the running slot");
    assert_eq!(inference_read(&mut s, 4), 0x0a0a, "the output stage's write is missing");
    s.running_slot.next = false;
    assert_eq!(inference_read(&mut s, 3), 0xbeef, "the idle slot lost the host's word");
    assert_eq!(inference_read(&mut s, 4), 0, "the output stage wrote into the idle slot");
}

#[test]
fn verilog_is_clean() {
    let s = slots();
    lint("input_slots", &generate_verilog(&s));
}
