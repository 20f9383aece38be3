//! Ascon-AEAD128 (NIST SP 800-232), written out as the hardware computes it: the 320-bit state as
//! five 64-bit words, the permutation one round at a time, and the key stream of an all-zero
//! plaintext (the hardened lock's key stream) as successive 16-byte rates with 8 rounds between
//! them. The golden model is RustCrypto's `ascon-aead` crate; the tests hold this code to it and
//! to the standard's known-answer vectors.
//!
//! Byte order is SP 800-232's: each word is loaded little-endian.

use zeroize::{Zeroize, ZeroizeOnDrop};

/// The initial value of Ascon-AEAD128 (SP 800-232, Table 14).
pub const AEAD128_IV: u64 = 0x0000_1000_808c_0001;
/// Rounds of the initialization and finalization permutation.
pub const ROUNDS_A: usize = 12;
/// Rounds between data blocks.
pub const ROUNDS_B: usize = 8;
/// Rate: bytes absorbed or squeezed per block.
pub const RATE_BYTES: usize = 16;
/// Key, nonce and tag bytes.
pub const KEY_BYTES: usize = 16;
pub const NONCE_BYTES: usize = 16;
pub const TAG_BYTES: usize = 16;

/// The round constant of round `i` of the 12 (a run of `r` rounds uses the last `r`).
pub fn round_constant(i: usize) -> u64 {
    (((0xf - i as u64) << 4) | i as u64) & 0xff
}

/// One round of the Ascon permutation: constant, bitsliced 5-bit S-box, linear diffusion.
/// (Written on five locals, not the array: the compiler keeps them in registers through the
/// unrolled rounds of [`permute`], which the software lock's speed rests on.)
#[inline(always)]
pub fn round(x: &mut [u64; 5], constant: u64) {
    let [mut x0, mut x1, mut x2, mut x3, mut x4] = *x;
    x2 ^= constant;
    // S-box layer (the standard's bitsliced form).
    x0 ^= x4;
    x4 ^= x3;
    x2 ^= x1;
    let (t0, t1, t2, t3, t4) = (!x0 & x1, !x1 & x2, !x2 & x3, !x3 & x4, !x4 & x0);
    x0 ^= t1;
    x1 ^= t2;
    x2 ^= t3;
    x3 ^= t4;
    x4 ^= t0;
    x1 ^= x0;
    x0 ^= x4;
    x3 ^= x2;
    x2 = !x2;
    // Linear diffusion layer: each word XORed with two rotations of itself.
    x0 ^= x0.rotate_right(19) ^ x0.rotate_right(28);
    x1 ^= x1.rotate_right(61) ^ x1.rotate_right(39);
    x2 ^= x2.rotate_right(1) ^ x2.rotate_right(6);
    x3 ^= x3.rotate_right(10) ^ x3.rotate_right(17);
    x4 ^= x4.rotate_right(7) ^ x4.rotate_right(41);
    *x = [x0, x1, x2, x3, x4];
}

/// The last `rounds` rounds of the 12.
pub fn permute(x: &mut [u64; 5], rounds: usize) {
    // The two lengths the construction uses get loops of constant length (unrolled).
    match rounds {
        ROUNDS_B => permute_last::<ROUNDS_B>(x),
        ROUNDS_A => permute_last::<ROUNDS_A>(x),
        _ => {
            for i in ROUNDS_A - rounds..ROUNDS_A {
                round(x, round_constant(i));
            }
        }
    }
}

#[inline(always)]
fn permute_last<const R: usize>(x: &mut [u64; 5]) {
    for i in ROUNDS_A - R..ROUNDS_A {
        round(x, round_constant(i));
    }
}

