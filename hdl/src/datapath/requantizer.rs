//! Requantization of a hidden row's accumulator to its uint8 output, exactly as
//! `deeplock_spec::layout::requantize` defines it for every header value:
//! `y = clamp((acc * multiplier + round) >> shift, 0, 255)`, `round = 2^(shift-1)` (0 for shift 0),
//! and `y = 0` for shift > 47.
//!
//! Everything is serial, because a small FPGA has no multipliers and a 50-bit barrel shifter
//! costs hundreds of logic cells, and because a row has time to spare (a 784-input row takes
//! ~400 clocks on 2 lanes). The latency is fixed whatever the values: a data-dependent latency
//! would leak the unlocked header through the reported cycle count.
//!
//! 1. 16 clocks: the 32 x 16 product P, one multiplier bit per clock.
//! 2. 48 clocks: P shifted right arithmetically, one bit per clock, `shift - 1` times. Rounding
//!    then needs no wide constant: `floor((P + 2^(s-1)) / 2^s) = floor((floor(P / 2^(s-1)) + 1) / 2)`.
//! 3. 1 clock: +1 and the last shift, back into P.
//! 4. 1 clock: the clamp.

use rust_hdl::prelude::*;

use deeplock_spec::layout::MAX_SHIFT;

/// Clocks from the one after `start` to `done`: multiply, shift, round, finish.
pub const REQUANTIZER_LATENCY: usize = 16 + (MAX_SHIFT as usize + 1) + 2;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum Phase {
    Idle,
    Multiply,
    Shift,
    /// The rounding add, registered into `product` (a 50-bit carry chain: a clock of its own).
    Round,
    Finish,
}

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
    phase: DFF<Phase>,
    /// The product (50 bits, two's complement; it needs 48), then shifted right.
    product: DFF<Bits<50>>,
    /// `acc` sign-extended and shifted left once per multiply step.
    addend: DFF<Bits<50>>,
    /// Multiplier bits not yet used, LSB next.
    multiplier_left: DFF<Bits<16>>,
    /// Right shifts still to do (`shift - 1`, or 0).
    shifts_left: DFF<Bits<6>>,
    /// Clocks left in the current phase.
    clocks_left: DFF<Bits<6>>,
    no_shift: DFF<Bit>,
    too_far: DFF<Bit>,
    result_held: DFF<Bits<8>>,
    done_pulse: DFF<Bit>,
    halved: Signal<Local, Bits<50>>,
    incremented: Signal<Local, Bits<50>>,
    rounded: Signal<Local, Bits<50>>,
    shift_less_one_wide: Signal<Local, Bits<8>>,
    sign_extension: Constant<Bits<50>>,
    top_bit: Constant<Bits<50>>,
    max_shift: Constant<Bits<8>>,
    zero8: Constant<Bits<8>>,
    one8: Constant<Bits<8>>,
    all_ones8: Constant<Bits<8>>,
    zero6: Constant<Bits<6>>,
    one6: Constant<Bits<6>>,
    multiply_clocks: Constant<Bits<6>>,
    shift_clocks: Constant<Bits<6>>,
    zero50: Constant<Bits<50>>,
    one50: Constant<Bits<50>>,
}

fn c<const B: usize>(v: u64) -> Constant<Bits<B>> {
    Constant::new(v.to_bits())
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
            phase: Default::default(),
            product: Default::default(),
            addend: Default::default(),
            multiplier_left: Default::default(),
            shifts_left: Default::default(),
            clocks_left: Default::default(),
            no_shift: Default::default(),
            too_far: Default::default(),
            result_held: Default::default(),
            done_pulse: Default::default(),
            halved: Default::default(),
            incremented: Default::default(),
            rounded: Default::default(),
            shift_less_one_wide: Default::default(),
            sign_extension: c(((1u64 << 50) - 1) ^ 0xFFFF_FFFF),
            top_bit: c(1 << 49),
            max_shift: c(MAX_SHIFT as u64),
            zero8: c(0),
            one8: c(1),
            all_ones8: c(255),
            zero6: c(0),
            one6: c(1),
            multiply_clocks: c(16),
            shift_clocks: c(MAX_SHIFT as u64 + 1),
            zero50: c(0),
            one50: c(1),
        }
    }
}

