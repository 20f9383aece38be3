//! The output stage: what happens to a finished row.
//!
//! - A hidden row is requantized (`Requantizer`) and its uint8 output packed into the activation
//!   memory, N bytes per word, from the layer's output offset. After the layer's last output the
//!   vector is padded with zeros to a multiple of 8 bytes: the next layer reads whole words, and
//!   its masked lanes must meet zeros there, not what an earlier inference left.
//! - A last-layer row is a logit: its four bytes (little-endian) go to the result memory at
//!   `8 + 4 * index`, and the argmax (lowest index of the largest logit) follows along.
//! - `finish` writes the 8-byte RESULT header (classes, argmax, cycles) and then pulses `done`.
//!
//! Result bytes go out one per clock through one serializer; rows wait (`row_ready` low) while it
//! or the requantizer is busy.

use rust_hdl::prelude::*;

use crate::datapath::requantizer::Requantizer;
use crate::datapath::sequencer::ACT_ADDRESS_BITS;

/// Bits of a byte offset within one slot's RESULT region.
pub const RESULT_OFFSET_BITS: usize = 10;

#[derive(LogicBlock)]
pub struct OutputStage<const N: usize, const BITS: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Strobe: a new inference begins (logit count and argmax start over).
    pub start: Signal<In, Bit>,
    /// A finished row from the MAC array.
    pub row_valid: Signal<In, Bit>,
    pub row_ready: Signal<Out, Bit>,
    pub row_acc: Signal<In, Bits<32>>,
    pub row_multiplier: Signal<In, Bits<16>>,
    pub row_shift: Signal<In, Bits<8>>,
    pub row_last_layer: Signal<In, Bit>,
    /// Outputs of the layer the rows belong to. Taken through registers (they come from the
    /// config field multiplexer, a long path): a layer's first result arrives at least a
    /// requantizer latency after its fields are selected, and the sequencer holds them until
    /// this stage has drained.
    pub layer_outputs: Signal<In, Bits<16>>,
    /// Byte offset of that layer's output vector in the slot (a multiple of 8).
    pub layer_output_offset: Signal<In, Bits<16>>,
    /// Activation memory write port (the running slot).
    pub act_write_enable: Signal<Out, Bit>,
    pub act_write_address: Signal<Out, Bits<ACT_ADDRESS_BITS>>,
    pub act_write_data: Signal<Out, Bits<BITS>>,
    /// Result memory write port (offset within the running slot's RESULT region).
    pub result_write_enable: Signal<Out, Bit>,
    pub result_write_address: Signal<Out, Bits<RESULT_OFFSET_BITS>>,
    pub result_write_data: Signal<Out, Bits<8>>,
    /// Strobe: write the RESULT header with `cycles`.
    pub finish: Signal<In, Bit>,
    /// The inference's cycle count, read with `finish`.
    pub cycles: Signal<In, Bits<32>>,
    /// Nothing in progress: every row given has been written out.
    pub idle: Signal<Out, Bit>,
    /// One-clock pulse: the RESULT header is written; the result is complete.
    pub done: Signal<Out, Bit>,
    requantizer: Requantizer,
    // Hidden outputs.
    appended: DFF<Bits<16>>,
    pack: DFF<Bits<BITS>>,
    byte_in_word: DFF<Bits<4>>,
    word_address: DFF<Bits<ACT_ADDRESS_BITS>>,
    flushing: DFF<Bit>,
    // Logits.
    logits: DFF<Bits<16>>,
    best: DFF<Bits<32>>,
    best_index: DFF<Bits<16>>,
    // Result bytes.
    serial: DFF<Bits<64>>,
    serial_left: DFF<Bits<4>>,
    serial_address: DFF<Bits<RESULT_OFFSET_BITS>>,
    writing_header: DFF<Bit>,
    done_pulse: DFF<Bit>,
    take: Signal<Local, Bit>,
    append: Signal<Local, Bit>,
    append_byte: Signal<Local, Bits<8>>,
    packed_word: Signal<Local, Bits<BITS>>,
    outputs_q: DFF<Bits<16>>,
    padded_outputs: DFF<Bits<16>>,
    first_word_wide: DFF<Bits<16>>,
    logit_offset_wide: Signal<Local, Bits<16>>,
    header_word: Signal<Local, Bits<64>>,
    lanes_less_one: Constant<Bits<4>>,
    lane_shift: Constant<Bits<8>>,
    top_byte_shift: Constant<Bits<8>>,
    seven: Constant<Bits<16>>,
    not_seven: Constant<Bits<16>>,
    eight: Constant<Bits<16>>,
    sign32: Constant<Bits<32>>,
    zero4: Constant<Bits<4>>,
    one4: Constant<Bits<4>>,
    four: Constant<Bits<4>>,
    eight4: Constant<Bits<4>>,
    zero8: Constant<Bits<8>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    one_address: Constant<Bits<ACT_ADDRESS_BITS>>,
    one_offset: Constant<Bits<RESULT_OFFSET_BITS>>,
    zero_offset: Constant<Bits<RESULT_OFFSET_BITS>>,
    byte_shift: Constant<Bits<8>>,
    two: Constant<Bits<8>>,
    shift16: Constant<Bits<8>>,
    shift32: Constant<Bits<8>>,
}

