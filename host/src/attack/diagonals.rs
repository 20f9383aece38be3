//! The paper-mode key stream (the AES-128 key expansion, [`crate::keyschedule`]) as four
//! independent byte sequences, the representation the key recovery searches in.
//!
//! Write round `r` of the expansion as the words `(a_r, b_r, c_r, d_r) = w[4r..4r+4]` (round 0 is
//! K). FIPS-197 §5.2 gives `a_r = a_{r-1} ^ T_r(d_{r-1})` with
//! `T_r(x) = SubWord(RotWord(x)) ^ Rcon_r`, then `b_r = b_{r-1} ^ a_r`, `c_r = c_{r-1} ^ b_r`,
//! `d_r = d_{r-1} ^ c_r`. Eliminating `a`, `b`, `c`:
//!
//! ```text
//! c_r = d_r ^ d_{r-1}                       (r >= 1)
//! b_r = d_r ^ d_{r-2}                       (r >= 2)
//! a_r = d_r ^ d_{r-1} ^ d_{r-2} ^ d_{r-3}   (r >= 3)
//! d_r = d_{r-4} ^ T_r(d_{r-1})              (r >= 4)
//! ```
//!
//! The last line, byte by byte (byte 0 of a word is its most significant, RotWord moves byte
//! `j + 1` to byte `j`): byte `j` of `d_r` is byte `j` of `d_{r-4}` XOR `Sbox(byte j+1 of d_{r-1})`,
//! plus `Rcon_r` when `j = 0`. Byte `j` of `d_r` therefore depends only on bytes with the same
//! `(j + r) mod 4`: the expansion splits into four byte sequences, the *diagonals*
//! `u^D_r = byte (D - r) mod 4 of d_r`, each with the recurrence
//!
//! ```text
//! u_r = u_{r-4} ^ Sbox(u_{r-1}) ^ (Rcon_r if (D - r) mod 4 = 0, else 0)
//! ```
//!
//! and a 32-bit state (four consecutive bytes). This is the representation of Leurent and Pernot
//! ("New Representations of the AES Key Schedule", EUROCRYPT 2021, ePrint 2020/1253): up to a
//! linear change of variables, the AES-128 schedule is four independent 32-bit computations. The
//! recurrence runs both ways, so one diagonal's state at any round gives it at every round, and
//! the four states at one round give K.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::keyschedule::{sub_word, FIRST_RCON};
use crate::sbox::{xtime, SBOX};
use crate::MasterKey;

/// Number of diagonals (and bytes in a word).
pub const DIAGONALS: usize = 4;
/// The lowest round a diagonal state can describe: the recurrence holds from round 4 on, so the
/// state ending at round 3 (bytes of d_0 … d_3) is the first.
pub const FIRST_STATE_ROUND: u64 = 3;
/// Rcon repeats with this period (x has order 51 in GF(2^8)).
const RCON_PERIOD: u64 = 51;

/// Rcon of round `round` (>= 1): x^(round-1) in GF(2^8).
pub fn rcon(round: u64) -> u8 {
    debug_assert!(round >= 1);
    (0..(round - 1) % RCON_PERIOD).fold(FIRST_RCON, |r, _| xtime(r))
}

/// Rcon of every round modulo its period, so the search never recomputes it.
#[derive(Clone, Debug)]
pub struct RconTable([u8; RCON_PERIOD as usize]);

impl Default for RconTable {
    fn default() -> Self {
        let mut table = [0u8; RCON_PERIOD as usize];
        let mut r = FIRST_RCON;
        for entry in &mut table {
            *entry = r;
            r = xtime(r);
        }
        RconTable(table)
    }
}

impl RconTable {
    /// Rcon of round `round` (>= 1).
    #[inline]
    pub fn of(&self, round: u64) -> u8 {
        self.0[((round - 1) % RCON_PERIOD) as usize]
    }

