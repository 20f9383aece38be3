//! The hardened-mode key stream (docs/security.md, docs/model-format.md): the payload is
//! cut into chunks of 4,096 bytes, and chunk `j`'s key stream is the Ascon-AEAD128 ciphertext of
//! zero bytes under the master key K with the nonce `N ‖ j` — the model's 96-bit nonce `N`, then
//! `j` as a big-endian 32-bit integer — empty associated data, the tag unused. Byte `t` of the
//! payload's stream is byte `t mod 4096` of chunk `⌊t / 4096⌋`'s. Chunks let engines and
//! threads work side by side, and a reader start anywhere at the cost of one chunk's prefix.

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::ascon::{Aead128, KeyStream, NONCE_BYTES};
use crate::key::MasterKey;

/// Key-stream bytes per chunk.
pub const CHUNK_BYTES: usize = 4096;
/// Bytes of the model's nonce (stored in the `.dlk` header; not secret, never reused).
pub const MODEL_NONCE_BYTES: usize = 12;

/// The Ascon nonce of chunk `chunk`: the model's nonce, then the chunk index, big-endian.
pub fn chunk_nonce(model_nonce: &[u8; MODEL_NONCE_BYTES], chunk: u32) -> [u8; NONCE_BYTES] {
    let mut nonce = [0u8; NONCE_BYTES];
    nonce[..MODEL_NONCE_BYTES].copy_from_slice(model_nonce);
    nonce[MODEL_NONCE_BYTES..].copy_from_slice(&chunk.to_be_bytes());
    nonce
}

/// The hardened key stream from any position on. Holds a copy of the key: wiped on drop.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct HardenedStream {
    key: [u8; 16],
    #[zeroize(skip)]
    model_nonce: [u8; MODEL_NONCE_BYTES],
    chunk: u32,
    left_in_chunk: usize,
    stream: KeyStream,
}

impl HardenedStream {
    /// The stream of `key` and `model_nonce`, starting at payload byte `position`.
    pub fn at(key: &MasterKey, model_nonce: &[u8; MODEL_NONCE_BYTES], position: u64) -> Self {
        let chunk = u32::try_from(position / CHUNK_BYTES as u64).expect("a payload of at most 2^32 chunks (16 TiB)");
        let key = *key.bytes();
        let mut stream = Aead128::new(&key, &chunk_nonce(model_nonce, chunk), &[]).key_stream();
        let skip = (position % CHUNK_BYTES as u64) as usize;
        let mut scratch = vec![0u8; skip];
        stream.fill(&mut scratch);
        scratch.zeroize();
        HardenedStream { key, model_nonce: *model_nonce, chunk, left_in_chunk: CHUNK_BYTES - skip, stream }
    }

    /// The next `out.len()` key-stream bytes.
    pub fn fill(&mut self, mut out: &mut [u8]) {
        while !out.is_empty() {
            if self.left_in_chunk == 0 {
                self.chunk += 1;
                self.stream = Aead128::new(&self.key, &chunk_nonce(&self.model_nonce, self.chunk), &[]).key_stream();
                self.left_in_chunk = CHUNK_BYTES;
            }
            let n = out.len().min(self.left_in_chunk);
            let (now, rest) = out.split_at_mut(n);
            self.stream.fill(now);
            self.left_in_chunk -= n;
            out = rest;
        }
    }
}

impl std::fmt::Debug for HardenedStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HardenedStream(chunk {}, ..)", self.chunk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use ascon_aead::aead::{Aead, KeyInit, Payload};
    use ascon_aead::{AsconAead128, Key, Nonce};
    use rand::{Rng, SeedableRng};

    /// Chunk `j`'s whole stream from the golden model.
    fn golden_chunk(key: &[u8; 16], model_nonce: &[u8; MODEL_NONCE_BYTES], j: u32) -> Vec<u8> {
        let cipher = AsconAead128::new(&Key::<AsconAead128>::from(*key));
        let nonce = chunk_nonce(model_nonce, j);
        let mut out = cipher.encrypt(&Nonce::<AsconAead128>::from(nonce), Payload { msg: &[0; CHUNK_BYTES], aad: &[] }).unwrap();
        out.truncate(CHUNK_BYTES);
        out
    }

    #[test]
    fn the_chunk_nonce_is_the_model_nonce_then_the_index_big_endian() {
        let n: [u8; 12] = std::array::from_fn(|i| i as u8 + 1);
        assert_eq!(chunk_nonce(&n, 0x0102_0304), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4]);
    }

    #[test]
    fn matches_the_golden_model_from_random_positions_across_chunks() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(0xc4a1);
        let mut checked = 0;
        while checked < 1 << 20 {
            let key = MasterKey::from_bytes(rng.gen());
            let model_nonce: [u8; 12] = rng.gen();
            let position = rng.gen_range(0..6 * CHUNK_BYTES as u64);
            let len = rng.gen_range(1..3 * CHUNK_BYTES);
            let mut got = vec![0u8; len];
            let mut stream = HardenedStream::at(&key, &model_nonce, position);
            let split = rng.gen_range(0..=len);
            stream.fill(&mut got[..split]);
            stream.fill(&mut got[split..]);
            let first = (position / CHUNK_BYTES as u64) as u32;
            let last = ((position + len as u64 - 1) / CHUNK_BYTES as u64) as u32;
            let golden: Vec<u8> = (first..=last).flat_map(|j| golden_chunk(key.bytes(), &model_nonce, j)).collect();
            let from = (position % CHUNK_BYTES as u64) as usize;
            assert_eq!(got, golden[from..from + len], "position {position}, {len} bytes");
            checked += len;
        }
    }

    #[test]
    fn debug_shows_no_key_material() {
        let stream = HardenedStream::at(&MasterKey::from_bytes([9; 16]), &[0; 12], 5000);
        assert_eq!(format!("{stream:?}"), "HardenedStream(chunk 1, ..)");
    }
}