impl<const N: usize, const BITS: usize> OutputStage<N, BITS> {
    pub fn new() -> Self {
        assert_eq!(BITS, 8 * N, "BITS must be 8 x N");
        assert!(matches!(N, 2 | 4 | 8), "2, 4 or 8 lanes");
        OutputStage {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            row_valid: Default::default(),
            row_ready: Default::default(),
            row_acc: Default::default(),
            row_multiplier: Default::default(),
            row_shift: Default::default(),
            row_last_layer: Default::default(),
            layer_outputs: Default::default(),
            layer_output_offset: Default::default(),
            act_write_enable: Default::default(),
            act_write_address: Default::default(),
            act_write_data: Default::default(),
            result_write_enable: Default::default(),
            result_write_address: Default::default(),
            result_write_data: Default::default(),
            finish: Default::default(),
            cycles: Default::default(),
            idle: Default::default(),
            done: Default::default(),
            requantizer: Default::default(),
            appended: Default::default(),
            pack: Default::default(),
            byte_in_word: Default::default(),
            word_address: Default::default(),
            flushing: Default::default(),
            logits: Default::default(),
            best: Default::default(),
            best_index: Default::default(),
            serial: Default::default(),
            serial_left: Default::default(),
            serial_address: Default::default(),
            writing_header: Default::default(),
            done_pulse: Default::default(),
            take: Default::default(),
            append: Default::default(),
            append_byte: Default::default(),
            packed_word: Default::default(),
            outputs_q: Default::default(),
            padded_outputs: Default::default(),
            first_word_wide: Default::default(),
            logit_offset_wide: Default::default(),
            header_word: Default::default(),
            lanes_less_one: Constant::new(((N - 1) as u64).to_bits()),
            lane_shift: Constant::new((N.trailing_zeros() as u64).to_bits()),
            top_byte_shift: Constant::new(((BITS - 8) as u64).to_bits()),
            seven: Constant::new(7u64.to_bits()),
            not_seven: Constant::new(0xfff8u64.to_bits()),
            eight: Constant::new(8u64.to_bits()),
            sign32: Constant::new(0x8000_0000u64.to_bits()),
            zero4: Constant::new(0u64.to_bits()),
            one4: Constant::new(1u64.to_bits()),
            four: Constant::new(4u64.to_bits()),
            eight4: Constant::new(8u64.to_bits()),
            zero8: Constant::new(0u64.to_bits()),
            zero16: Constant::new(0u64.to_bits()),
            one16: Constant::new(1u64.to_bits()),
            one_address: Constant::new(1u64.to_bits()),
            one_offset: Constant::new(1u64.to_bits()),
            zero_offset: Constant::new(0u64.to_bits()),
            byte_shift: Constant::new(8u64.to_bits()),
            two: Constant::new(2u64.to_bits()),
            shift16: Constant::new(16u64.to_bits()),
            shift32: Constant::new(32u64.to_bits()),
        }
    }
}