impl Logic for Requantizer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, phase, product, addend, multiplier_left, shifts_left, clocks_left, no_shift, too_far, result_held, done_pulse);
        self.done_pulse.d.next = false;
        // P >> 1, arithmetic.
        self.halved.next = self.product.q.val() >> self.one8.val();
        if self.product.q.val().get_bit(49) {
            self.halved.next = (self.product.q.val() >> self.one8.val()) | self.top_bit.val();
        }
        // (floor(P / 2^(s-1)) + 1) >> 1, arithmetic.
        self.incremented.next = self.product.q.val() + self.one50.val();
        self.rounded.next = self.incremented.val() >> self.one8.val();
        if self.incremented.val().get_bit(49) {
            self.rounded.next = (self.incremented.val() >> self.one8.val()) | self.top_bit.val();
        }
        if self.no_shift.q.val() {
            self.rounded.next = self.product.q.val();
        }
        self.shift_less_one_wide.next = self.shift.val() - self.one8.val();
        if self.clocks_left.q.val() != self.zero6.val() {
            self.clocks_left.d.next = self.clocks_left.q.val() - self.one6.val();
        }
        match self.phase.q.val() {
            Phase::Idle => {
                if self.start.val() {
                    self.phase.d.next = Phase::Multiply;
                    self.clocks_left.d.next = self.multiply_clocks.val();
                    self.product.d.next = self.zero50.val();
                    self.addend.d.next = bit_cast::<50, 32>(self.acc.val());
                    if self.acc.val().get_bit(31) {
                        self.addend.d.next = bit_cast::<50, 32>(self.acc.val()) | self.sign_extension.val();
                    }
                    self.multiplier_left.d.next = self.multiplier.val();
                    self.no_shift.d.next = self.shift.val() == self.zero8.val();
                    self.too_far.d.next = self.shift.val() > self.max_shift.val();
                    self.shifts_left.d.next = self.zero6.val();
                    if (self.shift.val() != self.zero8.val()) & (self.shift.val() <= self.max_shift.val()) {
                        self.shifts_left.d.next = self.shift_less_one_wide.val().get_bits::<6>(0);
                    }
                }
            }
            Phase::Multiply => {
                if self.multiplier_left.q.val().get_bit(0) {
                    self.product.d.next = self.product.q.val() + self.addend.q.val();
                }
                self.addend.d.next = self.addend.q.val() << self.one8.val();
                self.multiplier_left.d.next = self.multiplier_left.q.val() >> self.one8.val();
                if self.clocks_left.q.val() == self.one6.val() {
                    self.phase.d.next = Phase::Shift;
                    self.clocks_left.d.next = self.shift_clocks.val();
                }
            }
            Phase::Shift => {
                if self.shifts_left.q.val() != self.zero6.val() {
                    self.product.d.next = self.halved.val();
                    self.shifts_left.d.next = self.shifts_left.q.val() - self.one6.val();
                }
                if self.clocks_left.q.val() == self.one6.val() {
                    self.phase.d.next = Phase::Round;
                }
            }
            Phase::Round => {
                self.product.d.next = self.rounded.val();
                self.phase.d.next = Phase::Finish;
            }
            Phase::Finish => {
                // `product` holds the rounded value: clamp it to 0..=255 (ReLU and saturation).
                self.phase.d.next = Phase::Idle;
                self.done_pulse.d.next = true;
                if self.too_far.q.val() | self.product.q.val().get_bit(49) {
                    self.result_held.d.next = self.zero8.val();
                } else if self.product.q.val().get_bits::<41>(8).any() {
                    self.result_held.d.next = self.all_ones8.val();
                } else {
                    self.result_held.d.next = self.product.q.val().get_bits::<8>(0);
                }
            }
            _ => {
                self.phase.d.next = Phase::Idle;
            }
        }
        if self.reset.val() {
            self.phase.d.next = Phase::Idle;
            self.done_pulse.d.next = false;
        }
        self.busy.next = self.phase.q.val() != Phase::Idle;
        self.done.next = self.done_pulse.q.val();
        self.result.next = self.result_held.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use deeplock_spec::layout::{requantize, RowHeader};

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
