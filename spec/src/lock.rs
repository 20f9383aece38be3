//! Locking and unlocking byte streams (paper mode): `c[t] = Sbox(p[t] ^ s[t])` and
//! `p[t] = InvSbox(c[t]) ^ s[t]`, where `s[t]` is key-stream byte `t` and `t` is the byte's
//! position in the payload.

use std::io::{self, Read, Write};

use crate::key::MasterKey;
use crate::keyschedule::KeyBytes;
use crate::sbox::{INV_SBOX, SBOX};

/// Which way a stream goes through the cipher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Lock,
    Unlock,
}

/// Locks or unlocks a payload in pieces: feed consecutive slices, in order.
#[derive(Clone)]
pub struct StreamCipher {
    keys: KeyBytes,
    direction: Direction,
}

impl StreamCipher {
    /// A cipher whose first byte is at payload offset `byte_offset`.
    pub fn new(key: &MasterKey, direction: Direction, byte_offset: u64) -> Self {
        StreamCipher { keys: KeyBytes::starting_at(key, byte_offset), direction }
    }

    /// Transforms the next `data.len()` payload bytes in place.
    pub fn apply(&mut self, data: &mut [u8]) {
        match self.direction {
            Direction::Lock => self.keys.apply(data, |p, k| SBOX[(p ^ k) as usize]),
            Direction::Unlock => self.keys.apply(data, |c, k| INV_SBOX[c as usize] ^ k),
        }
    }
}

/// Locks `data`, the payload bytes starting at offset `byte_offset`, in place.
pub fn lock_in_place(data: &mut [u8], key: &MasterKey, byte_offset: u64) {
    StreamCipher::new(key, Direction::Lock, byte_offset).apply(data);
}

/// Unlocks `data`, the payload bytes starting at offset `byte_offset`, in place.
pub fn unlock_in_place(data: &mut [u8], key: &MasterKey, byte_offset: u64) {
    StreamCipher::new(key, Direction::Unlock, byte_offset).apply(data);
}

/// Buffer size for streaming; memory use is this, whatever the stream length.
const STREAM_CHUNK: usize = 1 << 16;

/// Copies `input` to `output`, locking or unlocking on the way, in constant memory. Returns the
/// number of bytes processed.
pub fn transform_stream(input: &mut impl Read, output: &mut impl Write, key: &MasterKey, direction: Direction) -> io::Result<u64> {
    let mut cipher = StreamCipher::new(key, direction, 0);
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
mod tests {
    use super::*;
    use crate::keyschedule::KeyStream;
    use proptest::prelude::*;

    fn key_from(bytes: [u8; 16]) -> MasterKey {
        MasterKey::from_bytes(bytes)
    }

    #[test]
    fn locked_bytes_match_the_definition() {
        let key = MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4f3c").unwrap();
        let plain: Vec<u8> = (0..200u32).map(|i| (i * 7) as u8).collect();
        let stream: Vec<u8> = KeyStream::new(&key).take(50).flat_map(u32::to_be_bytes).collect();
        let mut locked = plain.clone();
        lock_in_place(&mut locked, &key, 0);
        for t in 0..plain.len() {
            assert_eq!(locked[t], SBOX[(plain[t] ^ stream[t]) as usize]);
        }
    }

    proptest! {
        #[test]
        fn unlock_inverts_lock(data in proptest::collection::vec(any::<u8>(), 0..2000), key in any::<[u8; 16]>(), offset in 0u64..5000) {
            let key = key_from(key);
            let mut buf = data.clone();
            lock_in_place(&mut buf, &key, offset);
            unlock_in_place(&mut buf, &key, offset);
            prop_assert_eq!(buf, data);
        }

        #[test]
        fn a_different_key_gives_different_bytes(data in proptest::collection::vec(any::<u8>(), 64..512), key in any::<[u8; 16]>(), flip in 0usize..128) {
            let right = key_from(key);
            let mut other = key;
            other[flip / 8] ^= 1 << (flip % 8);
            let wrong = key_from(other);
            let mut a = data.clone();
            let mut b = data.clone();
            lock_in_place(&mut a, &right, 0);
            lock_in_place(&mut b, &wrong, 0);
            prop_assert_ne!(&a, &b);
            // Unlocking with the wrong key does not give the plaintext back.
            unlock_in_place(&mut a, &wrong, 0);
            prop_assert_ne!(a, data);
        }

        #[test]
        fn pieces_equal_whole(data in proptest::collection::vec(any::<u8>(), 0..1000), cut in 0usize..1000, key in any::<[u8; 16]>()) {
            let key = key_from(key);
            let cut = cut.min(data.len());
            let mut whole = data.clone();
            lock_in_place(&mut whole, &key, 0);
            let mut pieces = data.clone();
            let mut cipher = StreamCipher::new(&key, Direction::Lock, 0);
            let (a, b) = pieces.split_at_mut(cut);
            cipher.apply(a);
            cipher.apply(b);
            prop_assert_eq!(whole, pieces);
        }
    }

    #[test]
    fn streaming_round_trip_past_the_rcon_period() {
        // 1 MiB covers 65,536 rounds, far past the 51-round Rcon period.
        let key = key_from([0x5a; 16]);
        let data: Vec<u8> = (0..1u32 << 20).map(|i| (i ^ (i >> 9)) as u8).collect();
        let mut locked = Vec::new();
        transform_stream(&mut &data[..], &mut locked, &key, Direction::Lock).unwrap();
        let mut expected = data.clone();
        lock_in_place(&mut expected, &key, 0);
        assert_eq!(locked, expected);
        let mut unlocked = Vec::new();
        transform_stream(&mut &locked[..], &mut unlocked, &key, Direction::Unlock).unwrap();
        assert_eq!(unlocked, data);
    }
}
