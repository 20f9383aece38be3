//! One multiplier lane: int8 weight x uint8 activation, registered. The product of a masked lane
//! is 0, so padding weights past a row's real inputs never count, whatever a wrong key made of
//! them (`deeplock::layout::accumulate` ignores them too).

use rust_hdl::prelude::*;

/// Width of a lane's product, sign-extended so the sum of up to 8 lanes needs no further extension.
pub const PRODUCT_BITS: usize = 24;

#[derive(LogicBlock)]
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
    weight_bits: Signal<Local, Bits<16>>,
    weight_wide: Signal<Local, Signed<16>>,
    activation_wide: Signal<Local, Signed<16>>,
    full_product: Signal<Local, Signed<32>>,
    product_wide: Signal<Local, Bits<32>>,
    held: DFF<Bits<PRODUCT_BITS>>,
    upper_byte: Constant<Bits<16>>,
    zero: Constant<Bits<PRODUCT_BITS>>,
}

impl Default for MacLane {
    fn default() -> Self {
        MacLane {
            clock: Default::default(),
            advance: Default::default(),
            weight: Default::default(),
            activation: Default::default(),
            lane_enable: Default::default(),
            product: Default::default(),
            weight_bits: Default::default(),
            weight_wide: Default::default(),
            activation_wide: Default::default(),
            full_product: Default::default(),
            product_wide: Default::default(),
            held: Default::default(),
            upper_byte: Constant::new(0xff00u16.to_bits()),
            zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for MacLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, held);
        // Sign-extend the weight, zero-extend the activation (rust-hdl multiplies 16 x 16 only;
        // synthesis drops the constant upper bits). The sign extension is by hand: rust-hdl
        // 0.46's `signed_bit_cast` recurses forever on -128.
        self.weight_bits.next = bit_cast::<16, 8>(self.weight.val());
        if self.weight.val().get_bit(7) {
            self.weight_bits.next = bit_cast::<16, 8>(self.weight.val()) | self.upper_byte.val();
        }
        self.weight_wide.next = signed_cast(self.weight_bits.val());
        self.activation_wide.next = signed_cast(bit_cast::<16, 8>(self.activation.val()));
        self.full_product.next = self.weight_wide.val() * self.activation_wide.val();
        // A part-select of `$unsigned(...)` is not Verilog: name the cast first.
        self.product_wide.next = unsigned_cast(self.full_product.val());
        if self.advance.val() {
            self.held.d.next = self.zero.val();
            if self.lane_enable.val() {
                self.held.d.next = self.product_wide.val().get_bits::<PRODUCT_BITS>(0);
            }
        }
        self.product.next = self.held.q.val();
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
