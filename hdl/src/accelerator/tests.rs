//! The core through its memory map, as a front end drives it, against the reference inference:
//! random small models, the right key and a wrong one, and every refusal of the write channel.

use super::*;
use crate::testing::{cycle, lint};
use deeplock::format::{LayerDesc, LockedModel};
use deeplock::layout::{Precision, RowHeader, ROW_HEADER_BYTES};
use deeplock::memory_map::{CoreStatus, InferenceResult, ModelConfig};
use deeplock::model::Int8Mlp;
use deeplock::MasterKey;
use rand::{Rng, SeedableRng};

/// A small Cu-like build, so rust-hdl's simulator stays quick.
fn small_config() -> AcceleratorConfig {
    AcceleratorConfig { weight_bytes: 2048, ..AcceleratorConfig::alchitry_cu() }
}

struct Driver {
    core: Box<Accelerator4>,
    info: DeviceInfo,
}

impl Driver {
    fn new() -> Self {
        let config = small_config();
        let mut core = Box::new(Accelerator4::new(&config));
        core.connect_all();
        // Every signal driven, no loops: a forgotten register would otherwise just hang.
        check_all(&*core).unwrap();
        core.reset.next = true;
        cycle!(*core);
        core.reset.next = false;
        Driver { core, info: config.device_info() }
    }

    /// One write; returns its status code.
    fn write(&mut self, address: u32, data: u8) -> u8 {
        self.core.write.next = true;
        self.core.write_address.next = (address as u64).to_bits();
        self.core.write_data.next = (data as u64).to_bits();
        cycle!(*self.core);
        self.core.write.next = false;
        crate::testing::settle(&mut *self.core);
        self.core.write_status.val().to_u32() as u8
    }

    /// Writes `bytes` from `address`; returns the first refusal, if any.
    fn write_block(&mut self, address: u32, bytes: &[u8]) -> u8 {
        let mut first = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let status = self.write(address + i as u32, b);
            if first == 0 {
                first = status;
            }
        }
        first
    }

    fn read_block(&mut self, address: u32, len: usize) -> Vec<u8> {
        (0..len)
            .map(|i| {
                self.core.read.next = true;
                self.core.read_address.next = ((address + i as u32) as u64).to_bits();
                cycle!(*self.core);
                self.core.read.next = false;
                crate::testing::settle(&mut *self.core);
                self.core.read_data.val().to_u32() as u8
            })
            .collect()
    }

    fn status(&mut self) -> CoreStatus {
        CoreStatus::parse(&self.read_block(map::STATUS_BASE, STATUS_BYTES)).unwrap()
    }

    fn wait_idle(&mut self) -> u64 {
        let mut clocks = 0;
        while self.core.busy.val() {
            cycle!(*self.core);
            clocks += 1;
            assert!(clocks < 200_000, "core stuck busy");
        }
        clocks
    }

    fn load_key(&mut self, key: &MasterKey) -> u8 {
        self.write_block(map::KEY_BASE, key.bytes());
        self.write(map::KEY_COMMIT, 0)
    }

    /// Uploads a locked model and commits its configuration; returns the commit's outcome.
    fn load_model(&mut self, model: &LockedModel) -> u8 {
        assert_eq!(self.write_block(map::WEIGHTS_BASE, &model.payload), 0);
        let dims: Vec<(usize, usize)> = model.header.layers.iter().map(|l| (l.in_features as usize, l.out_features as usize)).collect();
        let config = ModelConfig::plan(&dims, deeplock::format::CRC32.checksum(&model.payload), &self.info).unwrap();
        assert_eq!(self.write_block(map::CONFIG_BASE, &config.to_bytes(self.info.max_layers as usize)), 0);
        assert_eq!(self.write(map::CONFIG_COMMIT, 0), 0);
        self.wait_idle();
        self.status().last_error
    }

    fn run(&mut self, slot: u8, input: &[u8]) -> InferenceResult {
        let mut padded = input.to_vec();
        padded.resize(deeplock::layout::padded_inputs(input.len()), 0);
        assert_eq!(self.write_block(map::INPUT_BASE + slot as u32 * SLOT_STRIDE, &padded), 0);
        assert_eq!(self.write(map::RUN, slot), 0);
        self.wait_idle();
        assert!(self.status().slot_done[slot as usize]);
        let header = self.read_block(map::RESULT_BASE + slot as u32 * SLOT_STRIDE, RESULT_HEADER_BYTES);
        let classes = u16::from_le_bytes([header[0], header[1]]) as usize;
        InferenceResult::parse(&self.read_block(map::RESULT_BASE + slot as u32 * SLOT_STRIDE, RESULT_HEADER_BYTES + 4 * classes)).unwrap()
    }
}

