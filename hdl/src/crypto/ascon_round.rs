//! `AsconRound`: one round of the Ascon permutation (NIST SP 800-232 §3) as combinational logic on
//! the five 64-bit state words: the round constant into x2, the 5-bit S-box applied bitsliced
//! across the 64 columns (its χ core between an XOR layer in and an XOR/NOT layer out), and the
//! linear diffusion layer, two rotations per word. The software twin is
//! `deeplock_spec::ascon::round`; the test holds this block to it.
//!
//! No flip-flop: the key-stream engine chains `R` of these per clock and registers the result.
//! Depth per round on a LUT4 device: about 2 levels for the S-box, 1 for the diffusion XOR3.

use rust_hdl::prelude::*;

/// One Ascon round.
#[derive(LogicBlock, Default)]
pub struct AsconRound {
    /// The state before the round, word 0..4 (SP 800-232's S0..S4).
    pub x0: Signal<In, Bits<64>>,
    pub x1: Signal<In, Bits<64>>,
    pub x2: Signal<In, Bits<64>>,
    pub x3: Signal<In, Bits<64>>,
    pub x4: Signal<In, Bits<64>>,
    /// This round's constant (`deeplock_spec::ascon::round_constant`), added to x2.
    pub round_constant: Signal<In, Bits<8>>,
    /// The state after the round.
    pub y0: Signal<Out, Bits<64>>,
    pub y1: Signal<Out, Bits<64>>,
    pub y2: Signal<Out, Bits<64>>,
    pub y3: Signal<Out, Bits<64>>,
    pub y4: Signal<Out, Bits<64>>,
    // The S-box's input XOR layer (constant included), its χ core, and its output layer.
    a0: Signal<Local, Bits<64>>,
    a1: Signal<Local, Bits<64>>,
    a2: Signal<Local, Bits<64>>,
    a3: Signal<Local, Bits<64>>,
    a4: Signal<Local, Bits<64>>,
    b0: Signal<Local, Bits<64>>,
    b1: Signal<Local, Bits<64>>,
    b2: Signal<Local, Bits<64>>,
    b3: Signal<Local, Bits<64>>,
    b4: Signal<Local, Bits<64>>,
    c0: Signal<Local, Bits<64>>,
    c1: Signal<Local, Bits<64>>,
    c2: Signal<Local, Bits<64>>,
    c3: Signal<Local, Bits<64>>,
    c4: Signal<Local, Bits<64>>,
}

impl Logic for AsconRound {
    #[hdl_gen]
    fn update(&mut self) {
        self.a0.next = self.x0.val() ^ self.x4.val();
        self.a1.next = self.x1.val();
        self.a2.next = self.x2.val() ^ bit_cast::<64, 8>(self.round_constant.val()) ^ self.x1.val();
        self.a3.next = self.x3.val();
        self.a4.next = self.x4.val() ^ self.x3.val();
        // χ: each word takes the AND of the next word's complement with the one after.
        self.b0.next = self.a0.val() ^ (!self.a1.val() & self.a2.val());
        self.b1.next = self.a1.val() ^ (!self.a2.val() & self.a3.val());
        self.b2.next = self.a2.val() ^ (!self.a3.val() & self.a4.val());
        self.b3.next = self.a3.val() ^ (!self.a4.val() & self.a0.val());
        self.b4.next = self.a4.val() ^ (!self.a0.val() & self.a1.val());
        self.c0.next = self.b0.val() ^ self.b4.val();
        self.c1.next = self.b1.val() ^ self.b0.val();
        self.c2.next = !self.b2.val();
        self.c3.next = self.b3.val() ^ self.b2.val();
        self.c4.next = self.b4.val();
        // Linear layer: x ^= (x >>> r1) ^ (x >>> r2), the rotations of SP 800-232 Table 3.
        self.y0.next = self.c0.val() ^ ((self.c0.val() >> 19) | (self.c0.val() << 45)) ^ ((self.c0.val() >> 28) | (self.c0.val() << 36));
        self.y1.next = self.c1.val() ^ ((self.c1.val() >> 61) | (self.c1.val() << 3)) ^ ((self.c1.val() >> 39) | (self.c1.val() << 25));
        self.y2.next = self.c2.val() ^ ((self.c2.val() >> 1) | (self.c2.val() << 63)) ^ ((self.c2.val() >> 6) | (self.c2.val() << 58));
        self.y3.next = self.c3.val() ^ ((self.c3.val() >> 10) | (self.c3.val() << 54)) ^ ((self.c3.val() >> 17) | (self.c3.val() << 47));
        self.y4.next = self.c4.val() ^ ((self.c4.val() >> 7) | (self.c4.val() << 57)) ^ ((self.c4.val() >> 41) | (self.c4.val() << 23));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{lint, settle};
    use deeplock_spec::ascon::{round, round_constant, ROUNDS_A};
    use rand::{Rng, SeedableRng};

    #[test]
    fn matches_the_software_round_on_random_states() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let mut uut = AsconRound::default();
        uut.connect_all();
        for case in 0..200 {
            let x: [u64; 5] = rng.gen();
            let i = case % ROUNDS_A;
            for (port, word) in [&mut uut.x0, &mut uut.x1, &mut uut.x2, &mut uut.x3, &mut uut.x4].into_iter().zip(x) {
                port.next = word.to_bits();
            }
            uut.round_constant.next = round_constant(i).to_bits();
            settle(&mut uut);
            let mut expected = x;
            round(&mut expected, round_constant(i));
            let got = [&uut.y0, &uut.y1, &uut.y2, &uut.y3, &uut.y4].map(|w| w.val().to_u64());
            assert_eq!(got, expected, "case {case}: round {i} of {x:x?}");
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = AsconRound::default();
        uut.connect_all();
        lint("ascon_round", &generate_verilog(&uut));
    }
}
