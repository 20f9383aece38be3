use super::*;

use ascon_aead::aead::{Aead, KeyInit, Payload};
use ascon_aead::{AsconAead128, Key, Nonce};
use rand::{Rng, SeedableRng};

fn hex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

/// (key, nonce, plaintext, associated data, ciphertext ‖ tag) from `kat.txt`.
fn known_answers() -> Vec<[Vec<u8>; 5]> {
    include_str!("kat.txt")
        .split("\n\n")
        .filter(|block| block.contains("Key = "))
        .map(|block| {
            let field = |name: &str| {
                let line = block.lines().find(|l| l.starts_with(&format!("{name} ="))).unwrap();
                hex(line.split('=').nth(1).unwrap().trim())
            };
            [field("Key"), field("Nonce"), field("PT"), field("AD"), field("CT")]
        })
        .collect()
}

fn own_encrypt(key: &[u8], nonce: &[u8], plaintext: &[u8], associated_data: &[u8]) -> Vec<u8> {
    let mut text = plaintext.to_vec();
    let tag = Aead128::new(key.try_into().unwrap(), nonce.try_into().unwrap(), associated_data).encrypt(&mut text);
    text.extend(tag);
    text
}

fn golden_encrypt(key: &[u8], nonce: &[u8], plaintext: &[u8], associated_data: &[u8]) -> Vec<u8> {
    let cipher = AsconAead128::new(&Key::<AsconAead128>::try_from(key).unwrap());
    cipher.encrypt(&Nonce::<AsconAead128>::try_from(nonce).unwrap(), Payload { msg: plaintext, aad: associated_data }).unwrap()
}

#[test]
fn the_standard_s_known_answers() {
    let vectors = known_answers();
    assert_eq!(vectors.len(), 13);
    for [key, nonce, plaintext, associated_data, expected] in vectors {
        assert_eq!(own_encrypt(&key, &nonce, &plaintext, &associated_data), expected, "PT {} AD {} bytes", plaintext.len(), associated_data.len());
        assert_eq!(golden_encrypt(&key, &nonce, &plaintext, &associated_data), expected, "the golden model");
    }
}

#[test]
fn matches_the_golden_model_at_random_keys_nonces_and_lengths() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(0xa5c0);
    for _ in 0..300 {
        let key: [u8; 16] = rng.gen();
        let nonce: [u8; 16] = rng.gen();
        let plaintext: Vec<u8> = (0..rng.gen_range(0..100)).map(|_| rng.gen()).collect();
        let associated_data: Vec<u8> = (0..rng.gen_range(0..40)).map(|_| rng.gen()).collect();
        assert_eq!(own_encrypt(&key, &nonce, &plaintext, &associated_data), golden_encrypt(&key, &nonce, &plaintext, &associated_data));
    }
}

#[test]
fn the_key_stream_is_the_ciphertext_of_zeros_read_in_any_pieces() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed);
    for _ in 0..50 {
        let key: [u8; 16] = rng.gen();
        let nonce: [u8; 16] = rng.gen();
        let len = rng.gen_range(0..4096 + 1);
        let golden = golden_encrypt(&key, &nonce, &vec![0; len], &[]);
        let mut stream = Aead128::new(&key, &nonce, &[]).key_stream();
        let mut got = vec![0u8; len];
        let mut at = 0;
        while at < len {
            let piece = rng.gen_range(1..40).min(len - at);
            stream.fill(&mut got[at..at + piece]);
            at += piece;
        }
        assert_eq!(got, golden[..len], "{len} bytes");
    }
}

#[test]
fn round_constants_are_the_standard_s() {
    let constants: Vec<u64> = (0..ROUNDS_A).map(round_constant).collect();
    assert_eq!(constants, [0xf0, 0xe1, 0xd2, 0xc3, 0xb4, 0xa5, 0x96, 0x87, 0x78, 0x69, 0x5a, 0x4b]);
}

#[test]
fn debug_shows_no_state() {
    let stream = Aead128::new(&[7; 16], &[1; 16], &[]).key_stream();
    assert_eq!(format!("{stream:?}"), "KeyStream(..)");
}
