//! The paper-mode key stream: the AES-128 key expansion (FIPS-197 §5.2) of the master key,
//! continued past round 10 by the same rule, read as bytes of w[4], w[5], … (byte 0 of a word,
//! its most significant byte, first).
//!
//! The generator keeps only the last four words and the round constant, so memory is O(1)
//! whatever the position; starting at a word offset costs O(offset) rounds of SubWord (there is no
//! shortcut through a non-linear schedule) — about a nanosecond per word.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::key::MasterKey;
use crate::sbox::{xtime, SBOX};

/// Words per round of the AES-128 key expansion (Nk = 4).
pub const WORDS_PER_ROUND: usize = 4;
/// Key-stream bytes per round.
pub const BYTES_PER_ROUND: usize = 4 * WORDS_PER_ROUND;
/// The round constant of round 1. Rcon doubles in GF(2^8) every round, with period 51.
pub const FIRST_RCON: u8 = 0x01;

/// SubWord: the S-Box applied to each byte of a word.
#[inline]
pub fn sub_word(word: u32) -> u32 {
    // Shifts, not a byte array: assembling a word from four byte stores stalls store forwarding,
    // and this sits on the schedule's only serial path.
    let s = |shift: u32| u32::from(SBOX[(word >> shift) as u8 as usize]) << shift;
    s(24) | s(16) | s(8) | s(0)
}

/// One step of the expansion: the four words of the next round from the four of this round.
#[inline]
pub fn next_round(round: [u32; 4], rcon: u8) -> [u32; 4] {
    let [r0, r1, r2, r3] = round;
    let temp = sub_word(r3.rotate_left(8)) ^ (u32::from(rcon) << 24);
    // w[i] = w[i-4] ^ w[i-1] unrolled: the prefix XORs of the old round do not wait for `temp`.
    let (p1, p2) = (r0 ^ r1, r0 ^ r1 ^ r2);
    [r0 ^ temp, p1 ^ temp, p2 ^ temp, p2 ^ r3 ^ temp]
}

/// Generates key-stream words w[4], w[5], … (as big-endian `u32`, so w[4] of the FIPS-197 key is
/// `0xa0fafe17`).
///
/// Any four consecutive words give back the master key (the expansion runs backwards), so the
/// state is key material: wiped on drop (clones too) and never shown by `Debug`.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct KeyStream {
    /// The round being read out; starts as the master key itself (round 0).
    round: [u32; 4],
    /// Rcon of the next round to compute.
    rcon: u8,
    /// Index of the next word to hand out within `round`; 4 means "compute the next round".
    next: usize,
}

impl KeyStream {
    /// A stream starting at w[4], the first word after the master key.
    pub fn new(key: &MasterKey) -> Self {
        let b = key.bytes();
        let round = [0, 1, 2, 3].map(|i| u32::from_be_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]));
        KeyStream { round, rcon: FIRST_RCON, next: WORDS_PER_ROUND }
    }

    /// A stream whose first word is w[4 + `word_offset`].
    pub fn starting_at_word(key: &MasterKey, word_offset: u64) -> Self {
        let mut stream = Self::new(key);
        for _ in 0..word_offset / WORDS_PER_ROUND as u64 {
            stream.advance_round();
        }
        stream.advance_round();
        stream.next = (word_offset % WORDS_PER_ROUND as u64) as usize;
        stream
    }

    fn advance_round(&mut self) {
        self.round = next_round(self.round, self.rcon);
        self.rcon = xtime(self.rcon);
    }

    /// The four words of the next round, discarding whatever is left of the current one.
    #[inline]
    pub fn next_round(&mut self) -> [u32; 4] {
        self.advance_round();
        self.next = WORDS_PER_ROUND;
        self.round
    }

    /// The next key-stream word.
    pub fn next_word(&mut self) -> u32 {
        if self.next == WORDS_PER_ROUND {
            self.advance_round();
            self.next = 0;
        }
        let word = self.round[self.next];
        self.next += 1;
        word
    }
}

impl fmt::Debug for KeyStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyStream").field("round", &"<redacted>").finish_non_exhaustive()
    }
}

impl Iterator for KeyStream {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        Some(self.next_word())
    }
}

/// The key stream as bytes, positioned at any byte offset: byte `t` is the key byte for payload
/// byte `t`. Key material like [`KeyStream`]: wiped on drop, redacted in `Debug`.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct KeyBytes {
    /// Positioned at the round after `block`.
    words: KeyStream,
    /// The current round's 16 bytes and how many of them are used up.
    block: [u8; BYTES_PER_ROUND],
    used: usize,
}

impl fmt::Debug for KeyBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyBytes").field("block", &"<redacted>").field("used", &self.used).finish_non_exhaustive()
    }
}

