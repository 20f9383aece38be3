//! What a locked payload says about one diagonal's byte in each round, given the diagonals
//! already found.
//!
//! Every key-stream byte is an XOR of bytes of the last words `d` ([`super::diagonals`]): byte
//! `j` of word `k` of round `r` is the XOR of byte `j` of `d_{r-i}` over `i` in
//!
//! ```text
//! k = 3 (d_r): {0}      k = 2 (c_r): {0, 1}      k = 1 (b_r): {0, 2}      k = 0 (a_r): {0, 1, 2, 3}
//! ```
//!
//! and byte `j` of `d_{r-i}` belongs to diagonal `(j + r - i) mod 4`, so the terms of one
//! key-stream byte belong to distinct diagonals. A payload byte tells about diagonal `D` when `D`
//! is one of its terms and every other term is a diagonal already found: then
//! `u^D_{r-i} = InvSbox(c[t]) ^ p[t] ^ (the found terms)`. At the start only the words `d` qualify
//! (one byte per round per diagonal); each diagonal found adds the words `c`, `b` and `a` it
//! completes, so the last diagonals see up to eight payload bytes per round, header bytes among
//! them, and are found almost for free.
//!
//! The bytes that tell about one round all depend on the same key byte, so their ratios are not
//! independent: a wrong key byte a low bit away from the right one leaves every float exponent of
//! the round in its band, and the plain sum of their ratios would credit it with tens of bits.
//! The ratio of a round is therefore normalized, `llr(u) - log2(mean over u' of 2^llr(u'))`: the
//! log of 256 times the posterior of `u` under a uniform prior, at most 8 bits, with
//! `E[2^llr] = 1` for a uniformly random wrong byte, which is the bound the sequential test rests
//! on. A round with one byte is unchanged by this (its ratios already average to 1).
//!
//! A value is *plausible* at a round when no single byte's ratio falls below the prune bound: the
//! search discards implausible values outright (a reserved byte that would not be zero), while
//! weights, whose ratios never fall that low, only count as evidence.

use crate::sbox::INV_SBOX;

use super::byte_priors::ByteModel;
use super::diagonals::{DiagonalState, RconTable, DIAGONALS, FIRST_STATE_ROUND};

/// Every byte value, for a round nothing is known about.
pub static ALL_BYTES: [u8; 256] = {
    let mut all = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        all[i] = i as u8;
        i += 1;
    }
    all
};

/// The rounds `r - i` whose byte `j` of `d` XOR to byte `j` of word `k` of round `r`, as the
/// offsets `i`; `None` for a word whose formula needs rounds before 0.
fn terms(word: usize, round: u64) -> Option<&'static [u64]> {
    let (offsets, first_round): (&'static [u64], u64) = match word {
        3 => (&[0], 1),
        2 => (&[0, 1], 1),
        1 => (&[0, 2], 2),
        _ => (&[0, 1, 2, 3], 3),
    };
    (round >= first_round).then_some(offsets)
}

/// A found diagonal's bytes at rounds `0 ..= rounds`.
pub fn byte_sequence(state: &DiagonalState, rounds: u64, rcon: &RconTable) -> Vec<u8> {
    let mut s = state.at(FIRST_STATE_ROUND, rcon);
    let mut bytes = s.bytes.to_vec();
    while (bytes.len() as u64) <= rounds {
        s.forward(rcon);
        bytes.push(s.bytes[3]);
    }
    bytes.truncate(rounds as usize + 1);
    bytes
}

/// One diagonal's evidence, round by round (rounds `1 ..= rounds`).
pub struct Evidence {
    rounds: u64,
    /// Per round, the log-likelihood ratio (bits) of every value of the diagonal's key byte.
    llr: Vec<[f32; 256]>,
    /// Per round, the plausible key-byte values with a ratio of at least 0, best first.
    likely: Vec<Vec<u8>>,
    /// Per round, a bit per key-byte value: plausible.
    plausible: Vec<[u64; 4]>,
    /// Per round, whether any payload byte counted.
    informative: Vec<bool>,
    /// Payload bytes that counted, over all rounds.
    pub bytes_used: usize,
}

