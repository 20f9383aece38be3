//! The paper-mode key stream: the AES-128 key expansion of K continued past round 10 (Rcon keeps
//! doubling modulo 0x11B), streamed as the bytes of w[4], w[5], … (byte 0 of a word, its most
//! significant byte, first), W bytes per beat, one beat per clock with no bubbles.
//!
//! # Timing strategy: a two-word engine with a time-shared S-Box
//! The engine keeps the last four words, s0..s3 = w[n-3..n], and advances two words at a time:
//! w[n+1] = s0 ^ f(s3), w[n+2] = s1 ^ w[n+1], where f is SubWord(RotWord(·)) ^ Rcon when n+1 is a
//! multiple of 4 (the "T step") and the identity otherwise. The beat output is the pair (s2, s3).
//! No S-Box sits between the state registers and themselves within one clock: the T step reads
//! S-Box results that were registered earlier.
//!
//! The S-Box input of the T step is X = w[4r+3]. The engine alternates between "phase 1", holding
//! w[4r-2..4r+1], where X = s0 ^ s1 ^ s3, and "phase 3", holding w[4r..4r+3], where X = s3. X's four
//! bytes are looked up in G = 4/NS groups of NS bytes, one group per clock: group 0 at the edge
//! that enters phase 3 (from s0 ^ s1 ^ s3, read every clock of phase 1 since the state is still;
//! that XOR is kept apart from the next-word logic, which carries the S-Box output in phase 3 and
//! would make a false path S-Box -> S-Box), the others at the following edges (from s3). Earlier
//! groups are collected in a register; the last one is read straight off the S-Box output register,
//! which holds (read enable) until the T step. A pair lasts at least B = 8/W clocks and the lookups
//! need G, so NS = 4 S-Boxes for W = 8, 2 for W = 4, 1 for W = 1 (as many SB_RAM40_4K with block RAM).
//!
//! The 128 state flip-flops change together; their enable is two LUTs from flip-flops
//! (`kick` | registered last-beat flag & the consumer's ready), because nextpnr routes it through a
//! global buffer, which alone costs about 4 ns.
//!
//! # Restart
//! `restart` (registered on entry) loads the phase-1 state that steps to (w0, w1, w2, w3):
//! s = (w1^w2, w2^w3, w0, w1), whose X is w3. The engine then primes itself (phase-3 advance, the G
//! lookups, the T step) and raises `ks_valid` with w[4] first, `restart_latency(W)` = G + 2 clocks
//! after the edge that samples `restart`. The stream always restarts at w[4]: the accelerator reads
//! its weights from offset 0 on every pass, so no word offset is offered. A key change takes effect
//! at the next restart.

use rust_hdl::prelude::*;

use deeplock_spec::keyschedule::FIRST_RCON;
use deeplock_spec::sbox::AES_POLY_LOW;

use crate::crypto::sbox::{Sbox, SboxImpl, SboxKind};

/// The schedule's S-Box count for a beat width of `lanes` bytes.
pub const fn sboxes_for_lanes(lanes: usize) -> usize {
    if lanes >= 2 {
        lanes / 2
    } else {
        1
    }
}

/// Clocks from the edge that samples `restart` to the first valid beat.
pub const fn restart_latency(lanes: usize) -> usize {
    4 / sboxes_for_lanes(lanes) + 2
}

