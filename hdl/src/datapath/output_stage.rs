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

use crate::datapath::mac_streams::MacRowSink;

use deeplock_spec::memory_map::{ACT_ADDRESS_BITS, RESULT_OFFSET_BITS};

use crate::datapath::requantizer::Requantizer;

#[derive(LogicBlock)]
pub struct OutputStage<const N: usize, const BITS: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Strobe: a new inference begins (logit count and argmax start over).
    pub start: Signal<In, Bit>,
    /// Finished rows in (from the MAC array).
    pub row: MacRowSink,
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
        assert!(matches!(N, 1 | 2 | 4 | 8), "1, 2, 4 or 8 lanes");
        OutputStage {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            row: Default::default(),
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
        self.requantizer.acc.next = self.row.acc.val();
        self.requantizer.multiplier.next = self.row.multiplier.val();
        self.requantizer.shift.next = self.row.shift.val();
        self.done_pulse.d.next = false;
        self.act_write_enable.next = false;
        self.result_write_enable.next = false;

        self.idle.next = !self.requantizer.busy.val()
            & !self.requantizer.done.val()
            & !self.flushing.q.val()
            & (self.serial_left.q.val() == self.zero4.val());
        self.row.ready.next = self.idle.val();
        self.take.next = self.row.valid.val() & self.row.ready.val();

        // A row: a logit goes to the serializer, a hidden row to the requantizer.
        self.logit_offset_wide.next = (self.logits.q.val() << self.two.val()) + self.eight.val();
        if self.take.val() {
            if self.row.last_layer.val() {
                self.serial.d.next = bit_cast::<64, 32>(self.row.acc.val());
                self.serial_left.d.next = self.four.val();
                self.serial_address.d.next = self.logit_offset_wide.val().get_bits::<RESULT_OFFSET_BITS>(0);
                if (self.logits.q.val() == self.zero16.val())
                    | ((self.row.acc.val() ^ self.sign32.val()) > (self.best.q.val() ^ self.sign32.val()))
                {
                    self.best.d.next = self.row.acc.val();
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
    use crate::testing::{cycle, settle};
    use deeplock_spec::layout::{argmax, padded_inputs, requantize, RowHeader};
    use rand::{Rng, SeedableRng};
    use std::collections::BTreeMap;

    /// What the stage wrote: activation words by word address, result bytes by offset.
    #[derive(Default)]
    struct Written {
        act: BTreeMap<u64, u64>,
        result: BTreeMap<u64, u8>,
        done: usize,
    }

    fn step<const N: usize, const BITS: usize>(o: &mut OutputStage<N, BITS>, w: &mut Written) {
        settle(o);
        if o.act_write_enable.val() {
            w.act.insert(o.act_write_address.val().to_u64(), o.act_write_data.val().to_u64());
        }
        if o.result_write_enable.val() {
            let a = o.result_write_address.val().to_u64();
            assert!(w.result.insert(a, o.result_write_data.val().to_u64() as u8).is_none(), "result byte {a} written twice");
        }
        if o.done.val() {
            w.done += 1;
        }
        cycle!(*o);
    }

    /// Gives the stage one layer's rows (acc, multiplier, shift) with random gaps, then waits
    /// until it is idle.
    fn layer<const N: usize, const BITS: usize>(
        o: &mut OutputStage<N, BITS>,
        w: &mut Written,
        rng: &mut rand::rngs::StdRng,
        rows: &[(i32, RowHeader)],
        outputs: usize,
        output_offset: usize,
        last: bool,
    ) {
        o.layer_outputs.next = (outputs as u64).to_bits();
        o.layer_output_offset.next = (output_offset as u64).to_bits();
        // The fields settle a few clocks before the first row (the sequencer's header beats).
        for _ in 0..3 {
            step(o, w);
        }
        for &(acc, h) in rows {
            loop {
                let offer = rng.gen_bool(0.5);
                o.row.valid.next = offer;
                o.row.acc.next = (acc as u32 as u64).to_bits();
                o.row.multiplier.next = (h.multiplier as u64).to_bits();
                o.row.shift.next = (h.shift as u64).to_bits();
                o.row.last_layer.next = last;
                settle(o);
                let taken = offer && o.row.ready.val();
                step(o, w);
                if taken {
                    break;
                }
            }
            o.row.valid.next = false;
            o.row.acc.next = (rng.gen::<u32>() as u64).to_bits();
        }
        let mut clocks = 0;
        loop {
            settle(o);
            if o.idle.val() {
                break;
            }
            step(o, w);
            clocks += 1;
            assert!(clocks < 1000, "output stage never idle");
        }
    }

    fn random_header(rng: &mut rand::rngs::StdRng) -> RowHeader {
        let shift = if rng.gen_bool(0.1) { rng.gen::<u8>() } else { rng.gen_range(0..=48) };
        RowHeader { bias: 0, multiplier: rng.gen(), shift }
    }

    fn random_acc(rng: &mut rand::rngs::StdRng) -> i32 {
        rng.gen::<i32>() >> rng.gen_range(0..32)
    }

    /// Two hidden layers then a last layer: every hidden output byte is `requantize(acc, header)`
    /// at `offset + index` in the slot, padded with zeros to 8 bytes; every logit is the int32
    /// accumulator at `8 + 4c`; the RESULT header holds classes, argmax and cycles.
    fn inference<const N: usize, const BITS: usize>(seed: u64) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut o = OutputStage::<N, BITS>::new();
        o.connect_all();
        let mut w = Written::default();
        o.reset.next = true;
        step(&mut o, &mut w);
        o.reset.next = false;
        // Leftovers of an earlier inference: start must clear the logit count.
        o.start.next = true;
        step(&mut o, &mut w);
        o.start.next = false;
        let mut expected_act: BTreeMap<usize, u8> = BTreeMap::new();
        for _ in 0..2 {
            let outputs = rng.gen_range(1..=13);
            let offset = 8 * rng.gen_range(0..16);
            let rows: Vec<(i32, RowHeader)> = (0..outputs).map(|_| (random_acc(&mut rng), random_header(&mut rng))).collect();
            layer(&mut o, &mut w, &mut rng, &rows, outputs, offset, false);
            for b in 0..padded_inputs(outputs) {
                let y = rows.get(b).map_or(0, |&(acc, h)| requantize(acc, h));
                expected_act.insert(offset + b, y);
            }
        }
        let classes = rng.gen_range(1..=12);
        let mut logits: Vec<i32> = (0..classes).map(|_| random_acc(&mut rng)).collect();
        if classes > 2 {
            // A tie: the lowest index wins.
            logits[classes - 1] = *logits.iter().max().unwrap();
        }
        let rows: Vec<(i32, RowHeader)> = logits.iter().map(|&l| (l, random_header(&mut rng))).collect();
        let logit_offset = 8 * rng.gen_range(0..16);
        layer(&mut o, &mut w, &mut rng, &rows, classes, logit_offset, true);
        let cycles: u32 = rng.gen();
        o.cycles.next = (cycles as u64).to_bits();
        o.finish.next = true;
        step(&mut o, &mut w);
        o.finish.next = false;
        for _ in 0..20 {
            step(&mut o, &mut w);
        }
        assert_eq!(w.done, 1, "one done pulse");

        // Activations: every byte written is the expected one, and every expected byte written.
        let mut got_act: BTreeMap<usize, u8> = BTreeMap::new();
        for (&word, &data) in &w.act {
            for lane in 0..N {
                got_act.insert(word as usize * N + lane, (data >> (8 * lane)) as u8);
            }
        }
        for (&at, &y) in &expected_act {
            assert_eq!(got_act.get(&at), Some(&y), "N={N} seed {seed}: activation byte {at}");
        }
        // (Layers may overwrite each other's bytes only where their vectors overlap; anything
        // else written must be in a vector.)
        for at in got_act.keys() {
            assert!(expected_act.contains_key(at), "N={N} seed {seed}: stray activation byte {at}");
        }

        let mut want = BTreeMap::new();
        let header = (classes as u64) | ((argmax(&logits).unwrap() as u64) << 16) | ((cycles as u64) << 32);
        for b in 0..8 {
            want.insert(b as u64, (header >> (8 * b)) as u8);
        }
        for (c, l) in logits.iter().enumerate() {
            for (b, byte) in l.to_le_bytes().iter().enumerate() {
                want.insert((8 + 4 * c + b) as u64, *byte);
            }
        }
        assert_eq!(w.result, want, "N={N} seed {seed}: RESULT bytes (header, then int32 logits)");
    }

    #[test]
    fn output_stage_writes_requantized_rows_and_int32_logits_at_their_addresses() {
        for seed in 0..3 {
            inference::<1, 8>(300 + seed);
            inference::<2, 16>(100 + seed);
            inference::<4, 32>(200 + seed);
            inference::<8, 64>(300 + seed);
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut o = OutputStage::<4, 32>::new();
        o.connect_all();
        crate::testing::lint("output_stage4", &generate_verilog(&o));
    }
}
