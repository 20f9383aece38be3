//! `UnlockCore`: key register + key-stream engines + `W` unlock lanes, the block the accelerator
//! puts between its weight memory and its MAC array.
//!
//! ```text
//!                                                ┌► KeySchedule (paper) ──────ks──┐
//!  key.write/_data ──► KeyRegister ──key (4 words)┤                          mux ─┤ hardened
//!  key.commit/clear     │ key.loaded, …           └► AsconKeyStream (hardened) ks─┘ ▼
//!  locked_* ───────────────────────────────────────────────────────► UnlockLanes ──► plain_*
//! ```
//!
//! A build carries the engines of the lock modes it runs (`LockModes`): the paper-mode
//! [`KeySchedule`], the hardened-mode [`AsconKeyStream`] (`hardened_rounds_per_clock(W)` rounds per
//! clock, enough for one beat per clock), or both; the key reaches nothing else. With both, the
//! `hardened` input picks the engine of the pass (it must not change while one runs); the nonce
//! inputs are read by the hardened engine only.
//!
//! Ports (W bytes per beat; byte i of a beat is payload byte beat*W + i):
//! `clock`, `reset`; the key port (`crypto::key_port`; Verilog `key$write`, `key$write_data[7:0]`,
//! `key$commit`, `key$clear`, `key$discard`, `key$commit_error`, `key$loaded`); `restart`; input stream `locked_data[8W-1:0]`,
//! `locked_valid`, `locked_ready`; output stream `plain_data[8W-1:0]`, `plain_valid`,
//! `plain_ready`; `hardened`, `nonce_word0..2` (the CONFIG block's lock section). No port carries
//! key bits.
//!
//! Use: write K[0], …, K[15] (one `key.write` strobe each) and strobe `key.commit`; `key.loaded`
//! (or a `key.commit_error` pulse) follows `key_register::COMMIT_LATENCY` clocks after the commit
//! is sampled. Then strobe `restart` and stream the payload from offset 0.
//!
//! Timing of the strobes: `restart`, `key.clear` and `reset` act one clock after the edge that
//! samples them. A beat taken or delivered at that edge still belongs to the old pass; in the
//! next clock nothing is taken or delivered and the lanes empty. The new key stream is valid
//! `restart_to_key_stream(W, hardened)` clocks after the sampling edge (paper mode: 3, 4, 6, 6 for
//! W = 8, 4, 2, 1; hardened: 5, 8, 14, 14); beats taken meanwhile wait in stage A. `key.clear` zeroes the key and the schedule state, stops the
//! key stream and empties the lanes. The core unlocks with whatever key is committed (all zero if
//! none): the controller checks `key.loaded`.
//!
//! Latency: a beat taken at edge n is on `plain_*` from edge n + 1 (the consumer can take it at
//! edge n + 2); one beat per clock when `plain_ready` stays high.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::LockModes;

use crate::crypto::ascon_key_stream::{self, AsconKeyStream};
use crate::crypto::key_port::KeyPortTarget;
use crate::crypto::key_register::KeyRegister;
use crate::crypto::key_schedule::{self, sboxes_for_lanes, KeySchedule};
use crate::crypto::sbox::SboxImpl;
use crate::crypto::unlock_lane::UnlockLanes;

/// Unlock core with `W` lanes (`BITS` = 8W) and `NS` key-schedule S-Boxes (`SB` = 8NS); use the
/// aliases [`UnlockCore1`], [`UnlockCore2`], [`UnlockCore4`], [`UnlockCore8`].
#[derive(LogicBlock)]
pub struct UnlockCore<const W: usize, const BITS: usize, const NS: usize, const SB: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset of the whole core (key cleared, stream stopped, pipeline empty).
    pub reset: Signal<In, Bit>,
    /// The key port (see [`KeyRegister`]); `clear` also stops the key stream and flushes the
    /// lanes.
    pub key: KeyPortTarget,
    /// Strobe: flush the beats in flight and restart the key stream at payload offset 0.
    pub restart: Signal<In, Bit>,
    /// Locked beat (W bytes).
    pub locked_data: Signal<In, Bits<BITS>>,
    /// `locked_data` is valid (hold it until taken).
    pub locked_valid: Signal<In, Bit>,
    /// The core takes the locked beat at this edge (when `locked_valid`).
    pub locked_ready: Signal<Out, Bit>,
    /// Plaintext beat (W bytes).
    pub plain_data: Signal<Out, Bits<BITS>>,
    /// `plain_data` is valid.
    pub plain_valid: Signal<Out, Bit>,
    /// The consumer takes the plaintext beat at this edge.
    pub plain_ready: Signal<In, Bit>,
    /// The pass unlocks hardened mode (only read by a build with both modes; hold it while a pass
    /// runs).
    pub hardened: Signal<In, Bit>,
    /// The model's nonce, bytes N[0..4] (N[0] in bits [7:0]); read by the hardened engine.
    pub nonce_word0: Signal<In, Bits<32>>,
    /// Nonce bytes N[4..8].
    pub nonce_word1: Signal<In, Bits<32>>,
    /// Nonce bytes N[8..12].
    pub nonce_word2: Signal<In, Bits<32>>,
    key_register: KeyRegister,
    /// The paper-mode engine, if the build runs paper mode (0 or 1 of them).
    key_schedule: Vec<KeySchedule<W, BITS, NS, SB>>,
    /// The hardened-mode engine, if the build runs hardened mode (0 or 1 of them).
    ascon: Vec<AsconKeyStream<W, BITS>>,
    lanes: UnlockLanes<W, BITS>,
    /// `restart`, `key.clear` or `reset`, registered: the lanes' flush.
    flush_q: DFF<Bit>,
    /// The pass's key stream comes from the hardened engine.
    use_ascon: Signal<Local, Bit>,
    has_paper: Constant<Bit>,
    has_hardened: Constant<Bit>,
    zero_beat: Constant<Bits<BITS>>,
}