/// Key-stream generator, `W` bytes per beat (`BITS` = 8W), with `NS` S-Boxes (`SB` = 8NS).
#[derive(LogicBlock)]
pub struct KeySchedule<const W: usize, const BITS: usize, const NS: usize, const SB: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset, acting one clock after the edge that samples it: state zeroed, stream
    /// stopped (`ks_valid` low) until `restart`.
    pub reset: Signal<In, Bit>,
    /// Strobe: start over at w[4] from `key_word0..3`, acting one clock after the edge that
    /// samples it (a beat taken at the next edge is still from the old stream).
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
    /// `ks_data` is valid (a register: it does not depend on `ks_ready`).
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
    /// S-Box results of the groups looked up so far, entering at the top and moving down. (Not
    /// wiped by `reset`: it holds at most 3 bytes of SubWord of one expanded-key word.)
    collected: DFF<Bits<32>>,
    /// The engine holds w[4r..4r+3]: the next advance is a T step.
    phase3: DFF<Bit>,
    /// Lookup groups issued in this round: 1 in phase 1, up to G in phase 3.
    lookups: DFF<Bits<3>>,
    /// Beat index within the current pair.
    beat: DFF<Bits<3>>,
    /// One-hot priming sequence: bit k is set k clocks after the restart load.
    prime: DFF<Bits<5>>,
    /// The stream is running (set by the first T step after a restart).
    started: DFF<Bit>,
    /// Registered "the next taken beat ends a pair" (started and on the last beat).
    on_last_beat: DFF<Bit>,
    /// Registered "update the state at the next edge regardless of the consumer": a restart
    /// load, a reset, or a priming step.
    kick: DFF<Bit>,
    /// `restart`, registered: selects the key load.
    restart_q: DFF<Bit>,
    /// `reset`, registered: only ever the synchronous reset of flip-flops. It drives a global net,
    /// so it feeds no LUT (a global's driver sits by its buffer, far from the logic).
    reset_q: DFF<Bit>,
    /// `restart` or `reset`, registered, for the logic.
    load_q: DFF<Bit>,
    /// Group 0 of X = s0 ^ s1 ^ s3 in phase 1.
    x: Signal<Local, Bits<SB>>,
    lookup_offset: Signal<Local, Bits<5>>,
    group: Signal<Local, Bits<3>>,
    sbox_at_top: Signal<Local, Bits<32>>,
    sub_word: Signal<Local, Bits<32>>,
    rotated: Signal<Local, Bits<32>>,
    rcon_word: Signal<Local, Bits<32>>,
    feedback: Signal<Local, Bits<32>>,
    next_a: Signal<Local, Bits<32>>,
    next_b: Signal<Local, Bits<32>>,
    rcon_shifted: Signal<Local, Bits<8>>,
    rcon_doubled: Signal<Local, Bits<8>>,
    beat_plus_one: Signal<Local, Bits<3>>,
    lookups_plus_one: Signal<Local, Bits<3>>,
    beat_next: Signal<Local, Bits<3>>,
    started_next: Signal<Local, Bit>,
    prime_next: Signal<Local, Bits<5>>,
    take_beat: Signal<Local, Bit>,
    update: Signal<Local, Bit>,
    lookup: Signal<Local, Bit>,
    pair: Signal<Local, Bits<64>>,
    /// Bit offset of beat `beat` in the pair.
    beat_offset: Signal<Local, Bits<6>>,
    first_rcon: Constant<Bits<8>>,
    poly_low: Constant<Bits<8>>,
    groups: Constant<Bits<3>>,
    last_beat_index: Constant<Bits<3>>,
    beat_mask: Constant<Bits<3>>,
    group_mask: Constant<Bits<3>>,
    group_force: Constant<Bits<3>>,
    prime_advances: Constant<Bits<5>>,
    prime_first: Constant<Bits<5>>,
    prime_last: Constant<Bits<5>>,
    zero5: Constant<Bits<5>>,
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
    /// A key stream of `W` bytes per beat (1, 2, 4 or 8), with S-Boxes built as `sbox`.
    pub fn new(sbox: SboxImpl) -> Self {
        assert!(matches!(W, 1 | 2 | 4 | 8), "the key stream is 1, 2, 4 or 8 bytes per beat, not {W}");
        assert_eq!(BITS, 8 * W, "BITS must be 8 * W");
        assert_eq!(NS, sboxes_for_lanes(W), "NS must be sboxes_for_lanes(W)");
        assert_eq!(SB, 8 * NS, "SB must be 8 * NS");
        let (beats, groups) = (8 / W, 4 / NS);
        // Phase 3 lasts at least B clocks and holds G - 1 lookups plus the last one's read-out;
        // nothing in steady state checks it, so it must hold by construction.
        assert!(groups <= beats && groups <= 4);
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
            prime: Default::default(),
            started: Default::default(),
            on_last_beat: Default::default(),
            kick: Default::default(),
            restart_q: Default::default(),
            reset_q: Default::default(),
            load_q: Default::default(),
            x: Default::default(),
            lookup_offset: Default::default(),
            group: Default::default(),
            sbox_at_top: Default::default(),
            sub_word: Default::default(),
            rotated: Default::default(),
            rcon_word: Default::default(),
            feedback: Default::default(),
            next_a: Default::default(),
            next_b: Default::default(),
            rcon_shifted: Default::default(),
            rcon_doubled: Default::default(),
            beat_plus_one: Default::default(),
            lookups_plus_one: Default::default(),
            beat_next: Default::default(),
            started_next: Default::default(),
            prime_next: Default::default(),
            take_beat: Default::default(),
            update: Default::default(),
            lookup: Default::default(),
            pair: Default::default(),
            beat_offset: Default::default(),
            first_rcon: Constant::new(u64::from(FIRST_RCON).to_bits()),
            poly_low: Constant::new(u64::from(AES_POLY_LOW).to_bits()),
            groups: Constant::new((groups as u64).to_bits()),
            last_beat_index: Constant::new((beats as u64 - 1).to_bits()),
            // Lets yosys see the counters' unused values (beats and G are powers of two).
            beat_mask: Constant::new((beats as u64 - 1).to_bits()),
            group_mask: Constant::new((if groups > 2 { groups as u64 - 1 } else { 0 }).to_bits()),
            group_force: Constant::new((if groups == 2 { 1u64 } else { 0 }).to_bits()),
            // Priming advances: into phase 3 one clock after the load, the T step G clocks later.
            prime_advances: Constant::new((1u64 | (1 << groups)).to_bits()),
            prime_first: Constant::new(1u64.to_bits()),
            prime_last: Constant::new((1u64 << groups).to_bits()),
            zero5: Constant::new(0u64.to_bits()),
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
        dff_setup!(
            self, clock, s0, s1, s2, s3, rcon, collected, phase3, lookups, beat, prime, started, on_last_beat, kick, restart_q,
            reset_q, load_q
        );
        self.sbox.clock.next = self.clock.val();
        self.restart_q.d.next = self.restart.val();
        self.reset_q.d.next = self.reset.val();
        self.load_q.d.next = self.restart.val() || self.reset.val();

        // The next pair: SubWord(X) is the collected groups shifted down with the S-Box output on
        // top; RotWord in stream byte order (byte 0 in bits [7:0]) is a right rotation; Rcon goes
        // into byte 0.
        self.sbox_at_top.next = bit_cast::<32, SB>(self.sbox.data_out.val()) << self.top_shift.val();
        self.sub_word.next = (self.collected.q.val() >> self.group_bits.val()) | self.sbox_at_top.val();
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

        // State update: on the last beat of a pair once running, on `kick` otherwise. Both
        // conditions are registered, so the enable is two LUTs from any flip-flop. Everything
        // below is written enable-over-reset, as the iCE40 flip-flop works.
        self.take_beat.next = self.started.q.val() && self.ks_ready.val();
        self.update.next = (self.on_last_beat.q.val() && self.ks_ready.val()) || self.kick.q.val();
        if self.update.val() {
            if self.reset_q.q.val() {
                self.s0.d.next = self.zero32.val();
                self.s1.d.next = self.zero32.val();
                self.s2.d.next = self.zero32.val();
                self.s3.d.next = self.zero32.val();
                self.rcon.d.next = self.zero8.val();
                self.phase3.d.next = false;
            } else if self.restart_q.q.val() {
                self.s0.d.next = self.key_word1.val() ^ self.key_word2.val();
                self.s1.d.next = self.key_word2.val() ^ self.key_word3.val();
                self.s2.d.next = self.key_word0.val();
                self.s3.d.next = self.key_word1.val();
                self.rcon.d.next = self.first_rcon.val();
                self.phase3.d.next = false;
            } else {
                self.s0.d.next = self.s2.q.val();
                self.s1.d.next = self.s3.q.val();
                self.s2.d.next = self.next_a.val();
                self.s3.d.next = self.next_b.val();
                self.phase3.d.next = !self.phase3.q.val();
                if self.phase3.q.val() {
                    self.rcon.d.next = self.rcon_doubled.val();
                }
            }
        }

        // Lookups. In phase 1 the state is still, so the S-Box reads group 0 of
        // X = s0 ^ s1 ^ s3 every clock, the last read being at the edge that enters phase 3;
        // groups 1.. follow at the next edges, from X = s3.
        self.x.next = self.s0.q.val().get_bits::<SB>(0) ^ self.s1.q.val().get_bits::<SB>(0) ^ self.s3.q.val().get_bits::<SB>(0);
        // The group read in phase 3 is `lookups` (1..G-1); for G = 2 it is always 1.
        self.group.next = (self.lookups.q.val() & self.group_mask.val()) | self.group_force.val();
        self.lookup_offset.next = bit_cast::<5, 3>(self.group.val()) << self.group_shift.val();
        if self.phase3.q.val() {
            self.lookup.next = self.lookups.q.val() != self.groups.val();
            self.sbox.data_in.next = self.s3.q.val().get_bits::<SB>(self.lookup_offset.val().index());
        } else {
            self.lookup.next = true;
            self.sbox.data_in.next = self.x.val();
        }
        self.sbox.enable.next = self.lookup.val();
        self.lookups_plus_one.next = self.lookups.q.val() + self.one.val();
        // Lookup count: held at 1 in phase 1 (group 0 is read at the edge into phase 3), counting
        // up to G in phase 3. It depends on no handshake, which keeps it off the critical paths.
        if self.phase3.q.val() {
            if self.lookup.val() {
                self.lookups.d.next = self.lookups_plus_one.val();
                self.collected.d.next = self.sub_word.val();
            }
        } else {
            self.lookups.d.next = self.one.val();
        }

        // Beats, start and priming.
        self.beat_plus_one.next = self.beat.q.val() + self.one.val();
        self.beat_next.next = self.beat.q.val();
        if self.take_beat.val() {
            if self.on_last_beat.q.val() {
                self.beat_next.next = self.zero3.val();
            } else {
                self.beat_next.next = self.beat_plus_one.val();
            }
        }
        // The stream starts with the priming T step, which `kick` makes certain: no handshake here.
        self.started_next.next = self.started.q.val() || ((self.prime.q.val() & self.prime_last.val()) != self.zero5.val());
        self.prime_next.next = self.prime.q.val() << 1;
        if self.load_q.q.val() {
            // The old stream ends here, one clock after the strobe was sampled.
            self.beat_next.next = self.zero3.val();
            self.started_next.next = false;
            if self.restart_q.q.val() {
                self.prime_next.next = self.prime_first.val();
            } else {
                self.prime_next.next = self.zero5.val();
            }
        }
        self.beat.d.next = self.beat_next.val() & self.beat_mask.val();
        self.started.d.next = self.started_next.val();
        self.prime.d.next = self.prime_next.val();
        self.on_last_beat.d.next = self.started_next.val() && (self.beat_next.val() == self.last_beat_index.val());
        self.kick.d.next = self.restart.val()
            || self.reset.val()
            || ((self.prime_next.val() & self.prime_advances.val()) != self.zero5.val());

        // Output: beat `beat` of the pair (s2, s3).
        self.pair.next = (bit_cast::<64, 32>(self.s3.q.val()) << 32) | bit_cast::<64, 32>(self.s2.q.val());
        self.beat_offset.next = bit_cast::<6, 3>(self.beat.q.val()) << self.beat_shift.val();
        self.ks_data.next = self.pair.val().get_bits::<BITS>(self.beat_offset.val().index());
        self.ks_valid.next = self.started.q.val();
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testing::{cycle, lint, settle};
    use deeplock_spec::keyschedule::KeyStream;
    use deeplock_spec::MasterKey;
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
            // A beat taken at the next edge is still from the old stream (the user discards it).
            cycle!(uut);
            assert!(!uut.ks_valid.val(), "restart ends the old stream one clock after the strobe");
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
    fn two_byte_beats_match_the_reference() {
        check_width::<2, 16, 1, 8>();
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
            let mut d = KeySchedule::<2, 16, 1, 8>::new(sbox);
            d.connect_all();
            lint(&format!("key_schedule_2_{sbox}"), &generate_verilog(&d));
            let mut b = KeySchedule::<4, 32, 2, 16>::new(sbox);
            b.connect_all();
            lint(&format!("key_schedule_4_{sbox}"), &generate_verilog(&b));
            let mut c = KeySchedule::<8, 64, 4, 32>::new(sbox);
            c.connect_all();
            lint(&format!("key_schedule_8_{sbox}"), &generate_verilog(&c));
        }
    }
}
