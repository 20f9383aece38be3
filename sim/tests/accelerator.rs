//! The Verilated accelerator against the CPU golden model: whole test splits of real data with
//! the right key and with wrong ones, in both lock modes (the Cu build's mode on the Cu core, the
//! other on the 8-lane build, which runs both), random model shapes, the 8-lane build, the
//! hardened key stream keeping up with 8 lanes, and the cost of locking (the bypass build). Run in release: `cargo test -p deeplock-sim --release`.

#[path = "support/models.rs"]
mod models;

use std::path::PathBuf;
use std::sync::Mutex;

use deeplock::dataset::fetch::load_or_fetch;
use deeplock::dataset::{LabeledImages, Split};
use deeplock::format::{LockMode, LockedModel};
use deeplock::layout::{argmax, Precision};
use deeplock::mapped::MappedError;
use deeplock::model::Int8Mlp;
use deeplock::quantize::{quantize, WeightScales};
use deeplock::train::{train, TrainConfig};
use deeplock::MasterKey;
use deeplock_sim::{sim_core, SimConfig, SimCore};
use proptest::prelude::*;
use rand::{Rng, SeedableRng};

static FETCH: Mutex<()> = Mutex::new(());

fn data(name: &str, split: Split) -> LabeledImages {
    let _guard = FETCH.lock().unwrap_or_else(|e| e.into_inner());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    load_or_fetch(name, &dir, split, &mut |note| eprintln!("{note}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A short training run (a few seconds) quantized per channel: a real model, quickly.
fn trained(name: &str, sizes: Vec<usize>, epochs: usize) -> Int8Mlp {
    let train_split = data(name, Split::Train);
    let config = TrainConfig { epochs, ..TrainConfig::new(sizes) };
    let float = train(&train_split, &config, &mut |_| {}).unwrap();
    quantize(&float, &train_split, WeightScales::PerChannel).unwrap()
}

/// Locked in the mode the Cu build runs (hardened where it can).
fn lock(model: &Int8Mlp, key: &MasterKey) -> LockedModel {
    lock_in(model, key, models::cu_lock_mode())
}

fn lock_in(model: &Int8Mlp, key: &MasterKey, mode: LockMode) -> LockedModel {
    LockedModel::lock_with(mode, Precision::Int8, model.layer_descs(), model.to_payload(), key).unwrap()
}

/// The mode the Cu build does not run, if any, else paper: it runs on the 8-lane build.
fn other_mode() -> LockMode {
    match models::cu_lock_mode() {
        LockMode::Paper => LockMode::fresh_hardened().unwrap(),
        LockMode::Hardened { .. } => LockMode::Paper,
    }
}

struct Outcome {
    correct: usize,
    cycles: Vec<u32>,
}

/// Runs every image of `data` on the core and checks each logit against `reference`.
fn run_split(core: &mut SimCore, reference: &Int8Mlp, data: &LabeledImages) -> Outcome {
    let mut outcome = Outcome { correct: 0, cycles: Vec::new() };
    for i in 0..data.len() {
        let image = data.image(i);
        let result = core.run(image).unwrap();
        let expected = reference.logits(image).unwrap();
        assert_eq!(result.logits, expected, "image {i}");
        assert_eq!(Some(result.argmax as usize), argmax(&expected), "image {i}");
        outcome.correct += usize::from(result.argmax as usize == data.labels[i] as usize);
        outcome.cycles.push(result.cycles);
    }
    outcome
}

/// The whole test split of `name` on `build` with a model locked in `mode`: bit-exact and
/// accurate with the right key, bit-exact and useless with a wrong one.
fn check_dataset(name: &str, epochs: usize, build: SimConfig, mode: LockMode) {
    let model = trained(name, vec![784, 16, 10], epochs);
    let test = data(name, Split::Test);
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let key = MasterKey::from_bytes(rng.gen());
    let locked = lock_in(&model, &key, mode);
    let mut core = sim_core(build).unwrap();
    let name = &format!("{name} on {}, {} mode", build.name(), mode.name());
    core.load_key(&key).unwrap();
    core.load_model(&locked).unwrap();

    let right = run_split(&mut core, &model, &test);
    let accuracy = right.correct as f64 / test.len() as f64;
    let cycles = right.cycles[0];
    assert!(right.cycles.iter().all(|&c| c == cycles), "the cycle count must not depend on the data");
    eprintln!("{name}: {} images, accuracy {:.2}% with the right key, {cycles} cycles per inference", test.len(), 100.0 * accuracy);
    assert!(accuracy > 0.8, "{name}: {accuracy}");
    let lanes = core.info().lanes as usize;
    let ideal = mac_clocks(&[784, 16, 10], lanes);
    assert!(cycles <= ideal * 11 / 10, "784-16-10 on {lanes} lanes: {cycles} cycles, ideal {ideal}");

    // A wrong key: bit-exact with the reference on the wrongly unlocked payload, and useless.
    let wrong = MasterKey::from_bytes(rng.gen());
    core.load_key(&wrong).unwrap();
    let garbage = Int8Mlp::from_payload(&locked.header.layers, &locked.unlocked_payload(&wrong)).unwrap();
    let subset = if name.starts_with("mnist") { test.clone() } else { test.clone().truncated(2_000) };
    let wrong_outcome = run_split(&mut core, &garbage, &subset);
    let wrong_accuracy = wrong_outcome.correct as f64 / subset.len() as f64;
    eprintln!("{name}: accuracy {:.2}% with a wrong key", 100.0 * wrong_accuracy);
    assert!(wrong_accuracy <= 0.15, "{name}: wrong key accuracy {wrong_accuracy}");
}

#[test]
fn mnist_test_split_is_bit_exact() {
    check_dataset("mnist", 10, SimConfig::AlchitryCu, models::cu_lock_mode());
}

#[test]
fn fashion_test_split_is_bit_exact() {
    check_dataset("fashion", 3, SimConfig::AlchitryCu, models::cu_lock_mode());
}

#[test]
fn mnist_test_split_is_bit_exact_in_the_other_mode() {
    check_dataset("mnist", 10, SimConfig::SimLarge, other_mode());
}

#[test]
fn fashion_test_split_is_bit_exact_in_the_other_mode() {
    check_dataset("fashion", 3, SimConfig::SimLarge, other_mode());
}

/// The 8-lane build runs both modes; hardened mode's key stream keeps up with its lanes: a
/// 784-128-64-10 inference takes at most 5% more cycles than in paper mode (the difference is the
/// engine's start, 12 / 4 + 2 clocks per pass, and 3 clocks per 4,096-byte chunk).
#[test]
fn hardened_mode_keeps_up_with_eight_lanes() {
    let model = random_model(21, &[784, 128, 64, 10]);
    let key = MasterKey::from_bytes([0x5c; 16]);
    let input: Vec<u8> = (0..784).map(|i| (i * 13 % 256) as u8).collect();
    let mut core = sim_core(SimConfig::SimLarge).unwrap();
    assert!(core.info().lock_modes.paper && core.info().lock_modes.hardened);
    core.load_key(&key).unwrap();
    let mut cycles = Vec::new();
    for mode in [LockMode::Paper, LockMode::fresh_hardened().unwrap()] {
        core.load_model(&lock_in(&model, &key, mode)).unwrap();
        let result = core.run(&input).unwrap();
        assert_eq!(result.logits, model.logits(&input).unwrap(), "{} mode", mode.name());
        cycles.push(result.cycles);
    }
    eprintln!("sim-large, 784-128-64-10: {} cycles paper, {} cycles hardened ({:+.2}%)", cycles[0], cycles[1], 100.0 * (cycles[1] as f64 / cycles[0] as f64 - 1.0));
    assert!(cycles[1] as f64 <= cycles[0] as f64 * 1.05, "hardened {} vs paper {} cycles", cycles[1], cycles[0]);
}

/// Clocks of pure MAC work for a model of layer sizes `dims` on `lanes` MACs (one weight per
/// lane per clock); the cycle bounds allow 10% on top for the row, layer and requantizer pipeline.
fn mac_clocks(dims: &[usize], lanes: usize) -> u32 {
    (dims.windows(2).map(|d| d[0] * d[1]).sum::<usize>() / lanes) as u32
}

/// A random int8 MLP within the Cu build's limits; some headers are arbitrary (as a wrong key
/// makes them).
fn random_model(seed: u64, dims: &[usize]) -> Int8Mlp {
    models::random_model(seed, dims, 16..28, 0.05)
}


proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any shape that fits the Cu build runs bit-exact: first layer up to 300 inputs, up to
    /// three hidden layers, up to 62 classes.
    #[test]
    fn random_shapes_match_the_reference(
        seed in any::<u64>(),
        inputs in 1usize..300,
        hidden in proptest::collection::vec(1usize..48, 0..3),
        classes in 1usize..=62,
    ) {
        let mut dims = vec![inputs];
        dims.extend(&hidden);
        dims.push(classes);
        let model = random_model(seed, &dims);
        let key = MasterKey::from_bytes(seed.to_le_bytes().repeat(2).try_into().unwrap());
        let mut core = sim_core(SimConfig::AlchitryCu).unwrap();
        core.load_key(&key).unwrap();
        // The ranges reach past the Cu build's 13 KiB of weights: skip shapes that do not fit.
        let loaded = core.load_model(&lock(&model, &key));
        prop_assume!(!matches!(loaded, Err(MappedError::Plan(_))));
        loaded.unwrap();
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed ^ 1);
        for _ in 0..3 {
            let input: Vec<u8> = (0..inputs).map(|_| rng.gen()).collect();
            prop_assert_eq!(core.run(&input).unwrap().logits, model.logits(&input).unwrap());
        }
    }
}

#[test]
fn eight_lanes_run_a_larger_model() {
    let model = trained("mnist", vec![784, 128, 64, 10], 2);
    let small = random_model(3, &[784, 16, 10]);
    let test = data("mnist", Split::Test).truncated(300);
    let key = MasterKey::from_bytes([0x42; 16]);
    let mut core = sim_core(SimConfig::SimLarge).unwrap();
    core.load_key(&key).unwrap();
    core.load_model(&lock(&model, &key)).unwrap();
    let outcome = run_split(&mut core, &model, &test);
    eprintln!("sim-large, 784-128-64-10: {} cycles per inference", outcome.cycles[0]);
    core.load_model(&lock(&small, &key)).unwrap();
    let cycles = core.run(test.image(0)).unwrap().cycles;
    eprintln!("sim-large, 784-16-10: {cycles} cycles per inference");
    let ideal = mac_clocks(&[784, 16, 10], 8);
    assert!(cycles <= ideal * 11 / 10, "784-16-10 on 8 lanes: {cycles} cycles, ideal {ideal}");
}

#[test]
fn locking_costs_at_most_one_percent_of_throughput() {
    let model = random_model(9, &[784, 16, 10]);
    let key = MasterKey::from_bytes([7; 16]);
    let locked = lock(&model, &key);
    let input: Vec<u8> = (0..784).map(|i| (i * 7 % 256) as u8).collect();

    let mut core = sim_core(SimConfig::AlchitryCu).unwrap();
    core.load_key(&key).unwrap();
    core.load_model(&locked).unwrap();
    let locked_result = core.run(&input).unwrap();

    // The bypass build stores the weights in plaintext and skips the unlock lanes.
    let mut bypass = sim_core(SimConfig::AlchitryCuBypass).unwrap();
    let plain = LockedModel { payload: locked.unlocked_payload(&key), ..locked.clone() };
    bypass.load_model(&plain).unwrap();
    let bypass_result = bypass.run(&input).unwrap();

    assert_eq!(locked_result.logits, bypass_result.logits);
    let overhead = locked_result.cycles as f64 / bypass_result.cycles as f64 - 1.0;
    eprintln!("locked {} cycles, bypass {} cycles: overhead {:.2}%", locked_result.cycles, bypass_result.cycles, 100.0 * overhead);
    assert!(overhead <= 0.01, "locking overhead {overhead}");
}

#[test]
fn a_sim_core_is_a_device_evaluated_like_a_board() {
    use deeplock::device::{Device, DeviceBackend};
    let model = random_model(5, &[784, 16, 10]);
    let key = MasterKey::from_bytes([0x33; 16]);
    let test = data("mnist", Split::Test).truncated(20);
    let mut core = sim_core(SimConfig::AlchitryCu).unwrap();
    let device: &mut dyn Device = &mut core;
    assert_eq!(device.name(), "sim");
    assert_eq!(device.info().lanes as usize, deeplock::boards::ALCHITRY_CU.lanes, "the Cu core's lanes are its build settings'");
    device.load_key(&key).unwrap();
    device.load_model(&lock(&model, &key), &mut |_, _| {}).unwrap();
    assert!(device.status().unwrap().model_ready);
    let mut backend = DeviceBackend::new(device);
    let mut seen = 0;
    let report = backend.evaluate("mnist", Split::Test, &test, None, &mut |done, _| seen = done).unwrap();
    let expected: Vec<Option<usize>> = (0..test.len()).map(|i| argmax(&model.logits(test.image(i)).unwrap())).collect();
    assert_eq!(report.predictions, expected, "the device's argmax is the golden model's");
    assert_eq!((report.backend.as_str(), report.samples, seen), ("sim", test.len(), test.len()));
    let compute = backend.compute_cycles;
    assert!(compute > 0);
    assert!(core.bus().cycles() >= compute, "the inferences ran within the simulated cycles");
}
