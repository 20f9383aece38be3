//! The ciphertext-only key recovery (`deeplock::attack`) against real models: a 784-16-10 MNIST
//! model, trained and quantized as `deeplock lock` does, locked in paper mode gives its master
//! key up from the `.dlk` file alone; locked in hardened mode it gives nothing. docs/security.md
//! quotes these results.

#![cfg(feature = "train")]

mod common;

use deeplock::attack::{recover_key, recover_key_with, Options};
use deeplock::dataset::Split;
use deeplock::format::{LockMode, LockedModel};
use deeplock::layout::Precision;
use deeplock::model::FloatMlp;
use deeplock::quantize::{quantize, WeightScales};
use deeplock::train::{train, TrainConfig};
use deeplock::MasterKey;

/// The CLI tests' quick model: 784-16-10, four epochs on MNIST, and the training split (the
/// calibration set of `deeplock lock --quant int8`).
fn mnist_model() -> (FloatMlp, deeplock::dataset::LabeledImages) {
    let train_split = common::load("mnist", Split::Train);
    let config = TrainConfig { epochs: 4, ..TrainConfig::new(vec![784, 16, 10]) };
    (train(&train_split, &config, &mut |_| {}).unwrap(), train_split)
}

/// What a `.dlk` file holds, written to disk and read back.
fn write_and_read(model: &LockedModel) -> LockedModel {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.dlk");
    model.write_file(&path).unwrap();
    LockedModel::read_file(&path).unwrap()
}

#[test]
fn paper_mode_int8_gives_up_its_key_and_hardened_mode_does_not() {
    let (model, calibration) = mnist_model();
    let q = quantize(&model, &calibration, WeightScales::PerChannel).unwrap();
    let key = MasterKey::generate().unwrap();

    let paper = write_and_read(&LockedModel::lock_with(LockMode::Paper, Precision::Int8, q.layer_descs(), q.to_payload(), &key).unwrap());
    assert_eq!(paper.payload.len(), 12_912);
    let recovery = recover_key_with(&paper, &Options::default());
    assert_eq!(recovery.key.as_ref(), Some(&key), "paper mode: {:?}", recovery.stats);
    // And the key does unlock the model: the plaintext comes back byte for byte.
    assert_eq!(paper.unlocked_payload(recovery.key.as_ref().unwrap()), q.to_payload());

    // The same plaintext and key, hardened: the same search, run to the end of its budget, finds
    // no diagonal of an AES key schedule and reports no key.
    let hardened =
        write_and_read(&LockedModel::lock_with(LockMode::fresh_hardened().unwrap(), Precision::Int8, q.layer_descs(), q.to_payload(), &key).unwrap());
    let recovery = recover_key_with(&hardened, &Options::default());
    assert!(recovery.key.is_none(), "hardened mode gave a key");
    assert_eq!(recovery.stats.diagonals_found, 0, "{:?}", recovery.stats);
    assert!(recovery.stats.windows > 0 && recovery.stats.tested > 0, "the search ran: {:?}", recovery.stats);
}

#[test]
fn paper_mode_float32_gives_up_its_key() {
    let (model, _) = mnist_model();
    let key = MasterKey::generate().unwrap();
    let paper = write_and_read(&LockedModel::lock_with(LockMode::Paper, Precision::Float32, model.layer_descs(), model.to_payload(), &key).unwrap());
    assert_eq!(paper.payload.len(), 50_920);
    assert_eq!(recover_key(&paper).as_ref(), Some(&key));
}