impl Evidence {
    /// The evidence about diagonal `diagonal` in the first `rounds` rounds of `payload`, with
    /// `found[D]` the byte sequence ([`byte_sequence`]) of every diagonal already found; a value
    /// is implausible where one byte's ratio is below `prune_bits`.
    pub fn new(diagonal: usize, payload: &[u8], priors: &ByteModel, rounds: u64, found: &[Option<Vec<u8>>; DIAGONALS], prune_bits: f32) -> Self {
        let mut llr = vec![[0f32; 256]; rounds as usize];
        let mut terms_per_round = vec![0u8; rounds as usize];
        let mut plausible = vec![[u64::MAX; 4]; rounds as usize];
        let mut bytes_used = 0;
        for r in 1..=rounds {
            for word in 0..4 {
                let Some(offsets) = terms(word, r) else { continue };
                for j in 0..4 {
                    let t = 16 * (r - 1) + 4 * word as u64 + j as u64;
                    let Some(&c) = payload.get(t as usize) else { continue };
                    let table = priors.table(priors.role_code(t));
                    if !table.informative {
                        continue;
                    }
                    // The term of this diagonal, and the XOR of the others (all must be found).
                    let mut own = None;
                    let mut offset = INV_SBOX[c as usize];
                    for &i in offsets {
                        let d = (j + ((r - i) % DIAGONALS as u64) as usize) % DIAGONALS;
                        if d == diagonal {
                            own = Some(r - i);
                        } else if let Some(bytes) = &found[d] {
                            offset ^= bytes[(r - i) as usize];
                        } else {
                            own = None;
                            break;
                        }
                    }
                    // The diagonal's byte of round 0 is part of K, outside the payload's rounds.
                    let Some(round) = own.filter(|&round| round >= 1) else { continue };
                    let (entry, mask) = (&mut llr[(round - 1) as usize], &mut plausible[(round - 1) as usize]);
                    for (u, l) in entry.iter_mut().enumerate() {
                        let term = table.llr[(offset ^ u as u8) as usize];
                        *l += term;
                        if term < prune_bits {
                            mask[u / 64] &= !(1 << (u % 64));
                        }
                    }
                    terms_per_round[(round - 1) as usize] += 1;
                    bytes_used += 1;
                }
            }
        }
        // One byte's ratios already average to 1.
        for (entry, _) in llr.iter_mut().zip(&terms_per_round).filter(|(_, &n)| n > 1) {
            normalize(entry);
        }
        let informative: Vec<bool> = terms_per_round.iter().map(|&n| n > 0).collect();
        let likely = (0..rounds as usize)
            .map(|i| {
                if !informative[i] {
                    return Vec::new();
                }
                let entry = &llr[i];
                // Sorted as packed integers (ratio in 1/256 bit, best first, then the value): the
                // build sorts a list per round, and comparing through the table is slower.
                let mut keys: Vec<u32> = (0..=255u8)
                    .filter(|&u| entry[u as usize] >= 0.0 && is_set(&plausible[i], u))
                    .map(|u| (((1 << 22) - (entry[u as usize] * 256.0).clamp(0.0, (1 << 22) as f32) as u32) << 8) | u as u32)
                    .collect();
                keys.sort_unstable();
                keys.into_iter().map(|k| k as u8).collect()
            })
            .collect();
        Evidence { rounds, llr, likely, plausible, informative, bytes_used }
    }

    /// The log-likelihood ratio of key byte `u` at round `r` (0 where there is no evidence), and
    /// whether there is any.
    #[inline]
    pub fn llr(&self, r: u64, u: u8) -> (f32, bool) {
        if r == 0 || r > self.rounds {
            return (0.0, false);
        }
        let i = (r - 1) as usize;
        (self.llr[i][u as usize], self.informative[i])
    }

    /// Whether key byte `u` is plausible at round `r` (always, without evidence).
    #[inline]
    pub fn plausible(&self, r: u64, u: u8) -> bool {
        !(1..=self.rounds).contains(&r) || is_set(&self.plausible[(r - 1) as usize], u)
    }

