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
    crate::lock::lock_in_place(&mut plain, &key, 0);
    assert_eq!(plain, model.payload);
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
        lock_mode: LockMode::Paper,
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
                let at = [12usize, 16, 20, 48 + 4, 48 + 8, 48 + 12, 64 + 4, 64 + 8][rng.gen_range(0..8)];
                v[at..at + 4].copy_from_slice(&[0xff, 0xff, 0xff, rng.gen()]);
                v
            }
        };
        if let Ok(model) = LockedModel::read(&mut &candidate[..]) {
            assert_eq!(to_bytes(&model), candidate, "iteration {i} accepted a changed file");
        }
    }
}
