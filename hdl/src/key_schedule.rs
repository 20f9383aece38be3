//! The paper-mode key stream: the AES-128 key expansion of K continued past round 10 (Rcon keeps
//! doubling modulo 0x11B), streamed as the bytes of w[4], w[5], … (byte 0 of a word, its most
//! significant byte, first), W bytes per beat, one beat per clock with no bubbles.
//!
//! # Timing strategy: a two-word engine with a time-shared S-Box
//! The engine keeps the last four words, s0..s3 = w[n-3..n], and advances two words at a time:
//! w[n+1] = s0 ^ f(s3), w[n+2] = s1 ^ w[n+1], where f is SubWord(RotWord(·)) ^ Rcon when n+1 is a
//! multiple of 4 (the "T step") and the identity otherwise. The beat output is the pair (s2, s3).
//! An advance is therefore one XOR-and-mux level after the S-Box outputs: no S-Box sits between
//! the state registers and themselves in a single cycle.
//!
//! The S-Box input of the next T step is X = w[4r+3], and it is known two steps early: while the
//! engine holds (w[4r-2..4r+1]) ("phase 1"), X = s0 ^ s1 ^ s3. Its four bytes are looked up in
//! G = 4/NS groups of NS bytes, one group per clock, starting right after the engine enters phase
//! 1; earlier groups are collected in a register, the last group is read straight off the S-Box
//! output register (which holds, having a read enable). A pair lasts B = 8/W beats, so the lookups
//! have 2B clocks and need G + 1: NS = 4 S-Boxes for W = 8, 2 for W = 4, 1 for W = 1. With block
//! RAM S-Boxes that is 4, 2 and 1 SB_RAM40_4K.
//!
//! # Restart
//! `restart` loads the phase-1 state that steps to (w0, w1, w2, w3): s = (w1^w2, w2^w3, w0, w1),
//! whose X is w3. The engine then primes itself (G lookups, two advances) and raises `ks_valid`
//! with w[4] first, G + 1 clocks after the restart edge. The stream always restarts at w[4]:
//! the accelerator reads its weights from offset 0 on every pass, so no word offset is offered.
//! A key change takes effect at the next restart.

use rust_hdl::prelude::*;

use deeplock::keyschedule::FIRST_RCON;
use deeplock::sbox::AES_POLY_LOW;

use crate::sbox::{Sbox, SboxImpl, SboxKind};

/// The schedule's S-Box count for a beat width of `lanes` bytes.
pub const fn sboxes_for_lanes(lanes: usize) -> usize {
    if lanes >= 2 {
        lanes / 2
    } else {
        1
    }
}

/// Clocks from a `restart` edge to the first valid beat.
pub const fn restart_latency(lanes: usize) -> usize {
    4 / sboxes_for_lanes(lanes) + 1
}

