//! The master-key register: a write-only port that shifts 16 key bytes into a staging register and
//! commits them atomically.
//!
//! The key has no path to any output port of the unlock core: its only consumer is the key
//! schedule (`key_word0..3` are wired to nothing else; `UnlockCore`'s port list has no key bits).
//! A commit with other than exactly 16 bytes written since the last commit or clear is discarded and
//! reported on `key_commit_error`; the key in use stays as it was. Staging is zeroed by every
//! commit (good or bad), so key bytes never linger in two places.

use rust_hdl::prelude::*;

/// Bytes in a master key.
pub const KEY_BYTES: u64 = 16;

/// Write-only 128-bit key register with a staging buffer.
#[derive(LogicBlock)]
pub struct KeyRegister {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: zeroes staging and key, like `key_clear`.
    pub reset: Signal<In, Bit>,
    /// Strobe: shift `key_write_data` into staging (K[0] first, K[15] last).
    pub key_write: Signal<In, Bit>,
    /// The key byte written by `key_write`.
    pub key_write_data: Signal<In, Bits<8>>,
    /// Strobe: staging -> key if exactly 16 bytes were written since the last commit or clear
    /// (and `key_write` is low in the same cycle); else discard staging and flag an error.
    pub key_commit: Signal<In, Bit>,
    /// Strobe: zero staging and key, `key_loaded` low. Wins over the other strobes.
    pub key_clear: Signal<In, Bit>,
    /// One-cycle pulse after a rejected commit.
    pub key_commit_error: Signal<Out, Bit>,
    /// High while a committed key is held (low after reset or clear).
    pub key_loaded: Signal<Out, Bit>,
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
    /// Bytes written since the last commit/clear, saturating at 17 ("too many").
    count: DFF<Bits<5>>,
    loaded: DFF<Bit>,
    error: DFF<Bit>,
    count_plus_one: Signal<Local, Bits<5>>,
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
            key_write: Default::default(),
            key_write_data: Default::default(),
            key_commit: Default::default(),
            key_clear: Default::default(),
            key_commit_error: Default::default(),
            key_loaded: Default::default(),
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
            count: Default::default(),
            loaded: Default::default(),
            error: Default::default(),
            count_plus_one: Default::default(),
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
        dff_setup!(self, clock, staging0, staging1, staging2, staging3, key0, key1, key2, key3, count, loaded, error);
        self.error.d.next = false;
        self.count_plus_one.next = self.count.q.val() + self.one.val();
        self.byte_at_top.next = bit_cast::<32, 8>(self.key_write_data.val()) << 24;
        if self.key_write.val() {
            // Staging is one 16-byte shift register: bytes enter at the top of word 3 and move
            // down, so after 16 writes K[0] sits in bits [7:0] of word 0.
            self.staging3.d.next = (self.staging3.q.val() >> 8) | self.byte_at_top.val();
            self.staging2.d.next = (self.staging2.q.val() >> 8) | (self.staging3.q.val() << 24);
            self.staging1.d.next = (self.staging1.q.val() >> 8) | (self.staging2.q.val() << 24);
            self.staging0.d.next = (self.staging0.q.val() >> 8) | (self.staging1.q.val() << 24);
            if self.count.q.val() != self.too_many.val() {
                self.count.d.next = self.count_plus_one.val();
            }
        }
        if self.key_commit.val() {
            if (self.count.q.val() == self.full_count.val()) && !self.key_write.val() {
                self.key0.d.next = self.staging0.q.val();
                self.key1.d.next = self.staging1.q.val();
                self.key2.d.next = self.staging2.q.val();
                self.key3.d.next = self.staging3.q.val();
                self.loaded.d.next = true;
            } else {
                self.error.d.next = true;
            }
            self.staging0.d.next = self.zero_word.val();
            self.staging1.d.next = self.zero_word.val();
            self.staging2.d.next = self.zero_word.val();
            self.staging3.d.next = self.zero_word.val();
            self.count.d.next = self.zero_count.val();
        }
        if self.key_clear.val() || self.reset.val() {
            self.staging0.d.next = self.zero_word.val();
            self.staging1.d.next = self.zero_word.val();
            self.staging2.d.next = self.zero_word.val();
            self.staging3.d.next = self.zero_word.val();
            self.key0.d.next = self.zero_word.val();
            self.key1.d.next = self.zero_word.val();
            self.key2.d.next = self.zero_word.val();
            self.key3.d.next = self.zero_word.val();
            self.count.d.next = self.zero_count.val();
            self.loaded.d.next = false;
            self.error.d.next = false;
        }
        self.key_commit_error.next = self.error.q.val();
        self.key_loaded.next = self.loaded.q.val();
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
        uut.key_write.next = false;
        uut.key_commit.next = false;
        uut.key_clear.next = false;
        uut.reset.next = false;
    }

    fn write_bytes(uut: &mut KeyRegister, bytes: &[u8]) {
        for &b in bytes {
            idle(uut);
            uut.key_write.next = true;
            uut.key_write_data.next = b.to_bits();
            cycle!(*uut);
        }
        idle(uut);
    }

    /// Commits and returns whether key_commit_error pulsed.
    fn commit(uut: &mut KeyRegister) -> bool {
        idle(uut);
        uut.key_commit.next = true;
        cycle!(*uut);
        idle(uut);
        let error = uut.key_commit_error.val();
        cycle!(*uut);
        assert!(!uut.key_commit_error.val(), "error is a one-cycle pulse");
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
        assert!(!uut.key_loaded.val());
        assert_eq!(key_bytes(&uut), vec![0; 16], "nothing reaches the key before commit");
        assert!(!commit(&mut uut));
        assert!(uut.key_loaded.val());
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
            assert!(uut.key_loaded.val());
            assert_eq!(key_bytes(&uut), key, "a rejected commit keeps the key in use");
        }
        // A rejected commit also discarded the staged bytes: 16 fresh ones commit cleanly.
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
        uut.key_commit.next = true;
        uut.key_write.next = true;
        cycle!(uut);
        idle(&mut uut);
        assert!(uut.key_commit_error.val());
        assert!(!uut.key_loaded.val());
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
                uut.key_clear.next = true;
            }
            cycle!(uut);
            idle(&mut uut);
            assert!(!uut.key_loaded.val());
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
