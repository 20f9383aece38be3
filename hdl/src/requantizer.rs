//! Requantization of a hidden row's accumulator to its uint8 output, exactly as
//! `deeplock::layout::requantize` defines it for every header value:
//! `y = clamp((acc * multiplier + round) >> shift, 0, 255)`, `round = 2^(shift-1)` (0 for shift 0),
//! and `y = 0` for shift > 47.
//!
//! The 32 x 16 product is formed bit-serially (iCE40 has no multipliers, and a parallel one would
//! cost ~900 logic cells), in a fixed 16 clocks whatever the multiplier: a data-dependent
//! latency would leak the unlocked multiplier through the reported cycle count. Rounding, the
//! shift and the clamp take one more clock.

use rust_hdl::prelude::*;

use deeplock::layout::MAX_SHIFT;

/// Clocks from `start` to `done`.
pub const REQUANTIZER_LATENCY: usize = 17;

#[derive(LogicBlock)]
pub struct Requantizer {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset, active high.
    pub reset: Signal<In, Bit>,
    /// Starts on `acc`, `multiplier` and `shift` (ignored while `busy`).
    pub start: Signal<In, Bit>,
    /// The row's int32 accumulator (two's complement).
    pub acc: Signal<In, Bits<32>>,
    /// The row header's multiplier.
    pub multiplier: Signal<In, Bits<16>>,
    /// The row header's shift.
    pub shift: Signal<In, Bits<8>>,
    /// A requantization is in progress.
    pub busy: Signal<Out, Bit>,
    /// One-clock pulse: `result` is the output of the last `start`.
    pub done: Signal<Out, Bit>,
    /// The uint8 output (held until the next `done`).
    pub result: Signal<Out, Bits<8>>,
    /// Sum of the partial products so far (sign-extended, 50 bits: the product needs 48).
    product: DFF<Bits<50>>,
    /// `acc` sign-extended and shifted left once per step.
    addend: DFF<Bits<50>>,
    /// Multiplier bits not yet used, LSB next.
    multiplier_left: DFF<Bits<16>>,
    shift_held: DFF<Bits<8>>,
    steps_left: DFF<Bits<5>>,
    running: DFF<Bit>,
    result_held: DFF<Bits<8>>,
    done_pulse: DFF<Bit>,
    sign_extension: Constant<Bits<50>>,
    max_shift: Constant<Bits<8>>,
    zero8: Constant<Bits<8>>,
    one8: Constant<Bits<8>>,
    all_ones8: Constant<Bits<8>>,
    zero5: Constant<Bits<5>>,
    one5: Constant<Bits<5>>,
    sixteen: Constant<Bits<5>>,
    zero50: Constant<Bits<50>>,
    one50: Constant<Bits<50>>,
    rounded: Signal<Local, Bits<50>>,
    shifted: Signal<Local, Bits<50>>,
}

impl Default for Requantizer {
    fn default() -> Self {
        Requantizer {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            acc: Default::default(),
            multiplier: Default::default(),
            shift: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            result: Default::default(),
            product: Default::default(),
            addend: Default::default(),
            multiplier_left: Default::default(),
            shift_held: Default::default(),
            steps_left: Default::default(),
            running: Default::default(),
            result_held: Default::default(),
            done_pulse: Default::default(),
            sign_extension: Constant::new((((1u64 << 50) - 1) ^ 0xFFFF_FFFF).to_bits()),
            max_shift: Constant::new(MAX_SHIFT.to_bits()),
            zero8: Constant::new(0u64.to_bits()),
            one8: Constant::new(1u64.to_bits()),
            all_ones8: Constant::new(255u64.to_bits()),
            zero5: Constant::new(0u64.to_bits()),
            one5: Constant::new(1u64.to_bits()),
            sixteen: Constant::new(16u64.to_bits()),
            zero50: Constant::new(0u64.to_bits()),
            one50: Constant::new(1u64.to_bits()),
            rounded: Default::default(),
            shifted: Default::default(),
        }
    }
}

