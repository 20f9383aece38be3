//! The master-key register: a write-only port that shifts 16 key bytes into a staging register and
//! commits them atomically.
//!
//! The key has no path to any output port of the unlock core: its only consumer is the key
//! schedule (`key_word0..3` are wired to nothing else; `UnlockCore`'s port list has no key bits).
//! A commit with other than exactly 16 bytes written since the last commit or clear is rejected:
//! the byte count restarts (the written bytes no longer count), `key.commit_error` pulses, and the
//! key in use stays as it was. A rejected commit does not zero staging: its bytes stay until 16
//! new ones shift them out, or `key.discard` (staging only), `key.clear` or `reset` (staging and
//! key) zero them.
//!
//! # Timing
//! The strobes are registered on entry and act one clock after the edge that samples them; a
//! good commit copies staging into the key one clock after that. The reason is the 256 key and
//! staging flip-flops: nextpnr drives their enables and resets through global buffers (about 4 ns
//! of routing by themselves), so each of those nets comes straight from a flip-flop that drives
//! nothing else (`staging_load`, `key_load`, `zero`).

use rust_hdl::prelude::*;

use crate::crypto::key_port::KeyPortTarget;

/// Bytes in a master key.
pub const KEY_BYTES: u64 = 16;

/// Clocks from the edge that samples `key.commit` to the edge after which the new key and
/// `key.loaded` (or the `key.commit_error` pulse, one clock earlier) are visible.
pub const COMMIT_LATENCY: usize = 3;

/// Write-only 128-bit key register with a staging buffer.
#[derive(LogicBlock)]
pub struct KeyRegister {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: zeroes staging and key, like `key.clear`.
    pub reset: Signal<In, Bit>,
    /// The key port. `write` shifts a byte into staging (K[0] first, K[15] last). `commit`
    /// moves staging to the key if exactly 16 bytes were written since the last commit or clear
    /// (and `write` is low in the same cycle), else rejects it with a `commit_error` pulse (the
    /// byte count restarts; staging is not zeroed). `clear` zeroes staging and key, `loaded` low;
    /// it wins over the other strobes. `discard` zeroes staging and its byte count and keeps the
    /// key in use (a front end drops the key bytes of a damaged frame with it).
    pub key: KeyPortTarget,
    /// Key bytes K[0..4]: K[0] in bits [7:0] (key-schedule only).
    pub key_word0: Signal<Out, Bits<32>>,
    /// Key bytes K[4..8] (key-schedule only).
    pub key_word1: Signal<Out, Bits<32>>,
    /// Key bytes K[8..12] (key-schedule only).
    pub key_word2: Signal<Out, Bits<32>>,
    /// Key bytes K[12..16] (key-schedule only).
    pub key_word3: Signal<Out, Bits<32>>,
    staging0: DFF<Bits<32>>,
    staging1: DFF<Bits<32>>,
    staging2: DFF<Bits<32>>,
    staging3: DFF<Bits<32>>,
    key0: DFF<Bits<32>>,
    key1: DFF<Bits<32>>,
    key2: DFF<Bits<32>>,
    key3: DFF<Bits<32>>,
    /// Registered strobes (a write or commit in the same cycle as a clear is dropped).
    write_q: DFF<Bit>,
    data_q: DFF<Bits<8>>,
    commit_q: DFF<Bit>,
    /// Enable of the staging flip-flops (a write or a clear is due).
    staging_load: DFF<Bit>,
    /// Enable of the key flip-flops (a good commit or a clear is due).
    key_load: DFF<Bit>,
    /// Synchronous reset of staging and key (a clear is due).
    zero: DFF<Bit>,
    /// Bytes written since the last commit/clear, saturating at 17 ("too many").
    count: DFF<Bits<5>>,
    /// Exactly 16 bytes are staged.
    full: DFF<Bit>,
    loaded: DFF<Bit>,
    error: DFF<Bit>,
    /// A good commit was decided last clock (the key loads now).
    committed: DFF<Bit>,
    clear_now: Signal<Local, Bit>,
    drop_staging: Signal<Local, Bit>,
    commit_ok: Signal<Local, Bit>,
    count_plus_one: Signal<Local, Bits<5>>,
    count_next: Signal<Local, Bits<5>>,
    byte_at_top: Signal<Local, Bits<32>>,
    full_count: Constant<Bits<5>>,
    too_many: Constant<Bits<5>>,
    zero_word: Constant<Bits<32>>,
    zero_count: Constant<Bits<5>>,
    one: Constant<Bits<5>>,
}