    /// The constant of diagonal `diagonal`'s recurrence at round `round` (>= 4): Rcon of that
    /// round when the diagonal sits in byte 0 of `d_round`, else 0.
    #[inline]
    pub fn step_constant(&self, diagonal: usize, round: u64) -> u8 {
        if lane(diagonal, round) == 0 {
            self.of(round)
        } else {
            0
        }
    }
}

/// The byte of `d_round` (0 = most significant) that belongs to diagonal `diagonal`.
#[inline]
pub fn lane(diagonal: usize, round: u64) -> usize {
    (diagonal + DIAGONALS - (round % DIAGONALS as u64) as usize) % DIAGONALS
}

/// The diagonal that byte `lane` of `d_round` belongs to.
#[inline]
pub fn diagonal_of(lane: usize, round: u64) -> usize {
    (lane + (round % DIAGONALS as u64) as usize) % DIAGONALS
}

/// One diagonal's state: its bytes at rounds `round - 3 ..= round`, oldest first. Equivalent to a
/// quarter of the key, so wiped on drop and redacted in `Debug`.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct DiagonalState {
    pub diagonal: usize,
    /// The round of the newest byte, `bytes[3]`.
    pub round: u64,
    pub bytes: [u8; 4],
}

impl fmt::Debug for DiagonalState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DiagonalState").field("diagonal", &self.diagonal).field("round", &self.round).field("bytes", &"<redacted>").finish()
    }
}

impl DiagonalState {
    /// One round later: appends the byte of round `round + 1`.
    #[inline]
    pub fn forward(&mut self, rcon: &RconTable) {
        let next = self.round + 1;
        let [u0, u1, u2, u3] = self.bytes;
        let u4 = u0 ^ SBOX[u3 as usize] ^ rcon.step_constant(self.diagonal, next);
        self.bytes = [u1, u2, u3, u4];
        self.round = next;
    }

    /// One round earlier: recovers the byte of round `round - 4` (needs `round > 3`).
    #[inline]
    pub fn backward(&mut self, rcon: &RconTable) {
        assert!(self.round > FIRST_STATE_ROUND, "no diagonal state before round {FIRST_STATE_ROUND}");
        let [u1, u2, u3, u4] = self.bytes;
        let u0 = u4 ^ SBOX[u3 as usize] ^ rcon.step_constant(self.diagonal, self.round);
        self.bytes = [u0, u1, u2, u3];
        self.round -= 1;
    }

    /// The same diagonal's state ending at round `round` (>= 3).
    pub fn at(&self, round: u64, rcon: &RconTable) -> DiagonalState {
        let mut state = self.clone();
        while state.round < round {
            state.forward(rcon);
        }
        while state.round > round {
            state.backward(rcon);
        }
        state
    }

    /// The byte of round `round`, if it is one of the four held.
    pub fn byte_at(&self, round: u64) -> Option<u8> {
        (round <= self.round && self.round - round < 4).then(|| self.bytes[(3 - (self.round - round)) as usize])
    }
}

/// The four diagonals of `key`, each as its state ending at round 3 (for tests and checks).
pub fn diagonals_of(key: &MasterKey) -> [DiagonalState; DIAGONALS] {
    let words = crate::keyschedule::KeyStream::new(key);
    let b = key.bytes();
    // d_0 is K's last word, d_1 … d_3 are w[7], w[11], w[15]: stream words 3, 7, 11.
    let later: Vec<u32> = words.take(12).collect();
    let d = [u32::from_be_bytes([b[12], b[13], b[14], b[15]]), later[3], later[7], later[11]];
    std::array::from_fn(|diagonal| DiagonalState {
        diagonal,
        round: FIRST_STATE_ROUND,
        bytes: std::array::from_fn(|r| d[r].to_be_bytes()[lane(diagonal, r as u64)]),
    })
}

