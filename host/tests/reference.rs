//! The whole chain on real data: train, quantize, lock, unlock, run the golden model.

#![cfg(feature = "train")]

mod common;

use deeplock::dataset::{LabeledImages, Split};
use deeplock::eval::{evaluate, Classifier, CpuFloat, CpuInt8};
use deeplock::format::LockedModel;
use deeplock::infer::UnlockedModel;
use deeplock::layout::Precision;
use deeplock::model::{FloatMlp, Int8Mlp};
use deeplock::quantize::{quantize, WeightScales};
use deeplock::train::{train, TrainConfig};
use deeplock::MasterKey;
use rand::{Rng, SeedableRng};

fn run(classifier: &mut dyn Classifier, data: &LabeledImages) -> (f64, Vec<Option<usize>>) {
    let report = evaluate(classifier, "mnist", Split::Test, data, None, &mut |_, _| {}).unwrap();
    (report.accuracy, report.predictions)
}

/// Writes and reads back, as a file on disk would go.
fn through_file(model: &LockedModel) -> LockedModel {
    let mut bytes = Vec::new();
    model.write(&mut bytes).unwrap();
    LockedModel::read(&mut &bytes[..]).unwrap()
}

fn short_mnist_model() -> (FloatMlp, LabeledImages, LabeledImages) {
    let train_split = common::load("mnist", Split::Train);
    let test = common::load("mnist", Split::Test);
    let config = TrainConfig { epochs: 10, ..TrainConfig::new(vec![784, 16, 10]) };
    let model = train(&train_split, &config, &mut |_| {}).unwrap();
    (model, train_split, test)
}

#[test]
fn int8_locked_and_wrong_keys_on_mnist() {
    let (model, train_split, test) = short_mnist_model();
    let (float_acc, _) = run(&mut CpuFloat(model.clone()), &test);
    assert!(float_acc > 0.88, "float accuracy {float_acc}");

    let q = quantize(&model, &train_split, WeightScales::PerChannel).unwrap();
    let (int8_acc, int8_predictions) = run(&mut CpuInt8(q.clone()), &test);
    assert!((float_acc - int8_acc).abs() <= 0.01, "float {float_acc} int8 {int8_acc}");

    // Locked + right key: the same logits, hence the same prediction, for every image.
    let key = MasterKey::from_bytes([0x5a; 16]);
    let locked = through_file(&LockedModel::lock(Precision::Int8, q.layer_descs(), q.to_payload(), &key).unwrap());
    assert!(locked.header.key_matches(&key));
    let UnlockedModel::Int8(unlocked) = UnlockedModel::unlock(&locked, &key).unwrap() else { panic!("int8 model expected") };
    assert_eq!(unlocked, q);
    for i in 0..test.len() {
        assert_eq!(unlocked.logits(test.image(i)).unwrap(), q.logits(test.image(i)).unwrap(), "image {i}");
    }
    let (locked_acc, locked_predictions) = run(&mut CpuInt8(unlocked), &test);
    assert_eq!(locked_predictions, int8_predictions);
    assert_eq!(locked_acc, int8_acc);

    // Wrong keys: garbage weights and headers, still a defined result, near chance.
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    let accuracies: Vec<f64> = (0..8)
        .map(|_| {
            let wrong = MasterKey::from_bytes(rng.gen());
            assert!(!locked.header.key_matches(&wrong));
            let UnlockedModel::Int8(garbage) = UnlockedModel::unlock(&locked, &wrong).unwrap() else { panic!() };
            run(&mut CpuInt8(garbage), &test).0
        })
        .collect();
    let mean = accuracies.iter().sum::<f64>() / accuracies.len() as f64;
    assert!(mean <= 0.15, "wrong-key accuracies {accuracies:?}");
}

#[test]
fn float32_paper_mode_on_mnist() {
    let (model, _, test) = short_mnist_model();
    let (float_acc, float_predictions) = run(&mut CpuFloat(model.clone()), &test);
    let key = MasterKey::from_bytes([0xa5; 16]);
    let locked = through_file(&LockedModel::lock(Precision::Float32, model.layer_descs(), model.to_payload(), &key).unwrap());
    let UnlockedModel::Float32(unlocked) = UnlockedModel::unlock(&locked, &key).unwrap() else { panic!("float32 model expected") };
    assert_eq!(unlocked, model);
    assert_eq!(run(&mut CpuFloat(unlocked), &test), (float_acc, float_predictions));

    // A wrong key makes NaN/Inf logits or garbage: counted wrong, never a crash.
    let wrong = MasterKey::from_bytes([0xa6; 16]);
    let UnlockedModel::Float32(garbage) = UnlockedModel::unlock(&locked, &wrong).unwrap() else { panic!() };
    let report = evaluate(&mut CpuFloat(garbage), "mnist", Split::Test, &test, None, &mut |_, _| {}).unwrap();
    assert!(report.accuracy <= 0.15, "{report:?}");
    assert_eq!(report.samples, test.len());
}

#[test]
fn int8_model_payload_is_the_device_layout() {
    // Rows of 8-byte header + 784 weights padded to 792; 16 rows, then 10 rows of 8 + 16.
    let (model, train_split, _) = short_mnist_model();
    let q: Int8Mlp = quantize(&model, &train_split, WeightScales::PerTensor).unwrap();
    let payload = q.to_payload();
    assert_eq!(payload.len(), 16 * 792 + 10 * 24);
    for (r, header) in q.layers[1].headers.iter().enumerate() {
        let at = 16 * 792 + r * 24;
        assert_eq!(&payload[at..at + 8], &header.to_bytes());
        assert_eq!((header.multiplier, header.shift), (0, 0), "the last layer stores no requantization");
    }
    for header in &q.layers[0].headers {
        assert!(header.multiplier >= 32_768, "16-bit multipliers are normalized: {header:?}");
    }
}