    /// The candidate key bytes at round `r`, best first: all 256 without evidence.
    pub fn candidates(&self, r: u64) -> &[u8] {
        match (1..=self.rounds).contains(&r) && self.informative[(r - 1) as usize] {
            true => &self.likely[(r - 1) as usize],
            false => &ALL_BYTES,
        }
    }
}

fn is_set(mask: &[u64; 4], u: u8) -> bool {
    mask[u as usize / 64] & (1 << (u % 64)) != 0
}

/// Subtracts `log2(mean of 2^llr)` from every entry (0 for a round without evidence).
fn normalize(llr: &mut [f32; 256]) {
    let max = llr.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mean = llr.iter().map(|&l| (l - max).exp2()).sum::<f32>() / 256.0;
    let shift = max + mean.log2();
    for l in llr.iter_mut() {
        *l -= shift;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attack::diagonals::diagonals_of;
    use crate::attack::paper_key_recovery::tests::synthetic_int8;
    use crate::format::LockMode;
    use crate::keyschedule::KeyBytes;
    use crate::MasterKey;

    #[test]
    fn every_key_stream_byte_is_the_xor_of_its_terms() {
        let key = MasterKey::from_bytes(std::array::from_fn(|i| 17 * i as u8 + 3));
        let rcon = RconTable::default();
        let rounds = 300;
        let mut stream = vec![0u8; 16 * rounds as usize];
        KeyBytes::starting_at(&key, 0).apply(&mut stream, |_, k| k);
        let sequences: Vec<Vec<u8>> = diagonals_of(&key).iter().map(|s| byte_sequence(s, rounds, &rcon)).collect();
        for r in 1..=rounds {
            for word in 0..4 {
                let Some(offsets) = terms(word, r) else {
                    assert!(r < 3, "only the first rounds lack a formula");
                    continue;
                };
                for j in 0..4 {
                    let xor = offsets.iter().fold(0u8, |x, &i| x ^ sequences[(j + ((r - i) % 4) as usize) % 4][(r - i) as usize]);
                    assert_eq!(xor, stream[(16 * (r - 1) + 4 * word as u64 + j as u64) as usize], "round {r} word {word} byte {j}");
                }
            }
        }
    }

    #[test]
    fn ratios_average_to_one_and_favour_the_true_byte() {
        let key = MasterKey::from_bytes([0x3c; 16]);
        let rcon = RconTable::default();
        let (header, payload) = synthetic_int8(&[64, 16, 10], LockMode::Paper, &key, 5);
        let priors = ByteModel::new(&header);
        let rounds = (payload.len() as u64).div_ceil(16);
        let sequences: Vec<Vec<u8>> = diagonals_of(&key).iter().map(|s| byte_sequence(s, rounds, &rcon)).collect();
        for known in [false, true] {
            for d in 0..DIAGONALS {
                let found = std::array::from_fn(|other| (known && other != d).then(|| sequences[other].clone()));
                let evidence = Evidence::new(d, &payload, &priors, rounds, &found, -3.0);
                let (mut total, mut implausible) = (0f32, 0);
                for r in 1..=rounds {
                    let (llr, informative) = evidence.llr(r, sequences[d][r as usize]);
                    if !informative {
                        continue;
                    }
                    let mean: f64 = (0..=255u8).map(|u| (evidence.llr(r, u).0 as f64).exp2()).sum::<f64>() / 256.0;
                    assert!((mean - 1.0).abs() < 1e-3, "round {r}: mean of 2^llr {mean}");
                    total += llr;
                    implausible += usize::from(!evidence.plausible(r, sequences[d][r as usize]));
                }
                assert_eq!(implausible, 0, "diagonal {d}: the true byte is always plausible");
                assert!(total > 2.0 * rounds as f32 / if known { 1.0 } else { 8.0 }, "diagonal {d} (others known: {known}): {total} bits");
            }
        }
    }
}
