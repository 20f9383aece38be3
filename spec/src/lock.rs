//! Locking and unlocking byte streams: `c[t] = Sbox(p[t] ^ s[t])` and
//! `p[t] = InvSbox(c[t]) ^ s[t]`, where `s[t]` is key-stream byte `t` and `t` is the byte's
//! position in the payload. The lock is the same in every mode; the mode picks the key stream.

use std::io::{self, Read, Write};

use zeroize::Zeroize;

use crate::hardened_stream::{HardenedStream, CHUNK_BYTES, MODEL_NONCE_BYTES};
use crate::key::MasterKey;
use crate::keyschedule::KeyBytes;
use crate::sbox::{INV_SBOX, SBOX};

/// Where the key stream comes from (docs/security.md compares the two).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockMode {
    /// The paper's: the AES-128 key expansion of K, extended. For reproducing the paper only: K
    /// can be recovered from a locked file alone.
    Paper,
    /// Ascon-AEAD128 (NIST SP 800-232) under K and the model's nonce, in 4,096-byte chunks
    /// ([`crate::hardened_stream`]). The nonce is not secret but must never repeat under one key.
    Hardened { nonce: [u8; MODEL_NONCE_BYTES] },
}

impl LockMode {
    /// Hardened mode with a nonce fresh from the operating system's random source.
    pub fn fresh_hardened() -> io::Result<Self> {
        let mut nonce = [0u8; MODEL_NONCE_BYTES];
        getrandom::getrandom(&mut nonce).map_err(|e| io::Error::other(format!("no random nonce: {e}")))?;
        Ok(LockMode::Hardened { nonce })
    }

    /// The mode's code in the `.dlk` header and in the device's CONFIG block.
    pub fn code(self) -> u8 {
        match self {
            LockMode::Paper => MODE_CODE_PAPER,
            LockMode::Hardened { .. } => MODE_CODE_HARDENED,
        }
    }

    /// The name users see (`deeplock inspect`, `--mode`).
    pub fn name(self) -> &'static str {
        match self {
            LockMode::Paper => "paper",
            LockMode::Hardened { .. } => "hardened",
        }
    }

    /// The nonce, all zero in paper mode (where the format stores zeros).
    pub fn nonce(self) -> [u8; MODEL_NONCE_BYTES] {
        match self {
            LockMode::Paper => [0; MODEL_NONCE_BYTES],
            LockMode::Hardened { nonce } => nonce,
        }
    }
}

/// What a user is told, once, when a file is locked in paper mode or one is inspected.
pub const PAPER_MODE_WARNING: &str = "warning: paper mode reproduces the Deep-Lock paper; its key can be recovered from a \
paper-mode file alone, without data or plaintext. Use hardened mode (the default) for anything you ship \
(docs/security.md).";

/// Lock-mode code of paper mode.
pub const MODE_CODE_PAPER: u8 = 1;
/// Lock-mode code of hardened mode.
pub const MODE_CODE_HARDENED: u8 = 2;

/// Which way a stream goes through the cipher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Lock,
    Unlock,
}

/// The key-stream generator of a mode, positioned at a payload offset.
enum Source {
    Paper(KeyBytes),
    Hardened(Box<HardenedStream>),
}

/// Locks or unlocks a payload in pieces: feed consecutive slices, in order.
pub struct StreamCipher {
    source: Source,
    direction: Direction,
}

impl std::fmt::Debug for StreamCipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamCipher").field("direction", &self.direction).finish_non_exhaustive()
    }
}

/// `Sbox(p ^ s)` or `InvSbox(c) ^ s`, byte by byte.
fn combine(data: &mut [u8], stream: &[u8], direction: Direction) {
    match direction {
        Direction::Lock => data.iter_mut().zip(stream).for_each(|(p, s)| *p = SBOX[(*p ^ s) as usize]),
        Direction::Unlock => data.iter_mut().zip(stream).for_each(|(c, s)| *c = INV_SBOX[*c as usize] ^ s),
    }
}

impl StreamCipher {
    /// A cipher in `mode` whose first byte is at payload offset `byte_offset`.
    pub fn new(key: &MasterKey, mode: LockMode, direction: Direction, byte_offset: u64) -> Self {
        let source = match mode {
            LockMode::Paper => Source::Paper(KeyBytes::starting_at(key, byte_offset)),
            LockMode::Hardened { nonce } => Source::Hardened(Box::new(HardenedStream::at(key, &nonce, byte_offset))),
        };
        StreamCipher { source, direction }
    }

    /// Transforms the next `data.len()` payload bytes in place.
    pub fn apply(&mut self, data: &mut [u8]) {
        match (&mut self.source, self.direction) {
            (Source::Paper(keys), Direction::Lock) => keys.apply(data, |p, k| SBOX[(p ^ k) as usize]),
            (Source::Paper(keys), Direction::Unlock) => keys.apply(data, |c, k| INV_SBOX[c as usize] ^ k),
            (Source::Hardened(stream), direction) => {
                // Key-stream bytes are key material: they live on the stack and are wiped.
                let mut scratch = [0u8; CHUNK_BYTES];
                for piece in data.chunks_mut(CHUNK_BYTES) {
                    let s = &mut scratch[..piece.len()];
                    stream.fill(s);
                    combine(piece, s, direction);
                }
                scratch.zeroize();
            }
        }
    }
}

/// Locks `data`, the payload bytes starting at offset `byte_offset`, in place.
pub fn lock_in_place(data: &mut [u8], key: &MasterKey, mode: LockMode, byte_offset: u64) {
    StreamCipher::new(key, mode, Direction::Lock, byte_offset).apply(data);
}

/// Unlocks `data`, the payload bytes starting at offset `byte_offset`, in place.
pub fn unlock_in_place(data: &mut [u8], key: &MasterKey, mode: LockMode, byte_offset: u64) {
    StreamCipher::new(key, mode, Direction::Unlock, byte_offset).apply(data);
}

/// Like [`lock_in_place`] or [`unlock_in_place`], on `threads` threads side by side: each takes a
/// run of whole chunks and starts its own key stream there (no thread for less than a chunk).
pub fn transform_in_parallel(data: &mut [u8], key: &MasterKey, mode: LockMode, direction: Direction, threads: usize) {
    let chunks = data.len().div_ceil(CHUNK_BYTES);
    let per_thread = chunks.div_ceil(threads.max(1)).max(1) * CHUNK_BYTES;
    std::thread::scope(|scope| {
        for (i, part) in data.chunks_mut(per_thread).enumerate() {
            let offset = (i * per_thread) as u64;
            scope.spawn(move || StreamCipher::new(key, mode, direction, offset).apply(part));
        }
    });
}

/// Buffer size for streaming; memory use is this, whatever the stream length.
const STREAM_CHUNK: usize = 1 << 16;

/// Copies `input` to `output`, locking or unlocking on the way, in constant memory. Returns the
/// number of bytes processed.
pub fn transform_stream(input: &mut impl Read, output: &mut impl Write, key: &MasterKey, mode: LockMode, direction: Direction) -> io::Result<u64> {
    let mut cipher = StreamCipher::new(key, mode, direction, 0);
    let mut buffer = vec![0u8; STREAM_CHUNK];
    let mut total = 0u64;
    loop {
        let n = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        cipher.apply(&mut buffer[..n]);
        output.write_all(&buffer[..n])?;
        total += n as u64;
    }
    output.flush()?;
    Ok(total)
}

#[cfg(test)]
#[path = "lock/tests.rs"]
mod tests;
