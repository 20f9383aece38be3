use super::*;
use crate::layout::{int8_row_bytes, RowHeader};
use rand::{Rng, SeedableRng};

fn tiny_layers() -> Vec<LayerDesc> {
    vec![
        LayerDesc { in_features: 12, out_features: 3, activation: Activation::Relu, output_scale: 0.05 },
        LayerDesc { in_features: 3, out_features: 2, activation: Activation::None, output_scale: 0.001 },
    ]
}

fn tiny_model(key: &MasterKey) -> LockedModel {
    let len = 3 * int8_row_bytes(12) + 2 * int8_row_bytes(3);
    let mut plain: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
    plain[..8].copy_from_slice(&RowHeader { bias: -5, multiplier: 40_000, shift: 20 }.to_bytes());
    LockedModel::lock(Precision::Int8, tiny_layers(), plain, key).unwrap()
}

fn to_bytes(model: &LockedModel) -> Vec<u8> {
    let mut bytes = Vec::new();
    model.write(&mut bytes).unwrap();
    bytes
}

#[test]
fn round_trip_and_key_check() {
    let key = MasterKey::from_bytes([7; 16]);
    let model = tiny_model(&key);
    let bytes = to_bytes(&model);
    assert_eq!(bytes.len(), FIXED_HEADER_BYTES + 2 * LAYER_RECORD_BYTES + model.payload.len() + TRAILER_BYTES);
    let back = LockedModel::read(&mut &bytes[..]).unwrap();
    assert_eq!(back, model);
    assert!(back.header.key_matches(&key));
    assert!(!back.header.key_matches(&MasterKey::from_bytes([8; 16])));
    let mut plain = back.unlocked_payload(&key);
    assert_eq!(RowHeader::from_bytes(plain[..8].try_into().unwrap()).bias, -5);
    crate::lock::lock_in_place(&mut plain, &key, model.header.lock_mode, 0);
    assert_eq!(plain, model.payload);
}

#[test]
fn the_default_is_hardened_with_a_fresh_nonce() {
    let key = MasterKey::from_bytes([7; 16]);
    let (a, b) = (tiny_model(&key), tiny_model(&key));
    let (LockMode::Hardened { nonce: na }, LockMode::Hardened { nonce: nb }) = (a.header.lock_mode, b.header.lock_mode) else {
        panic!("default lock is not hardened: {:?}", a.header.lock_mode);
    };
    assert_ne!(na, nb, "two locks drew the same nonce");
    let bytes = to_bytes(&a);
    assert_eq!(u16_at(&bytes, 8), FORMAT_VERSION);
    assert_eq!(bytes[10], 2);
    assert_eq!(bytes[48..60], na);
    // Same model, same key, another nonce: unrelated payloads.
    let equal = a.payload.iter().zip(&b.payload).filter(|(x, y)| x == y).count();
    assert!(equal * 16 < a.payload.len(), "{equal} of {} bytes equal", a.payload.len());
}

/// A paper-mode model written as version 1 (what earlier builds wrote): 48-byte fixed header.
fn as_version_1(model: &LockedModel) -> Vec<u8> {
    let v2 = to_bytes(model);
    let mut v1 = v2[..FIXED_HEADER_BYTES_V1].to_vec();
    v1[8..10].copy_from_slice(&FORMAT_VERSION_1.to_le_bytes());
    v1.extend_from_slice(&v2[FIXED_HEADER_BYTES..v2.len() - TRAILER_BYTES]);
    let crc = CRC32.checksum(&v1);
    v1.extend_from_slice(&crc.to_le_bytes());
    v1
}

#[test]
fn version_1_files_are_still_read() {
    let key = MasterKey::from_bytes([7; 16]);
    let paper = LockedModel::lock_with(LockMode::Paper, Precision::Int8, tiny_layers(), tiny_model(&key).unlocked_payload(&key), &key).unwrap();
    let v1 = as_version_1(&paper);
    let back = LockedModel::read(&mut &v1[..]).unwrap();
    assert_eq!(back, paper);
    assert_eq!(back.unlocked_payload(&key), tiny_model(&key).unlocked_payload(&key));
    // Writing it again gives version 2.
    assert_eq!(u16_at(&to_bytes(&back), 8), FORMAT_VERSION);
}

#[test]
fn lock_mode_fields_are_checked() {
    let key = MasterKey::from_bytes([7; 16]);
    let with_crc = |mut v: Vec<u8>| {
        let n = v.len() - TRAILER_BYTES;
        let crc = CRC32.checksum(&v[..n]);
        v[n..].copy_from_slice(&crc.to_le_bytes());
        v
    };
    let read = |v: &[u8]| LockedModel::read(&mut &v[..]).unwrap_err();
    // Hardened mode does not exist in version 1.
    let paper = LockedModel::lock_with(LockMode::Paper, Precision::Int8, tiny_layers(), vec![0; tiny_model(&key).payload.len()], &key).unwrap();
    let mut v1 = as_version_1(&paper);
    v1[10] = 2;
    assert!(matches!(read(&with_crc(v1)), FormatError::UnknownLockMode { mode: 2, version: 1 }));
    // A paper-mode file carries no nonce; the reserved word is zero; mode 3 is unknown.
    let v2 = to_bytes(&paper);
    for (at, value) in [(50, 1u8), (61, 1)] {
        let mut v = v2.clone();
        v[at] = value;
        assert!(matches!(read(&with_crc(v)), FormatError::ReservedNotZero), "byte {at}");
    }
    let mut v = v2.clone();
    v[10] = 3;
    assert!(matches!(read(&with_crc(v)), FormatError::UnknownLockMode { mode: 3, version: 2 }));
}