/// Key-stream generator, `W` bytes per beat (`BITS` = 8W), with `NS` S-Boxes (`SB` = 8NS).
#[derive(LogicBlock)]
pub struct KeySchedule<const W: usize, const BITS: usize, const NS: usize, const SB: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: state zeroed, stream stopped (`ks_valid` low) until `restart`.
    pub reset: Signal<In, Bit>,
    /// Strobe: start over at w[4] from `key_word0..3`; wins over a beat in the same cycle.
    pub restart: Signal<In, Bit>,
    /// Key bytes K[0..4], K[0] in bits [7:0].
    pub key_word0: Signal<In, Bits<32>>,
    /// Key bytes K[4..8].
    pub key_word1: Signal<In, Bits<32>>,
    /// Key bytes K[8..12].
    pub key_word2: Signal<In, Bits<32>>,
    /// Key bytes K[12..16].
    pub key_word3: Signal<In, Bits<32>>,
    /// Key-stream beat: byte i is stream byte beat*W + i.
    pub ks_data: Signal<Out, Bits<BITS>>,
    /// `ks_data` is valid.
    pub ks_valid: Signal<Out, Bit>,
    /// The consumer takes the beat at this edge (when `ks_valid`).
    pub ks_ready: Signal<In, Bit>,
    sbox: Sbox<NS, SB>,
    s0: DFF<Bits<32>>,
    s1: DFF<Bits<32>>,
    s2: DFF<Bits<32>>,
    s3: DFF<Bits<32>>,
    /// Rcon of the next T step.
    rcon: DFF<Bits<8>>,
    /// S-Box results of the groups looked up so far, entering at the top and moving down.
    collected: DFF<Bits<32>>,
    /// The next advance is a T step (the engine holds w[4r..4r+3]).
    phase3: DFF<Bit>,
    /// Lookup groups issued since the engine entered phase 1 (saturates at G).
    lookups: DFF<Bits<3>>,
    /// Beat index within the current pair.
    beat: DFF<Bits<3>>,
    running: DFF<Bit>,
    started: DFF<Bit>,
    x: Signal<Local, Bits<32>>,
    /// Bit offset of lookup group `lookups` in X.
    lookup_offset: Signal<Local, Bits<5>>,
    sbox_at_top: Signal<Local, Bits<32>>,
    sub_word: Signal<Local, Bits<32>>,
    rotated: Signal<Local, Bits<32>>,
    rcon_word: Signal<Local, Bits<32>>,
    feedback: Signal<Local, Bits<32>>,
    next_a: Signal<Local, Bits<32>>,
    next_b: Signal<Local, Bits<32>>,
    rcon_shifted: Signal<Local, Bits<8>>,
    rcon_doubled: Signal<Local, Bits<8>>,
    beat_index: Signal<Local, Bits<3>>,
    beat_plus_one: Signal<Local, Bits<3>>,
    lookups_plus_one: Signal<Local, Bits<3>>,
    advance_allowed: Signal<Local, Bit>,
    last_beat: Signal<Local, Bit>,
    valid: Signal<Local, Bit>,
    take_beat: Signal<Local, Bit>,
    advance: Signal<Local, Bit>,
    lookup: Signal<Local, Bit>,
    pair: Signal<Local, Bits<64>>,
    /// Bit offset of beat `beat` in the pair.
    beat_offset: Signal<Local, Bits<6>>,
    first_rcon: Constant<Bits<8>>,
    poly_low: Constant<Bits<8>>,
    groups: Constant<Bits<3>>,
    last_beat_index: Constant<Bits<3>>,
    beat_mask: Constant<Bits<3>>,
    one: Constant<Bits<3>>,
    zero3: Constant<Bits<3>>,
    zero8: Constant<Bits<8>>,
    zero32: Constant<Bits<32>>,
    group_shift: Constant<Bits<8>>,
    group_bits: Constant<Bits<8>>,
    top_shift: Constant<Bits<8>>,
    beat_shift: Constant<Bits<8>>,
}

impl<const W: usize, const BITS: usize, const NS: usize, const SB: usize> KeySchedule<W, BITS, NS, SB> {
    /// A key stream of `W` bytes per beat (1, 4 or 8), with S-Boxes built as `sbox`.
    pub fn new(sbox: SboxImpl) -> Self {
        assert!(matches!(W, 1 | 4 | 8), "the key stream is 1, 4 or 8 bytes per beat, not {W}");
        assert_eq!(BITS, 8 * W, "BITS must be 8 * W");
        assert_eq!(NS, sboxes_for_lanes(W), "NS must be sboxes_for_lanes(W)");
        assert_eq!(SB, 8 * NS, "SB must be 8 * NS");
        let (beats, groups) = (8 / W, 4 / NS);
        // The lookups start after the engine enters phase 1 and the first group's result is
        // needed by the T step 2B clocks later; the last group is issued at the phase-1 advance.
        assert!(groups <= beats && groups < 2 * beats);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            restart: Default::default(),
            key_word0: Default::default(),
            key_word1: Default::default(),
            key_word2: Default::default(),
            key_word3: Default::default(),
            ks_data: Default::default(),
            ks_valid: Default::default(),
            ks_ready: Default::default(),
            sbox: Sbox::new(SboxKind::Forward, sbox),
            s0: Default::default(),
            s1: Default::default(),
            s2: Default::default(),
            s3: Default::default(),
            rcon: Default::default(),
            collected: Default::default(),
            phase3: Default::default(),
            lookups: Default::default(),
            beat: Default::default(),
            running: Default::default(),
            started: Default::default(),
            x: Default::default(),
            lookup_offset: Default::default(),
            sbox_at_top: Default::default(),
            sub_word: Default::default(),
            rotated: Default::default(),
            rcon_word: Default::default(),
            feedback: Default::default(),
            next_a: Default::default(),
            next_b: Default::default(),
            rcon_shifted: Default::default(),
            rcon_doubled: Default::default(),
            beat_index: Default::default(),
            beat_plus_one: Default::default(),
            lookups_plus_one: Default::default(),
            advance_allowed: Default::default(),
            last_beat: Default::default(),
            valid: Default::default(),
            take_beat: Default::default(),
            advance: Default::default(),
            lookup: Default::default(),
            pair: Default::default(),
            beat_offset: Default::default(),
            first_rcon: Constant::new(u64::from(FIRST_RCON).to_bits()),
            poly_low: Constant::new(u64::from(AES_POLY_LOW).to_bits()),
            groups: Constant::new((groups as u64).to_bits()),
            last_beat_index: Constant::new((beats as u64 - 1).to_bits()),
            beat_mask: Constant::new((beats as u64 - 1).to_bits()),
            one: Constant::new(1u64.to_bits()),
            zero3: Constant::new(0u64.to_bits()),
            zero8: Constant::new(0u64.to_bits()),
            zero32: Constant::new(0u64.to_bits()),
            group_shift: Constant::new(u64::from((8 * NS).trailing_zeros()).to_bits()),
            group_bits: Constant::new((8 * NS as u64).to_bits()),
            top_shift: Constant::new((32 - 8 * NS as u64).to_bits()),
            beat_shift: Constant::new(u64::from(BITS.trailing_zeros()).to_bits()),
        }
    }
}

