//! The core through its memory map, as a front end drives it, against the reference inference:
//! random small models, the right key and a wrong one, and every refusal of the write channel.

use super::*;
use crate::testing::{cycle, lint};
use deeplock_spec::format::{LockMode, LockedModel};
use deeplock_spec::layout::{Precision, RowHeader, ROW_HEADER_BYTES};
use deeplock_spec::mapped::{CoreBus, MappedCore, MappedError};
use deeplock_spec::memory_map::{self as map, ModelConfig};
use deeplock_spec::protocol::ErrorCode;
use deeplock_spec::model::Int8Mlp;
use deeplock_spec::MasterKey;
use rand::{Rng, SeedableRng};

/// A small Cu-like build, so rust-hdl's simulator stays quick.
fn small_config() -> AcceleratorConfig {
    AcceleratorConfig { weight_bytes: 2048, ..AcceleratorConfig::alchitry_cu() }
}

/// The small build with the engines of `modes`.
fn small_config_running(modes: LockModes) -> AcceleratorConfig {
    AcceleratorConfig { lock_modes: modes, ..small_config() }
}

/// The core in rust-hdl's simulator, as a memory-mapped bus.
struct SimulatedCore(Box<AcceleratorCu>);

impl SimulatedCore {
    fn new(config: &AcceleratorConfig) -> Self {
        let mut core = Box::new(AcceleratorCu::new(config));
        core.connect_all();
        // Every signal driven, no loops: a forgotten register would otherwise just hang.
        check_all(&*core).unwrap();
        core.reset.next = true;
        cycle!(*core);
        core.reset.next = false;
        SimulatedCore(core)
    }
}

impl CoreBus for SimulatedCore {
    fn write(&mut self, address: u32, data: u8) -> u8 {
        self.0.bus.write.next = true;
        self.0.bus.write_address.next = (address as u64).to_bits();
        self.0.bus.write_data.next = (data as u64).to_bits();
        cycle!(*self.0);
        self.0.bus.write.next = false;
        crate::testing::settle(&mut *self.0);
        self.0.bus.write_status.val().to_u32() as u8
    }

    fn read(&mut self, address: u32) -> u8 {
        self.0.bus.read.next = true;
        self.0.bus.read_address.next = (address as u64).to_bits();
        cycle!(*self.0);
        self.0.bus.read.next = false;
        crate::testing::settle(&mut *self.0);
        self.0.bus.read_data.val().to_u32() as u8
    }

    fn wait_idle(&mut self) -> bool {
        for _ in 0..200_000 {
            if !self.0.bus.busy.val() {
                return true;
            }
            cycle!(*self.0);
        }
        false
    }
}

fn connect() -> MappedCore<SimulatedCore> {
    connect_to(&small_config())
}

fn connect_to(config: &AcceleratorConfig) -> MappedCore<SimulatedCore> {
    MappedCore::connect(SimulatedCore::new(config), "rust-hdl").unwrap()
}

fn write_block(core: &mut MappedCore<SimulatedCore>, address: u32, bytes: &[u8]) -> u8 {
    bytes.iter().enumerate().map(|(i, &b)| core.bus().write(address + i as u32, b)).find(|&s| s != 0).unwrap_or(0)
}

/// A random int8 MLP: realistic requantization for some rows, arbitrary headers for others.
fn random_model(rng: &mut impl Rng, dims: &[usize]) -> Int8Mlp {
    let layers = dims
        .windows(2)
        .map(|d| {
            let (inputs, outputs) = (d[0], d[1]);
            deeplock_spec::model::Int8Layer {
                in_features: inputs,
                out_features: outputs,
                headers: (0..outputs)
                    .map(|_| RowHeader {
                        bias: rng.gen_range(-20_000..20_000),
                        multiplier: rng.gen_range(16_384..65_535),
                        shift: if rng.gen_bool(0.1) { rng.gen() } else { rng.gen_range(14..26) },
                    })
                    .collect(),
                weights: (0..inputs * outputs).map(|_| rng.gen()).collect(),
                output_scale: 0.01,
            }
        })
        .collect();
    Int8Mlp { layers }
}