/// The master key from the four diagonals (in any order, at any rounds).
pub fn key_from_diagonals(states: &[DiagonalState; DIAGONALS], rcon: &RconTable) -> MasterKey {
    let at3: Vec<DiagonalState> = states.iter().map(|s| s.at(FIRST_STATE_ROUND, rcon)).collect();
    let mut d = [[0u8; 4]; 4];
    for state in &at3 {
        for (r, word) in d.iter_mut().enumerate() {
            word[lane(state.diagonal, r as u64)] = state.bytes[r];
        }
    }
    let d = d.map(u32::from_be_bytes);
    // Round 3 from d_0 … d_3, then the expansion run backwards to round 0.
    let mut round = [d[3] ^ d[2] ^ d[1] ^ d[0], d[3] ^ d[1], d[3] ^ d[2], d[3]];
    for r in (1..=FIRST_STATE_ROUND).rev() {
        let [a, b, c, dd] = round;
        let prev_d = dd ^ c;
        let t = sub_word(prev_d.rotate_left(8)) ^ (u32::from(rcon.of(r)) << 24);
        round = [a ^ t, b ^ a, c ^ b, prev_d];
    }
    let mut bytes = [0u8; 16];
    for (i, word) in round.iter().enumerate() {
        bytes[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
    }
    let key = MasterKey::from_bytes(bytes);
    bytes.zeroize();
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keyschedule::KeyStream;

    fn fips_key() -> MasterKey {
        MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4f3c").unwrap()
    }

    #[test]
    fn rcon_table_matches_the_definition() {
        let table = RconTable::default();
        assert_eq!((1..=10).map(|r| table.of(r)).collect::<Vec<_>>(), [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36]);
        for round in 1..300 {
            assert_eq!(table.of(round), rcon(round));
        }
    }

    #[test]
    fn diagonals_follow_the_key_stream_far_past_round_10() {
        let rcon = RconTable::default();
        for key in [fips_key(), MasterKey::from_bytes([0xa7; 16]), MasterKey::from_bytes(std::array::from_fn(|i| i as u8 * 37))] {
            // d_r = w[4r + 3]; stream word i is w[4 + i].
            let words: Vec<u32> = KeyStream::new(&key).take(4 * 400).collect();
            let d = |r: u64| if r == 0 { u32::from_be_bytes(key.bytes()[12..16].try_into().unwrap()) } else { words[4 * r as usize - 1] };
            for mut state in diagonals_of(&key) {
                for r in 3..400u64 {
                    for back in 0..4 {
                        assert_eq!(state.byte_at(r - back), Some(d(r - back).to_be_bytes()[lane(state.diagonal, r - back)]), "round {r}");
                    }
                    state.forward(&rcon);
                }
                let far = state.clone();
                for _ in 3..400 {
                    state.backward(&rcon);
                }
                assert_eq!(state.round, 3);
                assert_eq!(far.at(3, &rcon), state);
            }
        }
    }

    #[test]
    fn four_diagonals_at_any_round_give_back_the_key() {
        let rcon = RconTable::default();
        for key in [fips_key(), MasterKey::from_bytes([0; 16]), MasterKey::from_bytes([0xff; 16])] {
            let mut states = diagonals_of(&key);
            for (i, s) in states.iter_mut().enumerate() {
                *s = s.at(3 + 97 * i as u64, &rcon);
            }
            assert_eq!(key_from_diagonals(&states, &rcon), key);
        }
    }

    #[test]
    fn lane_and_diagonal_are_inverse() {
        for round in 0..8 {
            for l in 0..4 {
                assert_eq!(lane(diagonal_of(l, round), round), l);
            }
        }
    }

    #[test]
    fn debug_hides_the_bytes() {
        let state = DiagonalState { diagonal: 1, round: 7, bytes: [0xde, 0xad, 0xbe, 0xef] };
        let text = format!("{state:?}");
        assert!(text.contains("redacted"), "{text}");
        for b in state.bytes {
            assert!(!text.contains(&b.to_string()) && !text.to_lowercase().contains(&format!("{b:02x}")), "{text}");
        }
    }
}