/// One byte per beat.
pub type UnlockCore1 = UnlockCore<1, 8, 1, 8>;
/// 2 lanes: the Alchitry Cu's core.
pub type UnlockCore2 = UnlockCore<2, 16, 1, 8>;
/// Four bytes (one word) per beat.
pub type UnlockCore4 = UnlockCore<4, 32, 2, 16>;
/// Eight bytes per beat.
pub type UnlockCore8 = UnlockCore<8, 64, 4, 32>;

/// Clocks from the edge that samples `restart` to the first valid key-stream beat inside the
/// core (beats taken meanwhile wait in stage A).
pub const fn restart_to_key_stream(lanes: usize, hardened: bool) -> usize {
    if hardened {
        ascon_key_stream::restart_latency(hardened_rounds_per_clock(lanes), hardened_buffered(lanes))
    } else {
        key_schedule::restart_latency(lanes)
    }
}

/// Ascon rounds per clock of a `lanes`-lane core's hardened engine: a 16-byte block per 8/R
/// clocks covers one beat per clock (R = 1, 1, 2, 4 for W = 1, 2, 4, 8).
pub const fn hardened_rounds_per_clock(lanes: usize) -> usize {
    if lanes < 2 {
        1
    } else {
        lanes / 2
    }
}

/// Whether a `lanes`-lane core's hardened engine has its output buffer (one beat per clock). Up
/// to 2 lanes it does not: those builds are for small FPGAs behind a slow link (the Alchitry Cu
/// at 12 Mbaud is link-bound at 1 B/clock with time to spare), where the buffer's ~400 logic
/// cells are what the HX8K lacks. The engine then makes 16 bytes per 16/W + 8 clocks.
pub const fn hardened_buffered(lanes: usize) -> bool {
    lanes > 2
}

/// Beat widths the core supports.
pub const SUPPORTED_LANES: [usize; 4] = [1, 2, 4, 8];