fn round_bytes(words: [u32; 4]) -> [u8; BYTES_PER_ROUND] {
    let mut block = [0u8; BYTES_PER_ROUND];
    for (i, word) in words.iter().enumerate() {
        block[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
    }
    block
}

impl KeyBytes {
    /// Key bytes starting at payload offset `byte_offset`.
    pub fn starting_at(key: &MasterKey, byte_offset: u64) -> Self {
        let round_start = byte_offset - byte_offset % BYTES_PER_ROUND as u64;
        let mut words = KeyStream::starting_at_word(key, round_start / 4);
        let block = round_bytes([0; 4].map(|_| words.next_word()));
        KeyBytes { words, block, used: (byte_offset % BYTES_PER_ROUND as u64) as usize }
    }

    /// Applies `f(data_byte, key_byte)` to every byte of `data`, consuming as many key bytes.
    #[inline]
    pub fn apply(&mut self, data: &mut [u8], f: impl Fn(u8, u8) -> u8) {
        // Finish the partly used round, then whole rounds, then the start of one more round.
        let head_len = data.len().min(BYTES_PER_ROUND - self.used);
        let (head, rest) = data.split_at_mut(head_len);
        self.apply_partial(head, &f);
        let mut rounds = rest.chunks_exact_mut(BYTES_PER_ROUND);
        // The schedule state lives in locals while the hot loop runs: kept in `self`, it is
        // reloaded after every store to `data` and the loop runs at half speed.
        let mut words = self.words.clone();
        let mut last_block = None;
        for chunk in &mut rounds {
            let block = round_bytes(words.next_round());
            for (d, k) in chunk.iter_mut().zip(&block) {
                *d = f(*d, *k);
            }
            last_block = Some(block);
        }
        self.words = words;
        if let Some(block) = last_block {
            self.block = block;
        }
        let tail = rounds.into_remainder();
        if !tail.is_empty() {
            self.block = round_bytes(self.words.next_round());
            self.used = 0;
            self.apply_partial(tail, &f);
        } else if rest.len() >= BYTES_PER_ROUND {
            self.used = BYTES_PER_ROUND;
        }
    }

    /// Applies `f` to at most the rest of the current round.
    fn apply_partial(&mut self, data: &mut [u8], f: &impl Fn(u8, u8) -> u8) {
        for (d, k) in data.iter_mut().zip(&self.block[self.used..]) {
            *d = f(*d, *k);
        }
        self.used += data.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fips_key() -> MasterKey {
        MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4f3c").unwrap()
    }

    #[test]
    fn fips197_appendix_a1() {
        let words: Vec<u32> = KeyStream::new(&fips_key()).take(40).collect();
        assert_eq!(words[0], 0xa0fafe17); // w[4]
        assert_eq!(words[3], 0x2a6c7605); // w[7]
        assert_eq!(words[39], 0xb6630ca6); // w[43]
    }

    #[test]
    fn fast_forward_matches_sequential() {
        let key = fips_key();
        let all: Vec<u32> = KeyStream::new(&key).take(1000).collect();
        for offset in [0u64, 1, 3, 4, 5, 203, 204, 997] {
            let tail: Vec<u32> = KeyStream::starting_at_word(&key, offset).take(3).collect();
            assert_eq!(tail, all[offset as usize..offset as usize + 3]);
        }
    }

    #[test]
    fn key_bytes_at_any_offset_match_words() {
        let key = fips_key();
        let bytes: Vec<u8> = KeyStream::new(&key).take(100).flat_map(u32::to_be_bytes).collect();
        for offset in [0usize, 1, 15, 16, 17, 250, 399] {
            let mut got = vec![0u8; 400 - offset];
            KeyBytes::starting_at(&key, offset as u64).apply(&mut got, |_, k| k);
            assert_eq!(got, bytes[offset..]);
        }
    }

    /// Every byte of the key and of the first rounds, as two-digit hex and as decimal, in a
    /// piece of Debug output.
    fn leaks_key_material(text: &str, key: &MasterKey) -> bool {
        let words: Vec<u32> = KeyStream::new(key).take(8).collect();
        let hex_words = words.iter().map(|w| format!("{w:08x}")).chain(words.iter().map(|w| w.to_string()));
        let hex_key = key.to_hex();
        hex_words.chain([hex_key]).any(|needle| text.to_lowercase().contains(&needle))
    }

    #[test]
    fn debug_shows_no_key_stream() {
        let key = fips_key();
        let mut stream = KeyStream::new(&key);
        stream.next_word();
        let text = format!("{stream:?} {stream:#?}");
        assert!(text.contains("KeyStream") && text.contains("redacted"), "{text}");
        assert!(!leaks_key_material(&text, &key), "{text}");
        let mut bytes = KeyBytes::starting_at(&key, 5);
        bytes.apply(&mut [0u8; 3], |_, k| k);
        let text = format!("{bytes:?} {bytes:#?}");
        assert!(text.contains("KeyBytes") && text.contains("redacted"), "{text}");
        assert!(!leaks_key_material(&text, &key), "{text}");
        // The round words in Debug of the derived kind would show as decimal numbers.
        assert!(!text.contains(&0xa0fafe17u32.to_string()), "{text}");
    }

    #[test]
    fn zeroize_wipes_the_schedule_state() {
        let key = fips_key();
        let mut stream = KeyStream::starting_at_word(&key, 3);
        stream.zeroize();
        assert_eq!((stream.round, stream.rcon, stream.next), ([0; 4], 0, 0));
        let mut bytes = KeyBytes::starting_at(&key, 20);
        bytes.zeroize();
        assert_eq!((bytes.words.round, bytes.block, bytes.used), ([0; 4], [0; BYTES_PER_ROUND], 0));
    }

    #[test]
    fn rcon_has_period_51_and_the_stream_never_repeats_a_round() {
        let mut rcon = FIRST_RCON;
        for _ in 0..51 {
            rcon = xtime(rcon);
        }
        assert_eq!(rcon, FIRST_RCON);
        // Rounds 1..=2000 (far past the Rcon period) are pairwise distinct for this key.
        let key = fips_key();
        let mut rounds: Vec<[u32; 4]> = Vec::new();
        let mut stream = KeyStream::new(&key);
        for _ in 0..2000 {
            rounds.push([0; 4].map(|_| stream.next_word()));
        }
        rounds.sort_unstable();
        rounds.dedup();
        assert_eq!(rounds.len(), 2000);
    }
}