impl<const W: usize, const BITS: usize, const NS: usize, const SB: usize> Logic for KeySchedule<W, BITS, NS, SB> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, s0, s1, s2, s3, rcon, collected, phase3, lookups, beat, running, started);
        self.sbox.clock.next = self.clock.val();

        // Lookups: group g of X = w[4r+3] = s0 ^ s1 ^ s3 (valid in phase 1).
        self.x.next = self.s0.q.val() ^ self.s1.q.val() ^ self.s3.q.val();
        self.lookup_offset.next = bit_cast::<5, 3>(self.lookups.q.val()) << self.group_shift.val();
        self.sbox.data_in.next = self.x.val().get_bits::<SB>(self.lookup_offset.val().index());
        // SubWord(X): collected groups shifted down, the S-Box output on top (final after G groups).
        self.sbox_at_top.next = bit_cast::<32, SB>(self.sbox.data_out.val()) << self.top_shift.val();
        self.sub_word.next = (self.collected.q.val() >> self.group_bits.val()) | self.sbox_at_top.val();
        // RotWord in stream byte order (byte 0 in bits [7:0]) is a right rotation; Rcon goes to byte 0.
        self.rotated.next = (self.sub_word.val() >> 8) | (self.sub_word.val() << 24);
        self.rcon_word.next = bit_cast::<32, 8>(self.rcon.q.val());
        if self.phase3.q.val() {
            self.feedback.next = self.rotated.val() ^ self.rcon_word.val();
        } else {
            self.feedback.next = self.s3.q.val();
        }
        self.next_a.next = self.s0.q.val() ^ self.feedback.val();
        self.next_b.next = self.s1.q.val() ^ self.next_a.val();
        // Rcon doubles in GF(2^8) (xtime) after each T step.
        self.rcon_shifted.next = self.rcon.q.val() << 1;
        if self.rcon.q.val().get_bit(7) {
            self.rcon_doubled.next = self.rcon_shifted.val() ^ self.poly_low.val();
        } else {
            self.rcon_doubled.next = self.rcon_shifted.val();
        }

        // Handshake and sequencing.
        self.lookups_plus_one.next = self.lookups.q.val() + self.one.val();
        if self.phase3.q.val() {
            self.advance_allowed.next = self.lookups.q.val() == self.groups.val();
        } else {
            // lookups >= G - 1, written so that G = 1 is not a constant comparison.
            self.advance_allowed.next = self.lookups_plus_one.val() >= self.groups.val();
        }
        self.beat_index.next = self.beat.q.val() & self.beat_mask.val();
        self.last_beat.next = self.beat_index.val() == self.last_beat_index.val();
        self.valid.next = self.started.q.val() && (!self.last_beat.val() || self.advance_allowed.val());
        self.take_beat.next = self.valid.val() && self.ks_ready.val();
        self.advance.next = self.running.q.val()
            && self.advance_allowed.val()
            && (!self.started.q.val() || (self.take_beat.val() && self.last_beat.val()));
        self.lookup.next = self.running.q.val() && !self.phase3.q.val() && (self.lookups.q.val() != self.groups.val());
        self.sbox.enable.next = self.lookup.val();
        self.beat_plus_one.next = self.beat_index.val() + self.one.val();

        if self.take_beat.val() {
            if self.last_beat.val() {
                self.beat.d.next = self.zero3.val();
            } else {
                self.beat.d.next = self.beat_plus_one.val();
            }
        }
        if self.lookup.val() {
            self.lookups.d.next = self.lookups_plus_one.val();
            if self.lookups.q.val() != self.zero3.val() {
                self.collected.d.next = self.sub_word.val();
            }
        }
        if self.advance.val() {
            self.s0.d.next = self.s2.q.val();
            self.s1.d.next = self.s3.q.val();
            self.s2.d.next = self.next_a.val();
            self.s3.d.next = self.next_b.val();
            self.phase3.d.next = !self.phase3.q.val();
            if self.phase3.q.val() {
                self.rcon.d.next = self.rcon_doubled.val();
                self.started.d.next = true;
                self.lookups.d.next = self.zero3.val();
            }
        }
        if self.restart.val() {
            self.s0.d.next = self.key_word1.val() ^ self.key_word2.val();
            self.s1.d.next = self.key_word2.val() ^ self.key_word3.val();
            self.s2.d.next = self.key_word0.val();
            self.s3.d.next = self.key_word1.val();
            self.rcon.d.next = self.first_rcon.val();
            self.phase3.d.next = false;
            self.lookups.d.next = self.zero3.val();
            self.beat.d.next = self.zero3.val();
            self.running.d.next = true;
            self.started.d.next = false;
        }
        if self.reset.val() {
            self.s0.d.next = self.zero32.val();
            self.s1.d.next = self.zero32.val();
            self.s2.d.next = self.zero32.val();
            self.s3.d.next = self.zero32.val();
            self.collected.d.next = self.zero32.val();
            self.rcon.d.next = self.zero8.val();
            self.phase3.d.next = false;
            self.lookups.d.next = self.zero3.val();
            self.beat.d.next = self.zero3.val();
            self.running.d.next = false;
            self.started.d.next = false;
        }

        // Output: beat `beat` of the pair (s2, s3).
        self.pair.next = (bit_cast::<64, 32>(self.s3.q.val()) << 32) | bit_cast::<64, 32>(self.s2.q.val());
        self.beat_offset.next = bit_cast::<6, 3>(self.beat_index.val()) << self.beat_shift.val();
        self.ks_data.next = self.pair.val().get_bits::<BITS>(self.beat_offset.val().index());
        self.ks_valid.next = self.valid.val();
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testing::{cycle, lint, settle};
    use deeplock::keyschedule::KeyStream;
    use deeplock::MasterKey;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    pub(crate) const FIPS_KEY: [u8; 16] = [
        0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c,
    ];

    /// The software reference: key-stream bytes from w[4] on.
    pub(crate) fn reference_stream(key: [u8; 16], bytes: usize) -> Vec<u8> {
        KeyStream::new(&MasterKey::from_bytes(key)).flat_map(u32::to_be_bytes).take(bytes).collect()
    }

    /// Key word j as the key register presents it: K[4j] in bits [7:0].
    pub(crate) fn key_word(key: &[u8; 16], j: usize) -> u32 {
        u32::from_le_bytes([key[4 * j], key[4 * j + 1], key[4 * j + 2], key[4 * j + 3]])
    }

    type Ks<const W: usize, const BITS: usize, const NS: usize, const SB: usize> = KeySchedule<W, BITS, NS, SB>;

    fn set_key<const W: usize, const BITS: usize, const NS: usize, const SB: usize>(uut: &mut Ks<W, BITS, NS, SB>, key: &[u8; 16]) {
        uut.key_word0.next = key_word(key, 0).to_bits();
        uut.key_word1.next = key_word(key, 1).to_bits();
        uut.key_word2.next = key_word(key, 2).to_bits();
        uut.key_word3.next = key_word(key, 3).to_bits();
    }

    /// A schedule after reset and a restart with `key`.
    fn started<const W: usize, const BITS: usize, const NS: usize, const SB: usize>(sbox: SboxImpl, key: &[u8; 16]) -> Ks<W, BITS, NS, SB> {
        let mut uut = Ks::<W, BITS, NS, SB>::new(sbox);
        uut.connect_all();
        uut.reset.next = true;
        cycle!(uut);
        uut.reset.next = false;
        set_key(&mut uut, key);
        uut.restart.next = true;
        cycle!(uut);
        uut.restart.next = false;
        uut
    }

    /// Takes `bytes` key-stream bytes; `ready` decides per cycle whether to take a beat.
    fn take<const W: usize, const BITS: usize, const NS: usize, const SB: usize>(
        uut: &mut Ks<W, BITS, NS, SB>,
        bytes: usize,
        mut ready: impl FnMut() -> bool,
    ) -> (Vec<u8>, usize) {
        let mut out = Vec::with_capacity(bytes);
        let mut cycles = 0;
        while out.len() < bytes {
            uut.ks_ready.next = ready();
            settle(uut);
            if uut.ks_valid.val() && uut.ks_ready.val() {
                out.extend_from_slice(&uut.ks_data.val().to_u64().to_le_bytes()[..W]);
            }
            cycle!(*uut);
            cycles += 1;
            assert!(cycles < 100 * bytes + 100, "key stream stalled");
        }
        (out, cycles)
    }

    fn check_width<const W: usize, const BITS: usize, const NS: usize, const SB: usize>() {
        let mut rng = StdRng::seed_from_u64(W as u64);
        for sbox in SboxImpl::ALL {
            // FIPS-197 A.1: w[4..44], with ready always high: one beat per clock, no bubbles
            // after the restart latency.
            let mut uut = started::<W, BITS, NS, SB>(sbox, &FIPS_KEY);
            let (bytes, cycles) = take(&mut uut, 160, || true);
            assert_eq!(bytes, reference_stream(FIPS_KEY, 160), "W={W} {sbox}: FIPS-197 key");
            assert_eq!(&bytes[..4], &[0xa0, 0xfa, 0xfe, 0x17]);
            assert_eq!(&bytes[156..], &[0xb6, 0x63, 0x0c, 0xa6]);
            assert_eq!(cycles, restart_latency(W) + 160 / W, "W={W} {sbox}: bubbles in the stream");

            // Random keys over 60 rounds (past the 51-round Rcon period), random back-pressure.
            for _ in 0..3 {
                let key: [u8; 16] = rng.gen();
                let mut uut = started::<W, BITS, NS, SB>(sbox, &key);
                let (bytes, _) = take(&mut uut, 60 * 16, || rng.gen_bool(0.6));
                assert_eq!(bytes, reference_stream(key, 60 * 16), "W={W} {sbox}: random key");
            }

            // Restart mid-stream (mid-pair and mid-round) with another key: w[4] of the new key.
            let key: [u8; 16] = rng.gen();
            let mut uut = started::<W, BITS, NS, SB>(sbox, &FIPS_KEY);
            take(&mut uut, 5 * 16 + 3 * W, || rng.gen_bool(0.7));
            set_key(&mut uut, &key);
            uut.restart.next = true;
            uut.ks_ready.next = true;
            cycle!(uut);
            uut.restart.next = false;
            settle(&mut uut);
            assert!(!uut.ks_valid.val(), "restart drops the old stream at once");
            let (bytes, _) = take(&mut uut, 40 * 16, || rng.gen_bool(0.8));
            assert_eq!(bytes, reference_stream(key, 40 * 16), "W={W} {sbox}: after restart");

            // Reset stops the stream until the next restart.
            uut.reset.next = true;
            cycle!(uut);
            uut.reset.next = false;
            for _ in 0..20 {
                uut.ks_ready.next = true;
                cycle!(uut);
                assert!(!uut.ks_valid.val(), "no key stream after reset");
            }
        }
    }

    #[test]
    fn one_byte_beats_match_the_reference() {
        check_width::<1, 8, 1, 8>();
    }

    #[test]
    fn four_byte_beats_match_the_reference() {
        check_width::<4, 32, 2, 16>();
    }

    #[test]
    fn eight_byte_beats_match_the_reference() {
        check_width::<8, 64, 4, 32>();
    }

    #[test]
    fn verilog_is_clean() {
        for sbox in SboxImpl::ALL {
            let mut a = KeySchedule::<1, 8, 1, 8>::new(sbox);
            a.connect_all();
            lint(&format!("key_schedule_1_{sbox}"), &generate_verilog(&a));
            let mut b = KeySchedule::<4, 32, 2, 16>::new(sbox);
            b.connect_all();
            lint(&format!("key_schedule_4_{sbox}"), &generate_verilog(&b));
            let mut c = KeySchedule::<8, 64, 4, 32>::new(sbox);
            c.connect_all();
            lint(&format!("key_schedule_8_{sbox}"), &generate_verilog(&c));
        }
    }
}
