//! The unlock lanes: `W` InvSbox lanes and the key-stream XOR, `p = InvSbox(c) ^ k`, as a two-stage
//! valid/ready pipeline that sustains one beat per clock and stalls without loss or duplication.
//!
//! Stage A is the InvSbox register (the block RAM's read register, or the register in the middle
//! of the logic S-Box), loaded whenever the stage can take a beat and held by the S-Box enable
//! otherwise. Stage B
//! is the output register: the key-stream beat is consumed, and XORed in, as a beat moves A -> B,
//! so the key stream's own output register doubles as the key's pipeline register.
//!
//! Latency: a beat taken at rising edge n is on `plain_data` with `plain_valid` from edge n + 1
//! (two register stages), whenever stage B is free and the key stream is valid; the consumer can
//! take it at edge n + 2. `locked_ready` depends combinationally on `plain_ready` (two LUT levels
//! from registers and `plain_ready`).

use rust_hdl::prelude::*;

use crate::crypto::sbox::{Sbox, SboxImpl, SboxKind};

/// `W` unlock lanes (`BITS` = 8W) between a locked-byte stream and a plaintext stream.
#[derive(LogicBlock)]
pub struct UnlockLanes<const W: usize, const BITS: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset, also the restart flush: the beats in flight are dropped at this edge and
    /// no beat is taken or delivered in this cycle (`plain_data` keeps its value; valids reset).
    pub reset: Signal<In, Bit>,
    /// Locked beat: byte i is payload byte beat*W + i.
    pub locked_data: Signal<In, Bits<BITS>>,
    /// `locked_data` is valid (hold it until taken).
    pub locked_valid: Signal<In, Bit>,
    /// The lanes take the locked beat at this edge (when `locked_valid`).
    pub locked_ready: Signal<Out, Bit>,
    /// Key-stream beat for the next locked beat.
    pub ks_data: Signal<In, Bits<BITS>>,
    /// `ks_data` is valid.
    pub ks_valid: Signal<In, Bit>,
    /// The lanes take the key-stream beat at this edge (when `ks_valid`).
    pub ks_ready: Signal<Out, Bit>,
    /// Plaintext beat.
    pub plain_data: Signal<Out, Bits<BITS>>,
    /// `plain_data` is valid.
    pub plain_valid: Signal<Out, Bit>,
    /// The consumer takes the plaintext beat at this edge.
    pub plain_ready: Signal<In, Bit>,
    inv_sbox: Sbox<W, BITS>,
    a_valid: DFF<Bit>,
    b_valid: DFF<Bit>,
    plain: DFF<Bits<BITS>>,
    key_wanted: Signal<Local, Bit>,
    move_ab: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
}

impl<const W: usize, const BITS: usize> UnlockLanes<W, BITS> {
    /// `W` lanes (1, 2, 4 or 8) with InvSbox lookups built as `sbox`.
    pub fn new(sbox: SboxImpl) -> Self {
        assert!(matches!(W, 1 | 2 | 4 | 8), "1, 2, 4 or 8 lanes, not {W}");
        assert_eq!(BITS, 8 * W, "BITS must be 8 * W");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            locked_data: Default::default(),
            locked_valid: Default::default(),
            locked_ready: Default::default(),
            ks_data: Default::default(),
            ks_valid: Default::default(),
            ks_ready: Default::default(),
            plain_data: Default::default(),
            plain_valid: Default::default(),
            plain_ready: Default::default(),
            inv_sbox: Sbox::new(SboxKind::Inverse, sbox),
            a_valid: Default::default(),
            b_valid: Default::default(),
            plain: Default::default(),
            key_wanted: Default::default(),
            move_ab: Default::default(),
            take: Default::default(),
        }
    }
}