impl<const W: usize, const BITS: usize, const NS: usize, const SB: usize> UnlockCore<W, BITS, NS, SB> {
    /// An unlock core of `W` lanes (1, 2, 4 or 8) whose S-Boxes are built as `sbox`, with the
    /// engines of `modes` (at least one).
    pub fn new(sbox: SboxImpl, modes: LockModes) -> Self {
        assert_eq!(NS, sboxes_for_lanes(W), "NS must be sboxes_for_lanes(W)");
        assert!(modes.paper || modes.hardened, "a core runs at least one lock mode");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            key: Default::default(),
            restart: Default::default(),
            locked_data: Default::default(),
            locked_valid: Default::default(),
            locked_ready: Default::default(),
            plain_data: Default::default(),
            plain_valid: Default::default(),
            plain_ready: Default::default(),
            hardened: Default::default(),
            nonce_word0: Default::default(),
            nonce_word1: Default::default(),
            nonce_word2: Default::default(),
            key_register: KeyRegister::new(),
            key_schedule: modes.paper.then(|| KeySchedule::new(sbox)).into_iter().collect(),
            ascon: modes.hardened.then(|| AsconKeyStream::new(hardened_rounds_per_clock(W), hardened_buffered(W))).into_iter().collect(),
            lanes: UnlockLanes::new(sbox),
            flush_q: Default::default(),
            use_ascon: Default::default(),
            has_paper: Constant::new(modes.paper),
            has_hardened: Constant::new(modes.hardened),
            zero_beat: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const W: usize, const BITS: usize, const NS: usize, const SB: usize> Logic for UnlockCore<W, BITS, NS, SB> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, key_register, lanes);
        dff_setup!(self, clock, flush_q);
        self.flush_q.d.next = self.restart.val() || self.key.clear.val() || self.reset.val();
        self.key_register.reset.next = self.reset.val();
        KeyPortTarget::link(&mut self.key, &mut self.key_register.key);
        // A one-mode build ignores `hardened`; the CONFIG check refuses the other mode.
        self.use_ascon.next = self.has_hardened.val() & (self.hardened.val() | !self.has_paper.val());
        self.lanes.ks_data.next = self.zero_beat.val();
        self.lanes.ks_valid.next = false;
        // The key's only paths: key register -> the engines. Clearing the key also wipes what
        // they derived from it.
        for e in 0..self.key_schedule.len() {
            self.key_schedule[e].clock.next = self.clock.val();
            self.key_schedule[e].key_word0.next = self.key_register.key_word0.val();
            self.key_schedule[e].key_word1.next = self.key_register.key_word1.val();
            self.key_schedule[e].key_word2.next = self.key_register.key_word2.val();
            self.key_schedule[e].key_word3.next = self.key_register.key_word3.val();
            self.key_schedule[e].reset.next = self.reset.val() || self.key.clear.val();
            self.key_schedule[e].restart.next = self.restart.val() & !self.use_ascon.val();
            self.key_schedule[e].ks_ready.next = self.lanes.ks_ready.val() & !self.use_ascon.val();
            if !self.use_ascon.val() {
                self.lanes.ks_data.next = self.key_schedule[e].ks_data.val();
                self.lanes.ks_valid.next = self.key_schedule[e].ks_valid.val();
            }
        }
        for e in 0..self.ascon.len() {
            self.ascon[e].clock.next = self.clock.val();
            self.ascon[e].key_word0.next = self.key_register.key_word0.val();
            self.ascon[e].key_word1.next = self.key_register.key_word1.val();
            self.ascon[e].key_word2.next = self.key_register.key_word2.val();
            self.ascon[e].key_word3.next = self.key_register.key_word3.val();
            self.ascon[e].nonce_word0.next = self.nonce_word0.val();
            self.ascon[e].nonce_word1.next = self.nonce_word1.val();
            self.ascon[e].nonce_word2.next = self.nonce_word2.val();
            self.ascon[e].reset.next = self.reset.val() || self.key.clear.val();
            self.ascon[e].restart.next = self.restart.val() & self.use_ascon.val();
            self.ascon[e].ks_ready.next = self.lanes.ks_ready.val() & self.use_ascon.val();
            if self.use_ascon.val() {
                self.lanes.ks_data.next = self.ascon[e].ks_data.val();
                self.lanes.ks_valid.next = self.ascon[e].ks_valid.val();
            }
        }
        self.lanes.reset.next = self.flush_q.q.val();
        self.lanes.locked_data.next = self.locked_data.val();
        self.lanes.locked_valid.next = self.locked_valid.val();
        self.locked_ready.next = self.lanes.locked_ready.val();
        self.plain_data.next = self.lanes.plain_data.val();
        self.plain_valid.next = self.lanes.plain_valid.val();
        self.lanes.plain_ready.next = self.plain_ready.val();
    }
}

/// Why a core could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("the unlock core has 1, 2, 4 or 8 lanes, not {0}")]
    UnsupportedLanes(usize),
    #[error("rust-hdl design check failed: {0}")]
    Check(String),
}

/// A connected, checked core ready for Verilog generation.
fn checked<B: Block>(mut core: B) -> Result<B, CoreError> {
    core.connect_all();
    check_all(&core).map_err(|e| CoreError::Check(format!("{e:?}")))?;
    Ok(core)
}

/// The Verilog of an unlock core of `lanes` bytes per beat running `modes` (top module `top`,
/// ports as in the module docs). This is what the Verilator build of the simulator calls.
pub fn verilog(lanes: usize, sbox: SboxImpl, modes: LockModes) -> Result<String, CoreError> {
    Ok(match lanes {
        1 => generate_verilog(&checked(UnlockCore1::new(sbox, modes))?),
        2 => generate_verilog(&checked(UnlockCore2::new(sbox, modes))?),
        4 => generate_verilog(&checked(UnlockCore4::new(sbox, modes))?),
        8 => generate_verilog(&checked(UnlockCore8::new(sbox, modes))?),
        other => return Err(CoreError::UnsupportedLanes(other)),
    })
}

#[cfg(test)]
#[path = "unlock_core/tests.rs"]
mod tests;
