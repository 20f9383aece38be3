//! The MAC array: N lanes of int8 x uint8 products, summed and accumulated into a row's int32
//! accumulator, `acc = bias + sum(w * x)` in wrapping 32-bit arithmetic, exactly as
//! `deeplock_spec::layout::accumulate`.
//!
//! Three pipeline stages, all stalled together by `advance` (low while a finished row waits for
//! the output stage): lane products, their sum, the accumulator. A beat flagged `row_start`
//! loads the bias instead of adding to the previous row; a beat flagged `row_end` delivers the
//! finished accumulator, with the row's requantization parameters, on the `row_*` stream.

use rust_hdl::prelude::*;

use crate::datapath::mac_lane::{MacLane, PRODUCT_BITS};
use crate::datapath::mac_streams::{MacBeatSink, MacRowSource};

/// Clocks from a beat entering to its row's accumulator on `row_acc` (with no stall).
pub const MAC_LATENCY: usize = 3;

/// N lanes (`BITS` = 8N bits of weights and of activations per beat).
#[derive(LogicBlock)]
pub struct MacArray<const N: usize, const BITS: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: empties the pipeline.
    pub reset: Signal<In, Bit>,
    /// Weight beats in (from the sequencer).
    pub beat: MacBeatSink<N, BITS>,
    /// N uint8 activations, same lane order.
    pub activations: Signal<In, Bits<BITS>>,
    /// Finished rows out (to the output stage).
    pub row: MacRowSource,
    /// No beat is anywhere in the pipeline and no row is waiting.
    pub empty: Signal<Out, Bit>,
    lanes: Vec<MacLane>,
    advance: Signal<Local, Bit>,
    // Stage 1: products (in the lanes) and the beat's flags.
    valid1: DFF<Bit>,
    start1: DFF<Bit>,
    end1: DFF<Bit>,
    bias1: DFF<Bits<32>>,
    multiplier1: DFF<Bits<16>>,
    shift1: DFF<Bits<8>>,
    last1: DFF<Bit>,
    // Stage 2: the lanes' sum.
    lane_sum: Signal<Local, Bits<PRODUCT_BITS>>,
    sum2: DFF<Bits<PRODUCT_BITS>>,
    valid2: DFF<Bit>,
    start2: DFF<Bit>,
    end2: DFF<Bit>,
    bias2: DFF<Bits<32>>,
    multiplier2: DFF<Bits<16>>,
    shift2: DFF<Bits<8>>,
    last2: DFF<Bit>,
    // Stage 3: the running accumulator and the finished row.
    sum_wide: Signal<Local, Bits<32>>,
    base: Signal<Local, Bits<32>>,
    acc: DFF<Bits<32>>,
    out_valid: DFF<Bit>,
    out_acc: DFF<Bits<32>>,
    out_multiplier: DFF<Bits<16>>,
    out_shift: DFF<Bits<8>>,
    out_last: DFF<Bit>,
    sign_extension: Constant<Bits<32>>,
    sum_sign: Constant<Bits<PRODUCT_BITS>>,
    zero_sum: Constant<Bits<PRODUCT_BITS>>,
}