impl Logic for Requantizer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, product, addend, multiplier_left, shift_held, steps_left, running, result_held, done_pulse);
        self.done_pulse.d.next = false;
        // Rounding, shift and clamp of the finished product (used when the steps run out).
        self.rounded.next = self.product.q.val();
        if self.shift_held.q.val() != self.zero8.val() {
            self.rounded.next = self.product.q.val() + (self.one50.val() << (self.shift_held.q.val() - self.one8.val()));
        }
        self.shifted.next = self.rounded.val() >> self.shift_held.q.val();
        if self.running.q.val() {
            if self.steps_left.q.val() != self.zero5.val() {
                if self.multiplier_left.q.val().get_bit(0) {
                    self.product.d.next = self.product.q.val() + self.addend.q.val();
                }
                self.addend.d.next = self.addend.q.val() << 1;
                self.multiplier_left.d.next = self.multiplier_left.q.val() >> 1;
                self.steps_left.d.next = self.steps_left.q.val() - self.one5.val();
            } else {
                self.running.d.next = false;
                self.done_pulse.d.next = true;
                if (self.shift_held.q.val() > self.max_shift.val()) | self.rounded.val().get_bit(49) {
                    self.result_held.d.next = self.zero8.val();
                } else if self.shifted.val().get_bits::<42>(8).any() {
                    self.result_held.d.next = self.all_ones8.val();
                } else {
                    self.result_held.d.next = self.shifted.val().get_bits::<8>(0);
                }
            }
        } else if self.start.val() {
            self.running.d.next = true;
            self.product.d.next = self.zero50.val();
            self.addend.d.next = bit_cast::<50, 32>(self.acc.val());
            if self.acc.val().get_bit(31) {
                self.addend.d.next = bit_cast::<50, 32>(self.acc.val()) | self.sign_extension.val();
            }
            self.multiplier_left.d.next = self.multiplier.val();
            self.shift_held.d.next = self.shift.val();
            self.steps_left.d.next = self.sixteen.val();
        }
        if self.reset.val() {
            self.running.d.next = false;
            self.done_pulse.d.next = false;
        }
        self.busy.next = self.running.q.val();
        self.done.next = self.done_pulse.q.val();
        self.result.next = self.result_held.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use deeplock::layout::{requantize, RowHeader};

    fn step(r: &mut Requantizer) {
        assert!(simulate(r, 200));
        r.clock.next = true.into();
        assert!(simulate(r, 200));
        r.clock.next = false.into();
        assert!(simulate(r, 200));
    }

    /// Runs one requantization and checks the latency is exactly REQUANTIZER_LATENCY.
    fn hardware(r: &mut Requantizer, acc: i32, multiplier: u16, shift: u8) -> u8 {
        r.start.next = true;
        r.acc.next = (acc as u32).to_bits();
        r.multiplier.next = multiplier.to_bits();
        r.shift.next = shift.to_bits();
        step(r);
        r.start.next = false;
        for clocks in 1..=REQUANTIZER_LATENCY {
            step(r);
            if r.done.val() {
                assert_eq!(clocks, REQUANTIZER_LATENCY);
                return r.result.val().to_u64() as u8;
            }
        }
        panic!("no done after {REQUANTIZER_LATENCY} clocks");
    }

    #[test]
    fn matches_the_reference_on_edge_and_random_values() {
        let mut r = Requantizer::default();
        r.connect_all();
        r.reset.next = true;
        step(&mut r);
        r.reset.next = false;
        let accs = [i32::MIN, -65_536, -1, 0, 1, 255, 256, 1 << 24, i32::MAX];
        let multipliers = [0u16, 1, 32_768, 65_535];
        let shifts = [0u8, 1, 7, 8, 16, 30, 46, 47, 48, 63, 64, 200, 255];
        let mut cases: Vec<(i32, u16, u8)> = Vec::new();
        for &a in &accs {
            for &m in &multipliers {
                for &s in &shifts {
                    cases.push((a, m, s));
                }
            }
        }
        let mut seed = 0x9e3779b97f4a7c15u64;
        for _ in 0..1500 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let acc = ((seed >> 32) as i32) >> (seed % 24);
            cases.push((acc, (seed >> 8) as u16, ((seed >> 40) % 48) as u8));
        }
        for (acc, multiplier, shift) in cases {
            let expected = requantize(acc, RowHeader { bias: 0, multiplier, shift });
            assert_eq!(hardware(&mut r, acc, multiplier, shift), expected, "acc {acc} multiplier {multiplier} shift {shift}");
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut r = Requantizer::default();
        r.connect_all();
        crate::testing::lint("requantizer", &generate_verilog(&r));
    }
}
