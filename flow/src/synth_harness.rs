//! A small synthesis harness for `UnlockCore`, so place-and-route sees a realistic core: the
//! 8-byte core alone has 148 ports and the CB132 package 95 user IOs.
//!
//! Every harness input passes two registers; the locked stream comes from a W-byte Galois LFSR that
//! steps on each taken beat (so `locked_data` is held until taken, like a memory read port would),
//! and the plaintext stream is XOR-folded into an 8-bit checksum register that drives 8 pins, so
//! every plaintext bit is observable and nothing can be optimised away. 28 IOs in all.
//!
//! With `with_core = false` the core is bypassed (plaintext = LFSR output) and yosys removes it:
//! synthesising that measures the harness alone, and the flow reports the core's own cost as the
//! difference.

use rust_hdl::prelude::*;

use deeplock_hdl::crypto::sbox::SboxImpl;
use deeplock_hdl::crypto::unlock_core::UnlockCore;
use deeplock_spec::memory_map::LockModes;

/// Galois LFSR taps (right-shifting) of maximal-length polynomials for 8, 16, 32 and 64 bits.
fn lfsr_taps(bits: usize) -> u64 {
    match bits {
        8 => 0xb8,                     // x^8 + x^6 + x^5 + x^4 + 1
        16 => 0xb400,                  // x^16 + x^14 + x^13 + x^11 + 1
        32 => 0x8020_0003,             // x^32 + x^22 + x^2 + x + 1
        64 => 0xd800_0000_0000_0000,   // x^64 + x^63 + x^61 + x^60 + 1
        other => panic!("no LFSR taps for {other} bits"),
    }
}

/// `UnlockCore` (or nothing) between an LFSR source and a checksum sink, with registered pins.
#[derive(LogicBlock)]
pub struct SynthHarness<const W: usize, const BITS: usize, const NS: usize, const SB: usize> {
    /// Clock pin.
    pub clock: Signal<In, Clock>,
    /// Reset pin (registered, synchronous).
    pub reset_pin: Signal<In, Bit>,
    /// Key write strobe pin.
    pub key_write_pin: Signal<In, Bit>,
    /// Key byte pins.
    pub key_data_pins: Signal<In, Bits<8>>,
    /// Key commit strobe pin.
    pub key_commit_pin: Signal<In, Bit>,
    /// Key clear strobe pin.
    pub key_clear_pin: Signal<In, Bit>,
    /// Restart strobe pin.
    pub restart_pin: Signal<In, Bit>,
    /// `locked_valid` pin.
    pub valid_pin: Signal<In, Bit>,
    /// `plain_ready` pin.
    pub ready_pin: Signal<In, Bit>,
    /// Registered `key_loaded`.
    pub key_loaded_pin: Signal<Out, Bit>,
    /// Registered `key_commit_error`.
    pub key_error_pin: Signal<Out, Bit>,
    /// Registered `locked_ready`.
    pub locked_ready_pin: Signal<Out, Bit>,
    /// Registered `plain_valid`.
    pub plain_valid_pin: Signal<Out, Bit>,
    /// XOR of all plaintext bytes taken so far.
    pub checksum_pins: Signal<Out, Bits<8>>,
    core: UnlockCore<W, BITS, NS, SB>,
    reset: DFF<Bit>,
    reset_pin_q: DFF<Bit>,
    key_write: DFF<Bit>,
    key_write_pin_q: DFF<Bit>,
    key_data: DFF<Bits<8>>,
    key_data_pin_q: DFF<Bits<8>>,
    key_commit: DFF<Bit>,
    key_commit_pin_q: DFF<Bit>,
    key_clear: DFF<Bit>,
    key_clear_pin_q: DFF<Bit>,
    restart: DFF<Bit>,
    restart_pin_q: DFF<Bit>,
    valid: DFF<Bit>,
    valid_pin_q: DFF<Bit>,
    ready: DFF<Bit>,
    ready_pin_q: DFF<Bit>,
    source: DFF<Bits<BITS>>,
    checksum: DFF<Bits<8>>,
    /// The lock section as the CONFIG registers hold it: a nonce shifted in from the key pins
    /// (as the registers shift in their bytes) and the mode bit latched at restart.
    nonce: DFF<Bits<96>>,
    hardened: DFF<Bit>,
    key_loaded: DFF<Bit>,
    key_error: DFF<Bit>,
    locked_ready: DFF<Bit>,
    plain_valid: DFF<Bit>,
    plain: Signal<Local, Bits<BITS>>,
    plain_valid_now: Signal<Local, Bit>,
    locked_ready_now: Signal<Local, Bit>,
    fold: Signal<Local, Bits<8>>,
    taps: Constant<Bits<BITS>>,
    seed: Constant<Bits<BITS>>,
    zero8: Constant<Bits<8>>,
    with_core: Constant<Bit>,
}