impl KeyRegister {
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            key: Default::default(),
            key_word0: Default::default(),
            key_word1: Default::default(),
            key_word2: Default::default(),
            key_word3: Default::default(),
            staging0: Default::default(),
            staging1: Default::default(),
            staging2: Default::default(),
            staging3: Default::default(),
            key0: Default::default(),
            key1: Default::default(),
            key2: Default::default(),
            key3: Default::default(),
            write_q: Default::default(),
            data_q: Default::default(),
            commit_q: Default::default(),
            staging_load: Default::default(),
            key_load: Default::default(),
            zero: Default::default(),
            count: Default::default(),
            full: Default::default(),
            loaded: Default::default(),
            error: Default::default(),
            committed: Default::default(),
            clear_now: Default::default(),
            drop_staging: Default::default(),
            commit_ok: Default::default(),
            count_plus_one: Default::default(),
            count_next: Default::default(),
            byte_at_top: Default::default(),
            full_count: Constant::new(KEY_BYTES.to_bits()),
            too_many: Constant::new((KEY_BYTES + 1).to_bits()),
            zero_word: Constant::new(0u64.to_bits()),
            zero_count: Constant::new(0u64.to_bits()),
            one: Constant::new(1u64.to_bits()),
        }
    }
}

impl Default for KeyRegister {
    fn default() -> Self {
        Self::new()
    }
}