fn word(bytes: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    b[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(b)
}

/// XORs a block of up to 16 bytes into the rate.
fn absorb(x: &mut [u64; 5], block: &[u8]) {
    let split = block.len().min(8);
    x[0] ^= word(&block[..split]);
    x[1] ^= word(&block[split..]);
}

/// The rate's 16 bytes.
fn rate(x: &[u64; 5]) -> [u8; RATE_BYTES] {
    let mut bytes = [0u8; RATE_BYTES];
    bytes[..8].copy_from_slice(&x[0].to_le_bytes());
    bytes[8..].copy_from_slice(&x[1].to_le_bytes());
    bytes
}

/// The padding of a last block of `len` bytes (0 ≤ len < 16): a 1 bit right after it.
fn pad(x: &mut [u64; 5], len: usize) {
    x[len / 8] ^= 0x01 << (8 * (len % 8));
}

/// The Ascon-AEAD128 state after the key and nonce and the associated data: ready for the
/// plaintext. Wiped on drop (it is key material).
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct Aead128 {
    x: [u64; 5],
    key: [u64; 2],
}

impl Aead128 {
    /// Initializes with `key` and `nonce`, and absorbs `associated_data`.
    pub fn new(key: &[u8; KEY_BYTES], nonce: &[u8; NONCE_BYTES], associated_data: &[u8]) -> Self {
        let k = [word(&key[..8]), word(&key[8..])];
        let mut x = [AEAD128_IV, k[0], k[1], word(&nonce[..8]), word(&nonce[8..])];
        permute(&mut x, ROUNDS_A);
        x[3] ^= k[0];
        x[4] ^= k[1];
        if !associated_data.is_empty() {
            let mut blocks = associated_data.chunks_exact(RATE_BYTES);
            for block in &mut blocks {
                absorb(&mut x, block);
                permute(&mut x, ROUNDS_B);
            }
            let last = blocks.remainder();
            absorb(&mut x, last);
            pad(&mut x, last.len());
            permute(&mut x, ROUNDS_B);
        }
        // Domain separation: the last bit of the state.
        x[4] ^= 1 << 63;
        Aead128 { x, key: k }
    }

    /// Encrypts `plaintext` in place and returns the tag.
    pub fn encrypt(mut self, plaintext: &mut [u8]) -> [u8; TAG_BYTES] {
        let mut blocks = plaintext.chunks_exact_mut(RATE_BYTES);
        for block in &mut blocks {
            absorb(&mut self.x, block);
            block.copy_from_slice(&rate(&self.x));
            permute(&mut self.x, ROUNDS_B);
        }
        let last = blocks.into_remainder();
        let n = last.len();
        absorb(&mut self.x, last);
        let mut ciphertext = rate(&self.x);
        last.copy_from_slice(&ciphertext[..n]);
        ciphertext.zeroize();
        pad(&mut self.x, n);
        // Finalization.
        self.x[2] ^= self.key[0];
        self.x[3] ^= self.key[1];
        permute(&mut self.x, ROUNDS_A);
        let mut tag = [0u8; TAG_BYTES];
        tag[..8].copy_from_slice(&(self.x[3] ^ self.key[0]).to_le_bytes());
        tag[8..].copy_from_slice(&(self.x[4] ^ self.key[1]).to_le_bytes());
        tag
    }

    /// The key stream: the ciphertext of an all-zero plaintext, block by block, without the tag.
    /// A prefix of the stream does not depend on how long the plaintext is.
    pub fn key_stream(self) -> KeyStream {
        KeyStream { state: self, rate: [0; RATE_BYTES], used: RATE_BYTES }
    }
}

/// The ciphertext bytes of an all-zero plaintext, in order (the tag is never computed).
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct KeyStream {
    state: Aead128,
    rate: [u8; RATE_BYTES],
    used: usize,
}

impl KeyStream {
    /// The next `out.len()` bytes: the rest of the block in hand, whole blocks straight from the
    /// state, then the start of one more block.
    pub fn fill(&mut self, out: &mut [u8]) {
        let head = out.len().min(RATE_BYTES - self.used);
        let (now, rest) = out.split_at_mut(head);
        now.copy_from_slice(&self.rate[self.used..self.used + head]);
        self.used += head;
        let mut blocks = rest.chunks_exact_mut(RATE_BYTES);
        for block in &mut blocks {
            block.copy_from_slice(&rate(&self.state.x));
            permute(&mut self.state.x, ROUNDS_B);
        }
        let tail = blocks.into_remainder();
        if !tail.is_empty() {
            self.rate = rate(&self.state.x);
            permute(&mut self.state.x, ROUNDS_B);
            tail.copy_from_slice(&self.rate[..tail.len()]);
            self.used = tail.len();
        }
    }
}

impl std::fmt::Debug for KeyStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyStream(..)")
    }
}

impl std::fmt::Debug for Aead128 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Aead128(..)")
    }
}

#[cfg(test)]
mod tests;