impl<const W: usize, const BITS: usize, const NS: usize, const SB: usize> SynthHarness<W, BITS, NS, SB> {
    /// The harness around a `W`-lane core with `sbox` S-Boxes running `modes`, or around nothing.
    pub fn new(sbox: SboxImpl, modes: LockModes, with_core: bool) -> Self {
        Self {
            clock: Default::default(),
            reset_pin: Default::default(),
            key_write_pin: Default::default(),
            key_data_pins: Default::default(),
            key_commit_pin: Default::default(),
            key_clear_pin: Default::default(),
            restart_pin: Default::default(),
            valid_pin: Default::default(),
            ready_pin: Default::default(),
            key_loaded_pin: Default::default(),
            key_error_pin: Default::default(),
            locked_ready_pin: Default::default(),
            plain_valid_pin: Default::default(),
            checksum_pins: Default::default(),
            core: UnlockCore::new(sbox, modes),
            nonce: Default::default(),
            hardened: Default::default(),
            reset: Default::default(),
            reset_pin_q: Default::default(),
            key_write: Default::default(),
            key_write_pin_q: Default::default(),
            key_data: Default::default(),
            key_data_pin_q: Default::default(),
            key_commit: Default::default(),
            key_commit_pin_q: Default::default(),
            key_clear: Default::default(),
            key_clear_pin_q: Default::default(),
            restart: Default::default(),
            restart_pin_q: Default::default(),
            valid: Default::default(),
            valid_pin_q: Default::default(),
            ready: Default::default(),
            ready_pin_q: Default::default(),
            source: Default::default(),
            checksum: Default::default(),
            key_loaded: Default::default(),
            key_error: Default::default(),
            locked_ready: Default::default(),
            plain_valid: Default::default(),
            plain: Default::default(),
            plain_valid_now: Default::default(),
            locked_ready_now: Default::default(),
            fold: Default::default(),
            taps: Constant::new(lfsr_taps(BITS).to_bits()),
            seed: Constant::new(1u64.to_bits()),
            zero8: Constant::new(0u64.to_bits()),
            with_core: Constant::new(with_core),
        }
    }
}