#[test]
fn random_models_match_the_reference_with_right_and_wrong_keys() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    // A build of both modes, the rounds alternating between them.
    let mut core = connect_to(&small_config_running(LockModes::BOTH));
    for (round, dims) in [vec![24, 8, 4], vec![13, 9, 7, 3], vec![40, 5], vec![8, 16, 10]].iter().enumerate() {
        let model = random_model(&mut rng, dims);
        let key = MasterKey::from_bytes(rng.gen());
        let mode = if round % 2 == 0 { LockMode::Paper } else { LockMode::Hardened { nonce: rng.gen() } };
        let locked = LockedModel::lock_with(mode, Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
        core.load_key(&key).unwrap();
        core.load_model(&locked).unwrap_or_else(|e| panic!("round {round}: {e}"));
        for i in 0..3 {
            let input: Vec<u8> = (0..dims[0]).map(|_| rng.gen()).collect();
            let result = core.run(&input).unwrap();
            let expected = model.logits(&input).unwrap();
            assert_eq!(result.logits, expected, "round {round} input {i}");
            assert_eq!(Some(result.argmax as usize), deeplock_spec::layout::argmax(&expected));
            assert!(result.cycles > 0);
        }
        // A wrong key: different logits, exactly those of the reference on the wrongly unlocked bytes.
        let wrong = MasterKey::from_bytes(rng.gen());
        core.load_key(&wrong).unwrap();
        let garbage = Int8Mlp::from_payload(&locked.header.layers, &locked.unlocked_payload(&wrong)).unwrap();
        let input: Vec<u8> = (0..dims[0]).map(|_| rng.gen()).collect();
        assert_eq!(core.run(&input).unwrap().logits, garbage.logits(&input).unwrap(), "round {round}, wrong key");
    }
}

#[test]
fn refusals_and_checks() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(5);
    let mut core = connect();
    assert_eq!(core.info(), &small_config().device_info());
    // No key, no model.
    assert_eq!(core.bus().write(map::RUN, 0), ErrorCode::NoKey as u8);
    let key = MasterKey::from_bytes(rng.gen());
    core.load_key(&key).unwrap();
    assert!(core.status().unwrap().key_loaded);
    write_block(&mut core, map::KEY_BASE, key.bytes());
    assert_eq!(core.bus().write(map::KEY_COMMIT, 0), ErrorCode::KeyAlreadyLoaded as u8);
    assert_eq!(core.bus().write(map::RUN, 0), ErrorCode::NoModel as u8);
    // A commit after the wrong number of key bytes.
    core.clear_key().unwrap();
    assert!(!core.status().unwrap().key_loaded);
    write_block(&mut core, map::KEY_BASE, &[1, 2, 3]);
    assert_eq!(core.bus().write(map::KEY_COMMIT, 0), 0, "the length check ends after the write");
    assert!(core.bus().wait_idle());
    let status = core.status().unwrap();
    assert!(!status.key_loaded);
    assert_eq!(status.last_error, ErrorCode::BadLength as u8);
    // Key bytes dropped with KEY_DISCARD do not count: 16 more then commit.
    write_block(&mut core, map::KEY_BASE, &[4, 5, 6]);
    assert_eq!(core.bus().write(map::KEY_DISCARD, 0), 0);
    write_block(&mut core, map::KEY_BASE, key.bytes());
    assert_eq!(core.bus().write(map::KEY_COMMIT, 0), 0);
    assert!(core.bus().wait_idle());
    assert!(core.status().unwrap().key_loaded);
    core.clear_key().unwrap();
    // The key is write-only: its addresses read as zero.
    core.load_key(&key).unwrap();
    assert!((0..16).all(|i| core.bus().read(map::KEY_BASE + i) == 0));

    // Weights damaged on the way (the CONFIG carries the CRC of the good ones).
    let model = random_model(&mut rng, &[16, 6, 3]);
    let mut locked = LockedModel::lock_with(LockMode::Paper, Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
    let good = locked.clone();
    locked.payload[ROW_HEADER_BYTES + 2] ^= 0x40;
    let config = ModelConfig::plan(&[(16, 6), (6, 3)], deeplock_spec::format::CRC32.checksum(&good.payload), good.header.lock_mode, core.info()).unwrap();
    write_block(&mut core, map::WEIGHTS_BASE, &locked.payload);
    let block = config.to_bytes_for(core.info());
    write_block(&mut core, map::CONFIG_BASE, &block);
    assert_eq!(core.bus().write(map::CONFIG_COMMIT, 0), 0);
    assert!(core.bus().wait_idle());
    assert_eq!(core.status().unwrap().last_error, ErrorCode::WeightsCrc as u8);
    assert_eq!(core.bus().write(map::RUN, 0), ErrorCode::NoModel as u8);
    // An inconsistent CONFIG: layers that do not chain.
    let mut bad = config.clone();
    bad.layers[1].inputs = 7;
    let block = bad.to_bytes_for(core.info());
    write_block(&mut core, map::CONFIG_BASE, &block);
    core.bus().write(map::CONFIG_COMMIT, 0);
    assert!(core.bus().wait_idle());
    assert_eq!(core.status().unwrap().last_error, ErrorCode::BadConfig as u8);
    // A good upload passes, and the model runs.
    core.load_model(&good).unwrap();
    let input: Vec<u8> = (0..16).map(|_| rng.gen()).collect();
    assert_eq!(core.run(&input).unwrap().logits, model.logits(&input).unwrap());
    assert!(matches!(core.run(&input[..5]), Err(MappedError::InputSize { .. })));
    // Nowhere to write; a slot that does not exist.
    assert_eq!(core.bus().write(map::INFO_BASE, 1), ErrorCode::BadAddress as u8);
    assert_eq!(core.bus().write(map::RUN, 2), ErrorCode::BadAddress as u8);
    let status = core.status().unwrap();
    assert_eq!(status.runs, 1);
    assert!(status.uptime_cycles > 1000);
}