/// A random int8 MLP: realistic requantization for some rows, arbitrary headers for others.
fn random_model(rng: &mut impl Rng, dims: &[usize]) -> Int8Mlp {
    let layers = dims
        .windows(2)
        .map(|d| {
            let (inputs, outputs) = (d[0], d[1]);
            deeplock::model::Int8Layer {
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

fn descs(model: &Int8Mlp) -> Vec<LayerDesc> {
    model.layer_descs()
}

#[test]
fn random_models_match_the_reference_with_right_and_wrong_keys() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    let mut driver = Driver::new();
    for (round, dims) in [vec![24, 8, 4], vec![13, 9, 7, 3], vec![40, 5], vec![8, 16, 10]].iter().enumerate() {
        let model = random_model(&mut rng, dims);
        let key = MasterKey::from_bytes(rng.gen());
        let locked = LockedModel::lock(Precision::Int8, descs(&model), model.to_payload(), &key).unwrap();
        assert_eq!(driver.write(map::KEY_CLEAR, 0), 0);
        assert_eq!(driver.load_key(&key), 0);
        assert_eq!(driver.load_model(&locked), 0, "round {round}: the commit check failed");
        for i in 0..3 {
            let input: Vec<u8> = (0..dims[0]).map(|_| rng.gen()).collect();
            let result = driver.run((i % 2) as u8, &input);
            let expected = model.logits(&input).unwrap();
            assert_eq!(result.logits, expected, "round {round} input {i}");
            assert_eq!(Some(result.argmax as usize), deeplock::layout::argmax(&expected));
            assert!(result.cycles > 0);
        }
        // A wrong key: different logits, exactly those of the reference on the wrongly unlocked bytes.
        let wrong = MasterKey::from_bytes(rng.gen());
        assert_eq!(driver.write(map::KEY_CLEAR, 0), 0);
        assert_eq!(driver.load_key(&wrong), 0);
        let garbage = Int8Mlp::from_payload(&locked.header.layers, &locked.unlocked_payload(&wrong)).unwrap();
        let input: Vec<u8> = (0..dims[0]).map(|_| rng.gen()).collect();
        assert_eq!(driver.run(0, &input).logits, garbage.logits(&input).unwrap(), "round {round}, wrong key");
    }
}

#[test]
fn refusals_and_checks() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(5);
    let mut d = Driver::new();
    let info = DeviceInfo::parse(&d.read_block(map::INFO_BASE, INFO_BYTES)).unwrap();
    assert_eq!(info, small_config().device_info());

    // No key, no model.
    assert_eq!(d.write(map::RUN, 0), ErrorCode::NoKey as u8);
    let key = MasterKey::from_bytes(rng.gen());
    assert_eq!(d.load_key(&key), 0);
    assert!(d.status().key_loaded);
    assert_eq!(d.load_key(&key), ErrorCode::KeyAlreadyLoaded as u8);
    assert_eq!(d.write(map::RUN, 0), ErrorCode::NoModel as u8);
    // A commit after the wrong number of key bytes.
    assert_eq!(d.write(map::KEY_CLEAR, 0), 0);
    assert!(!d.status().key_loaded);
    d.write_block(map::KEY_BASE, &[1, 2, 3]);
    assert_eq!(d.write(map::KEY_COMMIT, 0), ErrorCode::BadLength as u8);
    assert!(!d.status().key_loaded);
    // The key is write-only: its addresses read as zero.
    assert_eq!(d.load_key(&key), 0);
    assert_eq!(d.read_block(map::KEY_BASE, 16), vec![0; 16]);

    // Weights that do not match the CRC in CONFIG.
    let model = random_model(&mut rng, &[16, 6, 3]);
    let mut locked = LockedModel::lock(Precision::Int8, descs(&model), model.to_payload(), &key).unwrap();
    let good_crc = deeplock::format::CRC32.checksum(&locked.payload);
    locked.payload[ROW_HEADER_BYTES + 2] ^= 0x40;
    assert_eq!(d.write_block(map::WEIGHTS_BASE, &locked.payload), 0);
    let dims = [(16, 6), (6, 3)];
    let config = ModelConfig::plan(&dims, good_crc, &d.info).unwrap();
    d.write_block(map::CONFIG_BASE, &config.to_bytes(4));
    d.write(map::CONFIG_COMMIT, 0);
    d.wait_idle();
    assert_eq!(d.status().last_error, ErrorCode::WeightsCrc as u8);
    assert_eq!(d.write(map::RUN, 0), ErrorCode::NoModel as u8);
    // An inconsistent CONFIG: layers that do not chain.
    let mut bad = config.clone();
    bad.layers[1].inputs = 7;
    d.write_block(map::CONFIG_BASE, &bad.to_bytes(4));
    d.write(map::CONFIG_COMMIT, 0);
    d.wait_idle();
    assert_eq!(d.status().last_error, ErrorCode::BadConfig as u8);
    // Repaired weights pass, and the model runs.
    locked.payload[ROW_HEADER_BYTES + 2] ^= 0x40;
    assert_eq!(d.load_model(&locked), ErrorCode::BadConfig as u8, "last_error keeps the last failure");
    assert!(d.status().model_ready);
    let input: Vec<u8> = (0..16).map(|_| rng.gen()).collect();
    assert_eq!(d.run(1, &input).logits, model.logits(&input).unwrap());
    // Nowhere to write; a slot that does not exist.
    assert_eq!(d.write(map::INFO_BASE, 1), ErrorCode::BadAddress as u8);
    assert_eq!(d.write(map::RUN, 2), ErrorCode::BadAddress as u8);
    let status = d.status();
    assert_eq!(status.runs, 1);
    assert!(status.uptime_cycles > 1000);
}

#[test]
fn verilog_is_clean() {
    let mut core = Accelerator4::new(&AcceleratorConfig::alchitry_cu());
    core.connect_all();
    lint("accelerator4", &generate_verilog(&core));
}