impl<const W: usize, const BITS: usize, const NS: usize, const SB: usize> Logic for SynthHarness<W, BITS, NS, SB> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, reset, key_write, key_data, key_commit, key_clear, restart, valid, ready, source, checksum, nonce, hardened, key_loaded,
            key_error, locked_ready, plain_valid, reset_pin_q, key_write_pin_q, key_data_pin_q, key_commit_pin_q, key_clear_pin_q,
            restart_pin_q, valid_pin_q, ready_pin_q
        );
        clock!(self, clock, core);
        // Input registers, two per pin (as a synchroniser would be): the first sits by its pin,
        // the second can sit by the core, so pin distance is not charged to the core's paths.
        self.reset_pin_q.d.next = self.reset_pin.val();
        self.key_write_pin_q.d.next = self.key_write_pin.val();
        self.key_data_pin_q.d.next = self.key_data_pins.val();
        self.key_commit_pin_q.d.next = self.key_commit_pin.val();
        self.key_clear_pin_q.d.next = self.key_clear_pin.val();
        self.restart_pin_q.d.next = self.restart_pin.val();
        self.valid_pin_q.d.next = self.valid_pin.val();
        self.ready_pin_q.d.next = self.ready_pin.val();
        self.reset.d.next = self.reset_pin_q.q.val();
        self.key_write.d.next = self.key_write_pin_q.q.val();
        self.key_data.d.next = self.key_data_pin_q.q.val();
        self.key_commit.d.next = self.key_commit_pin_q.q.val();
        self.key_clear.d.next = self.key_clear_pin_q.q.val();
        self.restart.d.next = self.restart_pin_q.q.val();
        self.valid.d.next = self.valid_pin_q.q.val();
        self.ready.d.next = self.ready_pin_q.q.val();

        self.core.reset.next = self.reset.q.val();
        self.core.key.write.next = self.key_write.q.val();
        self.core.key.write_data.next = self.key_data.q.val();
        self.core.key.commit.next = self.key_commit.q.val();
        self.core.key.clear.next = self.key_clear.q.val();
        // Discard shares the clear's pin: the harness has no pin to spare, and both are strobes.
        self.core.key.discard.next = self.key_clear.q.val();
        self.core.restart.next = self.restart.q.val();
        if self.key_write.q.val() {
            self.nonce.d.next = (self.nonce.q.val() << 8) | bit_cast::<96, 8>(self.key_data.q.val());
        }
        if self.restart.q.val() {
            self.hardened.d.next = self.key_data.q.val().get_bit(0);
        }
        self.core.hardened.next = self.hardened.q.val();
        self.core.nonce_word0.next = self.nonce.q.val().get_bits::<32>(0);
        self.core.nonce_word1.next = self.nonce.q.val().get_bits::<32>(32);
        self.core.nonce_word2.next = self.nonce.q.val().get_bits::<32>(64);
        self.core.locked_data.next = self.source.q.val();
        self.core.locked_valid.next = self.valid.q.val();
        self.core.plain_ready.next = self.ready.q.val();
        if self.with_core.val() {
            self.plain.next = self.core.plain_data.val();
            self.plain_valid_now.next = self.core.plain_valid.val();
            self.locked_ready_now.next = self.core.locked_ready.val();
        } else {
            self.plain.next = self.source.q.val();
            self.plain_valid_now.next = self.valid.q.val();
            self.locked_ready_now.next = self.ready.q.val();
        }

        // Source: step the LFSR on every taken beat.
        if self.valid.q.val() && self.locked_ready_now.val() {
            if self.source.q.val().get_bit(0) {
                self.source.d.next = (self.source.q.val() >> 1) ^ self.taps.val();
            } else {
                self.source.d.next = self.source.q.val() >> 1;
            }
        }
        // Sink: fold every delivered beat into the checksum.
        self.fold.next = self.checksum.q.val();
        for i in 0..W {
            self.fold.next = self.fold.val() ^ self.plain.val().get_bits::<8>(8 * i);
        }
        if self.plain_valid_now.val() && self.ready.q.val() {
            self.checksum.d.next = self.fold.val();
        }
        if self.reset.q.val() {
            self.source.d.next = self.seed.val();
            self.checksum.d.next = self.zero8.val();
        }

        // Output registers. Without the core, nothing of it may reach a pin.
        if self.with_core.val() {
            self.key_loaded.d.next = self.core.key.loaded.val();
            self.key_error.d.next = self.core.key.commit_error.val();
        } else {
            self.key_loaded.d.next = self.key_commit.q.val();
            self.key_error.d.next = self.key_clear.q.val();
        }
        self.locked_ready.d.next = self.locked_ready_now.val();
        self.plain_valid.d.next = self.plain_valid_now.val();
        self.key_loaded_pin.next = self.key_loaded.q.val();
        self.key_error_pin.next = self.key_error.q.val();
        self.locked_ready_pin.next = self.locked_ready.q.val();
        self.plain_valid_pin.next = self.plain_valid.q.val();
        self.checksum_pins.next = self.checksum.q.val();
    }
}

/// The Verilog of the harness around a `lanes`-byte core (`with_core`) or around nothing.
pub fn verilog(lanes: usize, sbox: SboxImpl, modes: LockModes, with_core: bool) -> Result<String, deeplock_hdl::crypto::unlock_core::CoreError> {
    use deeplock_hdl::crypto::unlock_core::CoreError;
    fn generate<B: Block>(mut top: B) -> Result<String, CoreError> {
        top.connect_all();
        check_all(&top).map_err(|e| CoreError::Check(format!("{e:?}")))?;
        Ok(generate_verilog(&top))
    }
    match lanes {
        1 => generate(SynthHarness::<1, 8, 1, 8>::new(sbox, modes, with_core)),
        2 => generate(SynthHarness::<2, 16, 1, 8>::new(sbox, modes, with_core)),
        4 => generate(SynthHarness::<4, 32, 2, 16>::new(sbox, modes, with_core)),
        8 => generate(SynthHarness::<8, 64, 4, 32>::new(sbox, modes, with_core)),
        other => Err(CoreError::UnsupportedLanes(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use deeplock_hdl::testing::lint;

    #[test]
    fn verilog_is_clean() {
        for lanes in deeplock_hdl::crypto::unlock_core::SUPPORTED_LANES {
            for with_core in [true, false] {
                for (name, modes) in [("paper", LockModes::PAPER_ONLY), ("both", LockModes::BOTH)] {
                    let v = verilog(lanes, SboxImpl::BlockRam, modes, with_core).unwrap();
                    lint(&format!("synth_harness_{lanes}_{with_core}_{name}"), &v);
                }
            }
        }
    }
}
