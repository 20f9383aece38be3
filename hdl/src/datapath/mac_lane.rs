//! One multiplier lane: int8 weight x uint8 activation, registered. The product of a masked lane
//! is 0, so padding weights past a row's real inputs never count, whatever a wrong key made of
//! them (`deeplock_spec::layout::accumulate` ignores them too).

use rust_hdl::prelude::*;

/// Width of a lane's product, sign-extended so the sum of up to 8 lanes needs no further extension.
pub const PRODUCT_BITS: usize = 24;

#[derive(LogicBlock, Default)]
pub struct MacLane {
    pub clock: Signal<In, Clock>,
    /// Register a new product at this edge (low: hold).
    pub advance: Signal<In, Bit>,
    /// The weight, int8.
    pub weight: Signal<In, Bits<8>>,
    /// The activation, uint8.
    pub activation: Signal<In, Bits<8>>,
    /// The lane holds a real input (low: its product is 0).
    pub lane_enable: Signal<In, Bit>,
    /// `weight * activation` as a 24-bit two's-complement number.
    pub product: Signal<Out, Bits<PRODUCT_BITS>>,
}

// Written as Verilog: rust-hdl multiplies only 16 x 16, and yosys does not shrink that multiplier
// to the 8 x 9 bits an int8 x uint8 product needs (239 against ~100 LUTs per lane). The Rust
// model below is the same register for rust-hdl's simulator; the Verilog is checked against the
// reference in Verilator (the accelerator tests).
impl Logic for MacLane {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.advance.val() {
            let product = if self.lane_enable.val() {
                i64::from(self.weight.val().to_u32() as u8 as i8) * i64::from(self.activation.val().to_u32())
            } else {
                0
            };
            self.product.next = ((product as u64) & ((1 << PRODUCT_BITS) - 1)).to_bits();
        }
    }

    fn connect(&mut self) {
        self.product.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "wire signed [16:0] full = $signed(weight) * $signed({{1'b0, activation}});
always @(posedge clock) begin
    if (advance) product <= lane_enable ? {{{{{ext}{{full[16]}}}}, full}} : {bits}'d0;
end",
            ext = PRODUCT_BITS - 17,
            bits = PRODUCT_BITS
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_weight_times_every_activation() {
        let mut lane = MacLane::default();
        lane.connect_all();
        lane.advance.next = true;
        lane.lane_enable.next = true;
        for w in -128..=127i32 {
            for a in (0..=255u32).step_by(3).chain([255]) {
                lane.weight.next = (w as u8).to_bits();
                lane.activation.next = a.to_bits();
                assert!(simulate(&mut lane, 100));
                lane.clock.next = true.into();
                assert!(simulate(&mut lane, 100));
                lane.clock.next = false.into();
                assert!(simulate(&mut lane, 100));
                let p = lane.product.val().to_u32();
                let signed = ((p << 8) as i32) >> 8;
                assert_eq!(signed, w * a as i32, "{w} x {a}");
            }
        }
        lane.lane_enable.next = false;
        assert!(simulate(&mut lane, 100));
        lane.clock.next = true.into();
        assert!(simulate(&mut lane, 100));
        assert_eq!(lane.product.val().to_u32(), 0);
    }

    #[test]
    fn verilog_is_clean() {
        let mut lane = MacLane::default();
        lane.connect_all();
        crate::testing::lint("mac_lane", &generate_verilog(&lane));
    }
}