impl<const N: usize, const BITS: usize> Default for OutputStage<N, BITS> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize, const BITS: usize> Logic for OutputStage<N, BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, appended, pack, byte_in_word, word_address, flushing, logits, best, best_index, serial,
            serial_left, serial_address, writing_header, done_pulse, outputs_q, padded_outputs, first_word_wide
        );
        clock!(self, clock, requantizer);
        self.requantizer.reset.next = self.reset.val();
        self.requantizer.start.next = false;
        self.requantizer.acc.next = self.row_acc.val();
        self.requantizer.multiplier.next = self.row_multiplier.val();
        self.requantizer.shift.next = self.row_shift.val();
        self.done_pulse.d.next = false;
        self.act_write_enable.next = false;
        self.result_write_enable.next = false;

        self.idle.next = !self.requantizer.busy.val()
            & !self.requantizer.done.val()
            & !self.flushing.q.val()
            & (self.serial_left.q.val() == self.zero4.val());
        self.row_ready.next = self.idle.val();
        self.take.next = self.row_valid.val() & self.row_ready.val();

        // A row: a logit goes to the serializer, a hidden row to the requantizer.
        self.logit_offset_wide.next = (self.logits.q.val() << self.two.val()) + self.eight.val();
        if self.take.val() {
            if self.row_last_layer.val() {
                self.serial.d.next = bit_cast::<64, 32>(self.row_acc.val());
                self.serial_left.d.next = self.four.val();
                self.serial_address.d.next = self.logit_offset_wide.val().get_bits::<RESULT_OFFSET_BITS>(0);
                if (self.logits.q.val() == self.zero16.val())
                    | ((self.row_acc.val() ^ self.sign32.val()) > (self.best.q.val() ^ self.sign32.val()))
                {
                    self.best.d.next = self.row_acc.val();
                    self.best_index.d.next = self.logits.q.val();
                }
                self.logits.d.next = self.logits.q.val() + self.one16.val();
            } else {
                self.requantizer.start.next = true;
            }
        }

        // Hidden outputs: requantized bytes, then zero padding to a multiple of 8 bytes.
        self.outputs_q.d.next = self.layer_outputs.val();
        self.padded_outputs.d.next = (self.layer_outputs.val() + self.seven.val()) & self.not_seven.val();
        self.append.next = self.requantizer.done.val() | self.flushing.q.val();
        self.append_byte.next = self.zero8.val();
        if self.requantizer.done.val() {
            self.append_byte.next = self.requantizer.result.val();
        }
        self.packed_word.next = (self.pack.q.val() >> self.byte_shift.val()) | (bit_cast::<BITS, 8>(self.append_byte.val()) << self.top_byte_shift.val());
        self.first_word_wide.d.next = self.layer_output_offset.val() >> self.lane_shift.val();
        self.act_write_data.next = self.packed_word.val();
        self.act_write_address.next = self.word_address.q.val();
        if self.appended.q.val() == self.zero16.val() {
            self.act_write_address.next = self.first_word_wide.q.val().get_bits::<ACT_ADDRESS_BITS>(0);
        }
        if self.append.val() {
            self.pack.d.next = self.packed_word.val();
            self.appended.d.next = self.appended.q.val() + self.one16.val();
            self.byte_in_word.d.next = self.byte_in_word.q.val() + self.one4.val();
            self.word_address.d.next = self.act_write_address.val();
            if self.byte_in_word.q.val() == self.lanes_less_one.val() {
                self.act_write_enable.next = true;
                self.byte_in_word.d.next = self.zero4.val();
                self.word_address.d.next = self.act_write_address.val() + self.one_address.val();
            }
            if self.appended.q.val() + self.one16.val() == self.outputs_q.q.val() {
                self.flushing.d.next = true;
            }
            if self.appended.q.val() + self.one16.val() == self.padded_outputs.q.val() {
                // The layer's vector is complete.
                self.flushing.d.next = false;
                self.appended.d.next = self.zero16.val();
                self.byte_in_word.d.next = self.zero4.val();
            }
        }

        // The result serializer: one byte per clock.
        self.result_write_address.next = self.serial_address.q.val();
        self.result_write_data.next = self.serial.q.val().get_bits::<8>(0);
        if self.serial_left.q.val() != self.zero4.val() {
            self.result_write_enable.next = true;
            self.serial.d.next = self.serial.q.val() >> self.byte_shift.val();
            self.serial_address.d.next = self.serial_address.q.val() + self.one_offset.val();
            self.serial_left.d.next = self.serial_left.q.val() - self.one4.val();
            if (self.serial_left.q.val() == self.one4.val()) & self.writing_header.q.val() {
                self.writing_header.d.next = false;
                self.done_pulse.d.next = true;
            }
        }
        // The header: classes, argmax, cycles.
        self.header_word.next = bit_cast::<64, 16>(self.logits.q.val())
            | (bit_cast::<64, 16>(self.best_index.q.val()) << self.shift16.val())
            | (bit_cast::<64, 32>(self.cycles.val()) << self.shift32.val());
        if self.finish.val() {
            self.serial.d.next = self.header_word.val();
            self.serial_left.d.next = self.eight4.val();
            self.serial_address.d.next = self.zero_offset.val();
            self.writing_header.d.next = true;
        }
        if self.start.val() {
            self.logits.d.next = self.zero16.val();
            self.appended.d.next = self.zero16.val();
            self.byte_in_word.d.next = self.zero4.val();
            self.flushing.d.next = false;
        }
        if self.reset.val() {
            self.serial_left.d.next = self.zero4.val();
            self.writing_header.d.next = false;
            self.flushing.d.next = false;
            self.appended.d.next = self.zero16.val();
            self.byte_in_word.d.next = self.zero4.val();
        }
        self.done.next = self.done_pulse.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verilog_is_clean() {
        let mut o = OutputStage::<4, 32>::new();
        o.connect_all();
        crate::testing::lint("output_stage4", &generate_verilog(&o));
    }
}
