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