#[test]
fn float32_models_round_trip() {
    let key = MasterKey::from_bytes([1; 16]);
    let layers = vec![LayerDesc { in_features: 4, out_features: 2, activation: Activation::None, output_scale: 0.0 }];
    let plain = vec![0u8; (4 * 2 + 2) * 4];
    let model = LockedModel::lock(Precision::Float32, layers, plain, &key).unwrap();
    assert_eq!(LockedModel::read(&mut &to_bytes(&model)[..]).unwrap(), model);
}

#[test]
fn every_truncation_is_a_truncation_error() {
    let bytes = to_bytes(&tiny_model(&MasterKey::from_bytes([7; 16])));
    for len in 0..bytes.len() {
        match LockedModel::read(&mut &bytes[..len]) {
            Err(FormatError::Truncated(_)) => {}
            other => panic!("prefix of {len} bytes: {other:?}"),
        }
    }
}

#[test]
fn every_single_bit_flip_is_rejected() {
    let bytes = to_bytes(&tiny_model(&MasterKey::from_bytes([7; 16])));
    for bit in 0..bytes.len() * 8 {
        let mut bad = bytes.clone();
        bad[bit / 8] ^= 1 << (bit % 8);
        assert!(LockedModel::read(&mut &bad[..]).is_err(), "bit {bit} flipped was accepted");
    }
}

#[test]
fn specific_rejections() {
    let bytes = to_bytes(&tiny_model(&MasterKey::from_bytes([7; 16])));
    let read = |b: &[u8]| LockedModel::read(&mut &b[..]).unwrap_err();

    assert!(matches!(read(b""), FormatError::Truncated(_)));
    assert!(matches!(read(b"PK\x03\x04 this is a zip file"), FormatError::BadMagic));
    let mut v = bytes.clone();
    v[8] = 9;
    assert!(matches!(read(&v), FormatError::UnsupportedVersion(9)));
    let mut v = bytes.clone();
    v.push(0);
    assert!(matches!(read(&v), FormatError::TrailingData));
    // A payload length that does not match the layers, even with a "valid" checksum.
    let mut v = bytes.clone();
    v[16..24].copy_from_slice(&(1u64 << 40).to_le_bytes());
    assert!(matches!(read(&v), FormatError::PayloadLength { .. }));
}

#[test]
fn an_absurd_claim_allocates_nothing_big() {
    // Layers that honestly need 16 GiB, followed by nothing: rejected as truncated without
    // allocating the claimed size (the test would abort on a 16 GiB allocation otherwise).
    let header = ModelHeader {
        lock_mode: LockMode::Hardened { nonce: [1; 12] },
        precision: Precision::Int8,
        layers: vec![LayerDesc { in_features: MAX_FEATURES, out_features: 16_000, activation: Activation::None, output_scale: 1.0 }],
        payload_len: 16_000 * int8_row_bytes(MAX_FEATURES as usize) as u64,
        key_check_salt: [0; 16],
        key_check: [0; 8],
    };
    header.validate().unwrap();
    let bytes = header.to_bytes();
    assert!(matches!(LockedModel::read(&mut &bytes[..]), Err(FormatError::Truncated("the payload"))));
}

/// Feeds 100,000 random and mutated files to the reader: it must return (Ok or a typed error),
/// never panic, and accept a mutated file only if the mutation changed nothing.
#[test]
fn fuzz_the_reader_with_100k_files() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(0xdeadbeef);
    let valid = to_bytes(&tiny_model(&MasterKey::from_bytes([7; 16])));
    for i in 0..100_000 {
        let candidate: Vec<u8> = match i % 5 {
            0 => (0..rng.gen_range(0..200)).map(|_| rng.gen()).collect(),
            1 => {
                // Valid magic and version, random rest: exercises header validation.
                let mut v = valid[..10].to_vec();
                v.extend((0..rng.gen_range(0..300)).map(|_| rng.gen::<u8>()));
                v
            }
            2 => {
                let mut v = valid.clone();
                for _ in 0..rng.gen_range(1..8) {
                    let at = rng.gen_range(0..v.len());
                    v[at] = rng.gen();
                }
                v
            }
            3 => {
                let mut v = valid.clone();
                let at = rng.gen_range(0..v.len());
                if rng.gen() {
                    v.insert(at, rng.gen());
                } else {
                    v.remove(at);
                }
                v
            }
            _ => {
                // Header fields set to extremes.
                let mut v = valid.clone();
                let at = [12usize, 16, 20, 48, 56, 60, 64 + 4, 64 + 8, 64 + 12, 80 + 4, 80 + 8][rng.gen_range(0..11)];
                v[at..at + 4].copy_from_slice(&[0xff, 0xff, 0xff, rng.gen()]);
                v
            }
        };
        if let Ok(model) = LockedModel::read(&mut &candidate[..]) {
            assert_eq!(to_bytes(&model), candidate, "iteration {i} accepted a changed file");
        }
    }
}