impl<const W: usize, const BITS: usize> Logic for UnlockLanes<W, BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, a_valid, b_valid, plain);
        self.inv_sbox.clock.next = self.clock.val();
        // A beat moves A -> B when B is free (or being emptied) and its key beat is there.
        self.key_wanted.next = self.a_valid.q.val() && (!self.b_valid.q.val() || self.plain_ready.val());
        self.move_ab.next = self.key_wanted.val() && self.ks_valid.val();
        self.take.next = !self.reset.val() && (!self.a_valid.q.val() || self.move_ab.val());
        // Stage A loads whenever it can take a beat (a bubble loads don't-care data, a_valid low).
        self.inv_sbox.enable.next = self.take.val();
        self.inv_sbox.data_in.next = self.locked_data.val();
        if self.take.val() {
            self.a_valid.d.next = self.locked_valid.val();
        }
        if self.move_ab.val() {
            self.b_valid.d.next = true;
        } else if self.plain_ready.val() {
            self.b_valid.d.next = false;
        }
        if self.move_ab.val() {
            self.plain.d.next = self.inv_sbox.data_out.val() ^ self.ks_data.val();
        }
        if self.reset.val() {
            self.a_valid.d.next = false;
            self.b_valid.d.next = false;
        }
        self.locked_ready.next = self.take.val();
        self.ks_ready.next = self.key_wanted.val();
        self.plain_data.next = self.plain.q.val();
        self.plain_valid.next = self.b_valid.q.val() && !self.reset.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, settle};
    use deeplock_spec::sbox::INV_SBOX;
    use rand::{Rng, SeedableRng};

    /// The reference: `p = InvSbox(c) ^ k`, byte by byte.
    fn reference(c: u64, k: u64, w: usize) -> u64 {
        (0..w).fold(0, |p, i| {
            let (cb, kb) = ((c >> (8 * i)) as u8, (k >> (8 * i)) as u8);
            p | (u64::from(INV_SBOX[cb as usize] ^ kb) << (8 * i))
        })
    }

    /// Streams `beats` random locked beats and key beats through the lanes with random valid gaps
    /// (a valid, once raised, holds until taken) and random back-pressure; the plaintext stream
    /// must be exactly the inputs mapped through the reference, in order.
    fn stream<const W: usize, const BITS: usize>(sbox: SboxImpl, seed: u64, beats: usize) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mask = if BITS == 64 { u64::MAX } else { (1u64 << BITS) - 1 };
        let locked: Vec<u64> = (0..beats).map(|_| rng.gen::<u64>() & mask).collect();
        let keys: Vec<u64> = (0..beats).map(|_| rng.gen::<u64>() & mask).collect();
        let expected: Vec<u64> = locked.iter().zip(&keys).map(|(&c, &k)| reference(c, k, W)).collect();
        let mut uut = UnlockLanes::<W, BITS>::new(sbox);
        uut.connect_all();
        uut.reset.next = true;
        cycle!(uut);
        uut.reset.next = false;
        let (mut li, mut ki) = (0, 0);
        let (mut l_valid, mut k_valid) = (false, false);
        let mut got = Vec::new();
        let mut clocks = 0;
        while got.len() < beats {
            clocks += 1;
            assert!(clocks < 20 * beats + 100, "{sbox} W={W}: stalled after {} of {beats} beats", got.len());
            // A gap-or-valid choice only while nothing is offered (valid holds until taken).
            if !l_valid && li < beats {
                l_valid = rng.gen_bool(0.6);
            }
            if !k_valid && ki < beats {
                k_valid = rng.gen_bool(0.7);
            }
            let ready = rng.gen_bool(0.6);
            uut.locked_valid.next = l_valid;
            uut.locked_data.next = (if l_valid { locked[li] } else { rng.gen::<u64>() & mask }).to_bits();
            uut.ks_valid.next = k_valid;
            uut.ks_data.next = (if k_valid { keys[ki] } else { rng.gen::<u64>() & mask }).to_bits();
            uut.plain_ready.next = ready;
            settle(&mut uut);
            let (l_taken, k_taken) = (l_valid && uut.locked_ready.val(), k_valid && uut.ks_ready.val() && uut.ks_valid.val());
            // A key beat is only consumed together with a locked beat moving to stage B, which
            // must follow the locked beats taken: never more key beats than locked beats.
            let delivered = uut.plain_valid.val() && ready;
            let plain = uut.plain_data.val().to_u64();
            cycle!(uut);
            if delivered {
                got.push(plain);
            }
            if l_taken {
                li += 1;
                l_valid = false;
            }
            if k_taken {
                // The lanes consume the key beat only when a beat moves A -> B; ks_ready says so.
                ki += 1;
                k_valid = false;
            }
            assert!(ki <= li, "{sbox} W={W}: a key beat was taken with no locked beat to go with it");
        }
        // Nothing more comes out: no duplication.
        for _ in 0..10 {
            uut.locked_valid.next = false;
            uut.ks_valid.next = false;
            uut.plain_ready.next = true;
            settle(&mut uut);
            assert!(!uut.plain_valid.val(), "{sbox} W={W}: an extra beat after the stream");
            cycle!(uut);
        }
        assert_eq!(li, beats);
        assert_eq!(ki, beats);
        for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
            assert_eq!(g, e, "{sbox} W={W}: beat {i}: got {g:#x}, want InvSbox(c) ^ k = {e:#x}");
        }
    }

    #[test]
    fn unlock_lanes_stream_inv_sbox_xor_key_without_loss_or_duplication() {
        for (i, sbox) in SboxImpl::ALL.into_iter().enumerate() {
            stream::<1, 8>(sbox, 11 + i as u64, 300);
            stream::<2, 16>(sbox, 21 + i as u64, 300);
            stream::<8, 64>(sbox, 31 + i as u64, 300);
        }
    }

    #[test]
    fn unlock_lanes_sustain_one_beat_per_clock_without_back_pressure() {
        let mut uut = UnlockLanes::<2, 16>::new(SboxImpl::BlockRam);
        uut.connect_all();
        uut.reset.next = true;
        cycle!(uut);
        uut.reset.next = false;
        let mut got = Vec::new();
        let mut k = 0u64;
        for n in 0..40u64 {
            uut.locked_valid.next = true;
            uut.locked_data.next = (n * 0x0101).to_bits();
            uut.ks_valid.next = true;
            uut.ks_data.next = (k * 3).to_bits();
            uut.plain_ready.next = true;
            settle(&mut uut);
            assert!(uut.locked_ready.val(), "locked beat {n} not taken at full rate");
            // From the second clock on, a key beat is consumed every clock too.
            assert_eq!(uut.ks_ready.val(), n > 0, "key beat wanted at clock {n}");
            if uut.ks_ready.val() {
                k += 1;
            }
            if uut.plain_valid.val() {
                got.push(uut.plain_data.val().to_u64());
            }
            cycle!(uut);
        }
        // Latency two clocks: 38 of the 40 beats are out.
        assert_eq!(got.len(), 38);
        for (n, g) in got.iter().enumerate() {
            assert_eq!(*g, reference(n as u64 * 0x0101, n as u64 * 3, 2), "beat {n}");
        }
    }
}