impl<const N: usize, const BITS: usize> MacArray<N, BITS> {
    pub fn new() -> Self {
        assert_eq!(BITS, 8 * N, "BITS must be 8 x N");
        assert!((1..=8).contains(&N), "1 to 8 lanes");
        MacArray {
            clock: Default::default(),
            reset: Default::default(),
            beat: Default::default(),
            activations: Default::default(),
            row: Default::default(),
            empty: Default::default(),
            lanes: (0..N).map(|_| MacLane::default()).collect(),
            advance: Default::default(),
            valid1: Default::default(),
            start1: Default::default(),
            end1: Default::default(),
            bias1: Default::default(),
            multiplier1: Default::default(),
            shift1: Default::default(),
            last1: Default::default(),
            lane_sum: Default::default(),
            sum2: Default::default(),
            valid2: Default::default(),
            start2: Default::default(),
            end2: Default::default(),
            bias2: Default::default(),
            multiplier2: Default::default(),
            shift2: Default::default(),
            last2: Default::default(),
            sum_wide: Default::default(),
            base: Default::default(),
            acc: Default::default(),
            out_valid: Default::default(),
            out_acc: Default::default(),
            out_multiplier: Default::default(),
            out_shift: Default::default(),
            out_last: Default::default(),
            sign_extension: Constant::new((0xFFFF_FFFFu64 << PRODUCT_BITS & 0xFFFF_FFFF).to_bits()),
            sum_sign: Constant::new((1u64 << (PRODUCT_BITS - 1)).to_bits()),
            zero_sum: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const N: usize, const BITS: usize> Default for MacArray<N, BITS> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize, const BITS: usize> Logic for MacArray<N, BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, valid1, start1, end1, bias1, multiplier1, shift1, last1, sum2, valid2, start2, end2, bias2,
            multiplier2, shift2, last2, acc, out_valid, out_acc, out_multiplier, out_shift, out_last
        );
        // Everything moves unless a finished row is waiting for the output stage. Only the
        // register counts, not whether the row leaves this clock: the output stage's ready
        // then stops here instead of running back through the sequencer (a clock of stall per
        // row, against hundreds of clocks per row).
        self.advance.next = !self.out_valid.q.val();
        self.beat.ready.next = self.advance.val();

        // Stage 1: the lanes register their products.
        for i in 0..N {
            self.lanes[i].clock.next = self.clock.val();
            self.lanes[i].advance.next = self.advance.val();
            self.lanes[i].weight.next = self.beat.weights.val().get_bits::<8>(8 * i);
            self.lanes[i].activation.next = self.activations.val().get_bits::<8>(8 * i);
            self.lanes[i].lane_enable.next = self.beat.lane_mask.val().get_bit(i) & self.beat.valid.val();
        }
        // Stage 2: the sum of the lanes (24-bit two's complement: no overflow for 8 lanes).
        self.lane_sum.next = self.zero_sum.val();
        for i in 0..N {
            self.lane_sum.next = self.lane_sum.val() + self.lanes[i].product.val();
        }
        // Stage 3: accumulate, sign-extended to 32 bits, wrapping like the reference.
        self.sum_wide.next = bit_cast::<32, PRODUCT_BITS>(self.sum2.q.val());
        if (self.sum2.q.val() & self.sum_sign.val()).any() {
            self.sum_wide.next = bit_cast::<32, PRODUCT_BITS>(self.sum2.q.val()) | self.sign_extension.val();
        }
        self.base.next = self.acc.q.val();
        if self.start2.q.val() {
            self.base.next = self.bias2.q.val();
        }

        if self.out_valid.q.val() & self.row.ready.val() {
            self.out_valid.d.next = false;
        }
        if self.advance.val() {
            self.valid1.d.next = self.beat.valid.val();
            self.start1.d.next = self.beat.row_start.val();
            self.end1.d.next = self.beat.row_end.val();
            self.bias1.d.next = self.beat.bias.val();
            self.multiplier1.d.next = self.beat.multiplier.val();
            self.shift1.d.next = self.beat.shift.val();
            self.last1.d.next = self.beat.last_layer.val();

            self.valid2.d.next = self.valid1.q.val();
            self.sum2.d.next = self.lane_sum.val();
            self.start2.d.next = self.start1.q.val();
            self.end2.d.next = self.end1.q.val();
            self.bias2.d.next = self.bias1.q.val();
            self.multiplier2.d.next = self.multiplier1.q.val();
            self.shift2.d.next = self.shift1.q.val();
            self.last2.d.next = self.last1.q.val();

            if self.valid2.q.val() {
                self.acc.d.next = self.base.val() + self.sum_wide.val();
                if self.end2.q.val() {
                    self.out_valid.d.next = true;
                    self.out_acc.d.next = self.base.val() + self.sum_wide.val();
                    self.out_multiplier.d.next = self.multiplier2.q.val();
                    self.out_shift.d.next = self.shift2.q.val();
                    self.out_last.d.next = self.last2.q.val();
                }
            }
        }
        if self.reset.val() {
            self.valid1.d.next = false;
            self.valid2.d.next = false;
            self.out_valid.d.next = false;
        }
        self.row.valid.next = self.out_valid.q.val();
        self.row.acc.next = self.out_acc.q.val();
        self.row.multiplier.next = self.out_multiplier.q.val();
        self.row.shift.next = self.out_shift.q.val();
        self.row.last_layer.next = self.out_last.q.val();
        self.empty.next = !(self.valid1.q.val() | self.valid2.q.val() | self.out_valid.q.val());
    }
}

#[cfg(test)]
mod tests;