impl Logic for KeyRegister {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, staging0, staging1, staging2, staging3, key0, key1, key2, key3, write_q, data_q, commit_q, staging_load,
            key_load, zero, count, full, loaded, error, committed
        );
        self.clear_now.next = self.key.clear.val() || self.reset.val();
        self.write_q.d.next = self.key.write.val() && !self.clear_now.val();
        self.data_q.d.next = self.key.write_data.val();
        self.commit_q.d.next = self.key.commit.val() && !self.clear_now.val();
        // `full` is exact in the same clock as `count`, so the commit decision is one LUT deep.
        self.commit_ok.next = self.commit_q.q.val() && self.full.q.val() && !self.write_q.q.val();
        self.drop_staging.next = self.clear_now.val() || self.key.discard.val();
        self.staging_load.d.next = self.key.write.val() || self.drop_staging.val();
        self.key_load.d.next = self.commit_ok.val() || self.clear_now.val();
        self.zero.d.next = self.drop_staging.val();

        // Byte count: a clear counts from the edge that samples it, as the dropped strobes do.
        self.count_plus_one.next = self.count.q.val() + self.one.val();
        self.count_next.next = self.count.q.val();
        if self.write_q.q.val() && (self.count.q.val() != self.too_many.val()) {
            self.count_next.next = self.count_plus_one.val();
        }
        if self.commit_q.q.val() || self.drop_staging.val() {
            self.count_next.next = self.zero_count.val();
        }
        self.count.d.next = self.count_next.val();
        self.full.d.next = self.count_next.val() == self.full_count.val();
        self.error.d.next = self.commit_q.q.val() && !self.commit_ok.val();
        self.committed.d.next = self.commit_ok.val();
        if self.committed.q.val() {
            self.loaded.d.next = true;
        }
        if self.clear_now.val() {
            self.loaded.d.next = false;
            self.error.d.next = false;
        }

        // Enable-over-reset, as the iCE40 flip-flop works.
        self.byte_at_top.next = bit_cast::<32, 8>(self.data_q.q.val()) << 24;
        if self.staging_load.q.val() {
            if self.zero.q.val() {
                self.staging0.d.next = self.zero_word.val();
                self.staging1.d.next = self.zero_word.val();
                self.staging2.d.next = self.zero_word.val();
                self.staging3.d.next = self.zero_word.val();
            } else {
                // Staging is one 16-byte shift register: bytes enter at the top of word 3 and
                // move down, so after 16 writes K[0] sits in bits [7:0] of word 0.
                self.staging3.d.next = (self.staging3.q.val() >> 8) | self.byte_at_top.val();
                self.staging2.d.next = (self.staging2.q.val() >> 8) | (self.staging3.q.val() << 24);
                self.staging1.d.next = (self.staging1.q.val() >> 8) | (self.staging2.q.val() << 24);
                self.staging0.d.next = (self.staging0.q.val() >> 8) | (self.staging1.q.val() << 24);
            }
        }
        // The key takes staging one clock after a good commit: a write at that edge shifts
        // staging at the same time, and the key gets the committed bytes.
        if self.key_load.q.val() {
            if self.zero.q.val() {
                self.key0.d.next = self.zero_word.val();
                self.key1.d.next = self.zero_word.val();
                self.key2.d.next = self.zero_word.val();
                self.key3.d.next = self.zero_word.val();
            } else {
                self.key0.d.next = self.staging0.q.val();
                self.key1.d.next = self.staging1.q.val();
                self.key2.d.next = self.staging2.q.val();
                self.key3.d.next = self.staging3.q.val();
            }
        }
        self.key.commit_error.next = self.error.q.val();
        self.key.loaded.next = self.loaded.q.val();
        self.key_word0.next = self.key0.q.val();
        self.key_word1.next = self.key1.q.val();
        self.key_word2.next = self.key2.q.val();
        self.key_word3.next = self.key3.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, lint};

    fn idle(uut: &mut KeyRegister) {
        uut.key.write.next = false;
        uut.key.commit.next = false;
        uut.key.clear.next = false;
        uut.reset.next = false;
    }

    fn write_bytes(uut: &mut KeyRegister, bytes: &[u8]) {
        for &b in bytes {
            idle(uut);
            uut.key.write.next = true;
            uut.key.write_data.next = b.to_bits();
            cycle!(*uut);
        }
        idle(uut);
    }

    /// Commits and returns whether key.commit_error pulsed (strobes act one clock later).
    fn commit(uut: &mut KeyRegister) -> bool {
        idle(uut);
        uut.key.commit.next = true;
        cycle!(*uut);
        idle(uut);
        assert!(!uut.key.commit_error.val());
        cycle!(*uut);
        let error = uut.key.commit_error.val();
        cycle!(*uut);
        assert!(!uut.key.commit_error.val(), "error is a one-cycle pulse");
        error
    }

    fn key_bytes(uut: &KeyRegister) -> Vec<u8> {
        [&uut.key_word0, &uut.key_word1, &uut.key_word2, &uut.key_word3]
            .iter()
            .flat_map(|w| w.val().to_u32().to_le_bytes())
            .collect()
    }

    fn fresh() -> KeyRegister {
        let mut uut = KeyRegister::new();
        uut.connect_all();
        idle(&mut uut);
        uut.reset.next = true;
        cycle!(uut);
        idle(&mut uut);
        uut
    }

    #[test]
    fn commits_exactly_sixteen_bytes_k0_first() {
        let mut uut = fresh();
        let key: Vec<u8> = (0..16).map(|i| 0x10 + i * 7).collect();
        write_bytes(&mut uut, &key);
        assert!(!uut.key.loaded.val());
        assert_eq!(key_bytes(&uut), vec![0; 16], "nothing reaches the key before commit");
        assert!(!commit(&mut uut));
        assert!(uut.key.loaded.val());
        assert_eq!(key_bytes(&uut), key);
    }

    #[test]
    fn wrong_byte_counts_are_rejected_and_keep_the_old_key() {
        let mut uut = fresh();
        let key: Vec<u8> = (100..116).collect();
        write_bytes(&mut uut, &key);
        assert!(!commit(&mut uut));
        for count in [0usize, 1, 15, 17, 40] {
            write_bytes(&mut uut, &vec![0xee; count]);
            assert!(commit(&mut uut), "{count} bytes must be rejected");
            assert!(uut.key.loaded.val());
            assert_eq!(key_bytes(&uut), key, "a rejected commit keeps the key in use");
        }
        // A rejected commit restarted the byte count: 16 fresh ones commit cleanly.
        write_bytes(&mut uut, &[0xee; 10]);
        assert!(commit(&mut uut));
        let second: Vec<u8> = (200..216).collect();
        write_bytes(&mut uut, &second);
        assert!(!commit(&mut uut));
        assert_eq!(key_bytes(&uut), second);
    }

    #[test]
    fn write_in_the_commit_cycle_is_an_error() {
        let mut uut = fresh();
        write_bytes(&mut uut, &[1; 16]);
        uut.key.commit.next = true;
        uut.key.write.next = true;
        cycle!(uut);
        idle(&mut uut);
        cycle!(uut);
        assert!(uut.key.commit_error.val());
        assert!(!uut.key.loaded.val());
    }

    #[test]
    fn clear_and_reset_zero_everything() {
        for use_reset in [false, true] {
            let mut uut = fresh();
            write_bytes(&mut uut, &[0xab; 16]);
            assert!(!commit(&mut uut));
            write_bytes(&mut uut, &[0xcd; 9]);
            if use_reset {
                uut.reset.next = true;
            } else {
                uut.key.clear.next = true;
            }
            cycle!(uut);
            idle(&mut uut);
            cycle!(uut);
            assert!(!uut.key.loaded.val());
            cycle!(uut);
            assert_eq!(key_bytes(&uut), vec![0; 16]);
            // Staging and count were cleared too: 7 more bytes are not a key, 16 are.
            write_bytes(&mut uut, &[0xcd; 7]);
            assert!(commit(&mut uut));
            write_bytes(&mut uut, &[0x42; 16]);
            assert!(!commit(&mut uut));
            assert_eq!(key_bytes(&uut), vec![0x42; 16]);
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = KeyRegister::new();
        uut.connect_all();
        lint("key_register", &generate_verilog(&uut));
    }
}
