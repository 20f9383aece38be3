use super::*;
use crate::hardened_stream::HardenedStream;
use crate::keyschedule::KeyStream;
use proptest::prelude::*;

fn key_from(bytes: [u8; 16]) -> MasterKey {
    MasterKey::from_bytes(bytes)
}

/// Both modes, the hardened one with a nonce taken from `seed`.
fn modes(seed: u8) -> [LockMode; 2] {
    [LockMode::Paper, LockMode::Hardened { nonce: [seed; MODEL_NONCE_BYTES] }]
}

#[test]
fn paper_mode_locked_bytes_match_the_definition() {
    let key = MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4f3c").unwrap();
    let plain: Vec<u8> = (0..200u32).map(|i| (i * 7) as u8).collect();
    let stream: Vec<u8> = KeyStream::new(&key).take(50).flat_map(u32::to_be_bytes).collect();
    let mut locked = plain.clone();
    lock_in_place(&mut locked, &key, LockMode::Paper, 0);
    for t in 0..plain.len() {
        assert_eq!(locked[t], SBOX[(plain[t] ^ stream[t]) as usize]);
    }
}

#[test]
fn hardened_mode_locked_bytes_match_the_definition_across_chunks() {
    let key = key_from([0x42; 16]);
    let nonce = *b"twelve bytes";
    let plain: Vec<u8> = (0..3 * CHUNK_BYTES as u32 + 77).map(|i| (i * 13) as u8).collect();
    let mut stream = vec![0u8; plain.len()];
    HardenedStream::at(&key, &nonce, 0).fill(&mut stream);
    let mut locked = plain.clone();
    lock_in_place(&mut locked, &key, LockMode::Hardened { nonce }, 0);
    for t in 0..plain.len() {
        assert_eq!(locked[t], SBOX[(plain[t] ^ stream[t]) as usize], "byte {t}");
    }
}

#[test]
fn the_modes_and_the_nonces_give_unrelated_payloads() {
    let key = key_from([9; 16]);
    let plain = vec![0u8; 10_000];
    let lock = |mode| {
        let mut v = plain.clone();
        lock_in_place(&mut v, &key, mode, 0);
        v
    };
    let [paper, a] = modes(1);
    let b = LockMode::Hardened { nonce: [2; MODEL_NONCE_BYTES] };
    let (paper, a, b) = (lock(paper), lock(a), lock(b));
    for (x, y) in [(&paper, &a), (&a, &b)] {
        let equal = x.iter().zip(y).filter(|(p, q)| p == q).count();
        // Unrelated streams agree on about 1 byte in 256 (39 expected here).
        assert!(equal < 100, "{equal} equal bytes of 10,000");
    }
}

#[test]
fn parallel_equals_serial_in_both_modes() {
    let key = key_from([3; 16]);
    let data: Vec<u8> = (0..5 * CHUNK_BYTES as u32 + 123).map(|i| (i ^ (i >> 7)) as u8).collect();
    for mode in modes(7) {
        for direction in [Direction::Lock, Direction::Unlock] {
            let mut serial = data.clone();
            StreamCipher::new(&key, mode, direction, 0).apply(&mut serial);
            for threads in [1, 2, 3, 8, 64] {
                let mut parallel = data.clone();
                transform_in_parallel(&mut parallel, &key, mode, direction, threads);
                assert_eq!(parallel, serial, "{mode:?} {direction:?} on {threads} threads");
            }
        }
    }
}

proptest! {
    #[test]
    fn unlock_inverts_lock(data in proptest::collection::vec(any::<u8>(), 0..2000), key in any::<[u8; 16]>(), offset in 0u64..10_000, seed in any::<u8>()) {
        let key = key_from(key);
        for mode in modes(seed) {
            let mut buf = data.clone();
            lock_in_place(&mut buf, &key, mode, offset);
            unlock_in_place(&mut buf, &key, mode, offset);
            prop_assert_eq!(&buf, &data);
        }
    }

    #[test]
    fn a_different_key_gives_different_bytes(data in proptest::collection::vec(any::<u8>(), 64..512), key in any::<[u8; 16]>(), flip in 0usize..128) {
        let right = key_from(key);
        let mut other = key;
        other[flip / 8] ^= 1 << (flip % 8);
        let wrong = key_from(other);
        for mode in modes(5) {
            let mut a = data.clone();
            let mut b = data.clone();
            lock_in_place(&mut a, &right, mode, 0);
            lock_in_place(&mut b, &wrong, mode, 0);
            prop_assert_ne!(&a, &b);
            // Unlocking with the wrong key does not give the plaintext back.
            unlock_in_place(&mut a, &wrong, mode, 0);
            prop_assert_ne!(&a, &data);
        }
    }

    #[test]
    fn pieces_equal_whole(data in proptest::collection::vec(any::<u8>(), 0..9000), cut in 0usize..9000, key in any::<[u8; 16]>()) {
        let key = key_from(key);
        let cut = cut.min(data.len());
        for mode in modes(11) {
            let mut whole = data.clone();
            lock_in_place(&mut whole, &key, mode, 0);
            let mut pieces = data.clone();
            let mut cipher = StreamCipher::new(&key, mode, Direction::Lock, 0);
            let (a, b) = pieces.split_at_mut(cut);
            cipher.apply(a);
            cipher.apply(b);
            prop_assert_eq!(&whole, &pieces);
        }
    }
}

#[test]
fn streaming_round_trip_past_the_rcon_period_and_many_chunks() {
    // 1 MiB covers 65,536 paper-mode rounds (far past the 51-round Rcon period) and 256 chunks.
    let key = key_from([0x5a; 16]);
    let data: Vec<u8> = (0..1u32 << 20).map(|i| (i ^ (i >> 9)) as u8).collect();
    for mode in modes(0x33) {
        let mut locked = Vec::new();
        transform_stream(&mut &data[..], &mut locked, &key, mode, Direction::Lock).unwrap();
        let mut expected = data.clone();
        lock_in_place(&mut expected, &key, mode, 0);
        assert_eq!(locked, expected);
        let mut unlocked = Vec::new();
        transform_stream(&mut &locked[..], &mut unlocked, &key, mode, Direction::Unlock).unwrap();
        assert_eq!(unlocked, data);
    }
}

#[test]
fn debug_shows_no_key_stream() {
    let cipher = StreamCipher::new(&key_from([1; 16]), LockMode::Hardened { nonce: [0; 12] }, Direction::Lock, 100);
    let text = format!("{cipher:?}");
    assert_eq!(text, "StreamCipher { direction: Lock, .. }");
}