/// The device's own check of the lock section: a hardened-only build refuses a paper-mode
/// CONFIG (BAD_CONFIG) whatever the host says, runs the hardened model, and with another nonce
/// unlocks to exactly the reference's garbage.
#[test]
fn a_hardened_only_build_checks_the_lock_section() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(13);
    let mut core = connect_to(&small_config_running(LockModes::HARDENED_ONLY));
    assert_eq!(core.info().lock_modes, LockModes::HARDENED_ONLY);
    let model = random_model(&mut rng, &[24, 8, 4]);
    let key = MasterKey::from_bytes(rng.gen());
    let nonce: [u8; 12] = rng.gen();
    let locked = LockedModel::lock_with(LockMode::Hardened { nonce }, Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
    core.load_key(&key).unwrap();
    core.load_model(&locked).unwrap();
    let input: Vec<u8> = (0..24).map(|_| rng.gen()).collect();
    assert_eq!(core.run(&input).unwrap().logits, model.logits(&input).unwrap());

    let config = ModelConfig::plan(&[(24, 8), (8, 4)], deeplock_spec::format::CRC32.checksum(&locked.payload), locked.header.lock_mode, core.info()).unwrap();
    let commit = |core: &mut MappedCore<SimulatedCore>, config: &ModelConfig| {
        write_block(core, map::CONFIG_BASE, &config.to_bytes_for(&small_config_running(LockModes::HARDENED_ONLY).device_info()));
        assert_eq!(core.bus().write(map::CONFIG_COMMIT, 0), 0);
        assert!(core.bus().wait_idle());
        core.status().unwrap()
    };
    let paper = ModelConfig { lock_mode: LockMode::Paper, ..config.clone() };
    let status = commit(&mut core, &paper);
    assert_eq!((status.last_error, status.model_ready), (ErrorCode::BadConfig as u8, false), "paper mode on a hardened-only build");
    assert_eq!(core.bus().write(map::RUN, 0), ErrorCode::NoModel as u8);

    let mut other = nonce;
    other[7] ^= 1;
    assert!(commit(&mut core, &ModelConfig { lock_mode: LockMode::Hardened { nonce: other }, ..config.clone() }).model_ready);
    let wrong = LockedModel { header: deeplock_spec::format::ModelHeader { lock_mode: LockMode::Hardened { nonce: other }, ..locked.header.clone() }, ..locked.clone() };
    let garbage = Int8Mlp::from_payload(&locked.header.layers, &wrong.unlocked_payload(&key)).unwrap();
    assert_eq!(core.run(&input).unwrap().logits, garbage.logits(&input).unwrap(), "another nonce");
    assert!(commit(&mut core, &config).model_ready);
    assert_eq!(core.run(&input).unwrap().logits, model.logits(&input).unwrap(), "the right nonce again");
}

#[test]
fn verilog_is_clean() {
    for (name, modes) in [("paper", LockModes::PAPER_ONLY), ("both", LockModes::BOTH), ("hardened", LockModes::HARDENED_ONLY)] {
        let mut core = AcceleratorCu::new(&AcceleratorConfig { lock_modes: modes, ..AcceleratorConfig::alchitry_cu() });
        core.connect_all();
        lint(&format!("accelerator_cu_{name}"), &generate_verilog(&core));
    }
}
