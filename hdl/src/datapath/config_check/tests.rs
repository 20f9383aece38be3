//! The checker against a software model of the CONFIG registers and of the weight memory (a
//! synchronous block RAM): random valid blocks planned with `deeplock_spec`, each kind of bad
//! block, mismatching payloads, and random garbage judged against a software verdict; every
//! check must end within a bound.

use super::*;
use crate::testing::{cycle, lint};
use deeplock_spec::format::CRC32;
use deeplock_spec::layout::padded_inputs;
use deeplock_spec::memory_map::{DeviceInfo, LayerConfig, ModelConfig};
use rand::{Rng, SeedableRng};

const N: usize = 2;
/// `8 * N`.
const BITS: usize = 16;
const MAX_LAYERS: usize = 4;
const LIMITS: CheckLimits = CheckLimits { slot_bytes: 1024, max_classes: 62, weight_bytes: 2048 };
const OK: u8 = 0;
const BAD: u8 = ErrorCode::BadConfig as u8;
const CRC: u8 = ErrorCode::WeightsCrc as u8;

/// A CONFIG block as the registers hold it (`Regs`): `MAX_LAYERS` entries (zeros after the table).
#[derive(Clone, Debug)]
struct Regs {
    payload_len: u32,
    payload_crc: u32,
    layers: [LayerConfig; MAX_LAYERS],
    /// The registers' verdict on the lock section.
    lock_mode_ok: bool,
}

impl Regs {
    fn from_config(config: &ModelConfig) -> Self {
        let mut layers = [LayerConfig { inputs: 0, outputs: 0, input_offset: 0, output_offset: 0 }; MAX_LAYERS];
        layers[..config.layers.len()].copy_from_slice(&config.layers);
        Regs { payload_len: config.payload_len, payload_crc: config.payload_crc, layers, lock_mode_ok: true }
    }

    /// Layers before the first entry with no inputs (the registers' `layer_count`).
    fn count(&self) -> usize {
        self.layers.iter().position(|l| l.inputs == 0).unwrap_or(MAX_LAYERS)
    }
}

/// The verdict the checker must reach (docs/protocol.md §1), computed directly.
fn verdict(block: &Regs, memory: &[u8]) -> u8 {
    let count = block.count();
    if count == 0 || !block.lock_mode_ok {
        return BAD;
    }
    let (slot, max_classes) = (LIMITS.slot_bytes as usize, LIMITS.max_classes as usize);
    let mut sum = 0usize;
    for l in 0..count {
        let layer = block.layers[l];
        let (inputs, outputs) = (layer.inputs as usize, layer.outputs as usize);
        let (input_offset, output_offset) = (layer.input_offset as usize, layer.output_offset as usize);
        let input_end = input_offset + padded_inputs(inputs);
        let output_end = output_offset + padded_inputs(outputs);
        let chain = if l == 0 {
            input_offset == 0
        } else {
            let previous = block.layers[l - 1];
            layer.inputs == previous.outputs && layer.input_offset == previous.output_offset
        };
        let outputs_ok = if l + 1 == count {
            outputs <= max_classes
        } else {
            output_offset % 8 == 0 && output_end <= slot && (input_end <= output_offset || output_end <= input_offset)
        };
        if inputs == 0 || outputs == 0 || input_offset % 8 != 0 || input_end > slot || !chain || !outputs_ok {
            return BAD;
        }
        sum += outputs * (deeplock_spec::layout::ROW_HEADER_BYTES + padded_inputs(inputs));
    }
    let length = block.payload_len as usize;
    if sum != length || length as u64 > LIMITS.weight_bytes {
        return BAD;
    }
    let words = length / N;
    if CRC32.checksum(&memory[..words * N]) == block.payload_crc {
        OK
    } else {
        CRC
    }
}

/// Clocks any check may take: a few per layer, one per row, `N + 2` per word, some slack.
fn bound(block: &Regs) -> usize {
    let rows: usize = block.layers.iter().map(|l| l.outputs as usize + 8).sum();
    rows + (LIMITS.weight_bytes as usize / N) * (N + 2) + 32
}

/// Runs the checker on `block` with `memory` (bytes, `N` per word, little-endian) as the weight
/// memory; returns its error code and the clocks from start to done.
fn check(uut: &mut ConfigCheck<N, BITS>, block: &Regs, memory: &[u8]) -> (u8, usize) {
    let words: Vec<u64> = memory.chunks(N).map(|w| w.iter().rev().fold(0u64, |a, &b| a << 8 | b as u64)).collect();
    let count = block.count();
    uut.reset.next = true;
    cycle!(*uut);
    uut.reset.next = false;
    uut.start.next = true;
    let mut address_q = 0usize;
    for clocks in 0..bound(block) {
        crate::testing::settle(uut);
        // The registers' fields for the selected layer (zero past the table), combinationally.
        let select = uut.layer_config.select.val().to_u32() as usize;
        let layer = block.layers.get(select).copied().unwrap_or(LayerConfig { inputs: 0, outputs: 0, input_offset: 0, output_offset: 0 });
        uut.layer_config.inputs.next = (layer.inputs as u64).to_bits();
        uut.layer_config.outputs.next = (layer.outputs as u64).to_bits();
        uut.layer_config.input_offset.next = (layer.input_offset as u64).to_bits();
        uut.layer_config.output_offset.next = (layer.output_offset as u64).to_bits();
        uut.layer_config.is_last.next = select + 1 == count;
        uut.layer_count.next = (count as u64).to_bits();
        uut.payload_len.next = (block.payload_len as u64).to_bits();
        uut.payload_crc.next = (block.payload_crc as u64).to_bits();
        uut.lock_mode_ok.next = block.lock_mode_ok;
        // A block RAM: the word at the address of the last edge.
        uut.mem_data.next = words.get(address_q).copied().unwrap_or(0).to_bits();
        let address = uut.mem_address.val().to_u32() as usize;
        if uut.done.val() {
            return (uut.error.val().to_u32() as u8, clocks);
        }
        cycle!(*uut);
        uut.start.next = false;
        address_q = address;
    }
    panic!("the check of {block:?} did not end within {} clocks", bound(block));
}

fn checker() -> Box<ConfigCheck<N, BITS>> {
    let mut uut: Box<ConfigCheck<N, BITS>> = Box::new(ConfigCheck::new(LIMITS));
    uut.connect_all();
    uut
}

fn device() -> DeviceInfo {
    DeviceInfo {
        max_layers: MAX_LAYERS as u8,
        slot_bytes: LIMITS.slot_bytes as u16,
        max_classes: LIMITS.max_classes as u16,
        weight_capacity: LIMITS.weight_bytes as u32,
        ..crate::datapath::accelerator::AcceleratorConfig::alchitry_cu().device_info()
    }
}

/// A random model that fits: its planned block and a payload whose CRC the block carries.
fn random_valid(rng: &mut impl Rng) -> (Regs, Vec<u8>) {
    loop {
        let layers = rng.gen_range(1..=MAX_LAYERS);
        let mut dims = vec![rng.gen_range(1..40usize)];
        for _ in 0..layers {
            dims.push(rng.gen_range(1..12usize));
        }
        let pairs: Vec<(usize, usize)> = dims.windows(2).map(|d| (d[0], d[1])).collect();
        let Ok(mut config) = ModelConfig::plan(&pairs, 0, deeplock_spec::lock::LockMode::Paper, &device()) else { continue };
        let payload: Vec<u8> = (0..config.payload_len).map(|_| rng.gen()).collect();
        config.payload_crc = CRC32.checksum(&payload);
        let mut memory = payload;
        memory.resize(LIMITS.weight_bytes as usize, 0);
        // Bytes past the payload are not the model's: garbage there must not matter.
        for b in memory[config.payload_len as usize..].iter_mut() {
            *b = rng.gen();
        }
        return (Regs::from_config(&config), memory);
    }
}

#[test]
fn random_valid_blocks_pass() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(3);
    let mut uut = checker();
    for round in 0..12 {
        let (block, memory) = random_valid(&mut rng);
        assert_eq!(verdict(&block, &memory), OK, "the model agrees: {block:?}");
        let (error, _) = check(&mut uut, &block, &memory);
        assert_eq!(error, OK, "round {round}: {block:?}");
    }
}

#[test]
fn each_kind_of_bad_block_is_refused() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(5);
    let mut uut = checker();
    // A three-layer model to break: 20-8-6-4.
    let config = ModelConfig::plan(&[(20, 8), (8, 6), (6, 4)], 0, deeplock_spec::lock::LockMode::Paper, &device()).unwrap();
    let mut good = Regs::from_config(&config);
    let payload: Vec<u8> = (0..good.payload_len).map(|_| rng.gen()).collect();
    good.payload_crc = CRC32.checksum(&payload);
    let mut memory = payload;
    memory.resize(LIMITS.weight_bytes as usize, 0);
    assert_eq!(check(&mut uut, &good, &memory).0, OK);
    type Break = fn(&mut Regs);
    let breaks: [(&str, Break); 14] = [
        ("a lock mode the build does not run", |b| b.lock_mode_ok = false),
        ("no layers", |b| b.layers = [LayerConfig { inputs: 0, outputs: 0, input_offset: 0, output_offset: 0 }; MAX_LAYERS]),
        ("a layer without outputs", |b| b.layers[1].outputs = 0),
        ("layer 0 not at offset 0", |b| b.layers[0].input_offset = 8),
        ("inputs do not chain", |b| b.layers[1].inputs = 7),
        ("input offset does not chain", |b| b.layers[2].input_offset = 8),
        ("misaligned output", |b| {
            b.layers[0].output_offset -= 4;
            b.layers[1].input_offset -= 4;
        }),
        ("output overlaps input", |b| {
            b.layers[0].output_offset = 16;
            b.layers[1].input_offset = 16;
        }),
        ("output past the slot", |b| {
            b.layers[1].output_offset = 1020;
            b.layers[2].input_offset = 1020;
        }),
        ("input past the slot", |b| b.layers[0].inputs = 1030),
        ("too many classes", |b| {
            b.layers[2].outputs = LIMITS.max_classes as u16 + 1;
        }),
        ("length short of the rows", |b| b.payload_len -= 8),
        ("length past the rows", |b| b.payload_len += 8),
        ("length past the memory", |b| b.payload_len = LIMITS.weight_bytes as u32 + 8),
    ];
    for (what, breaking) in breaks {
        let mut block = good.clone();
        breaking(&mut block);
        assert_eq!(verdict(&block, &memory), BAD, "the model refuses {what}");
        assert_eq!(check(&mut uut, &block, &memory).0, BAD, "{what}: {block:?}");
    }
    // A payload too big for the memory whose rows do add up: 100 rows of 24 inputs.
    let big = ModelConfig::plan(&[(24, 60), (60, 40)], 0, deeplock_spec::lock::LockMode::Paper, &DeviceInfo { weight_capacity: 1 << 20, ..device() }).unwrap();
    assert!(big.payload_len as u64 > LIMITS.weight_bytes);
    assert_eq!(check(&mut uut, &Regs::from_config(&big), &memory).0, BAD, "rows past the memory");
}

#[test]
fn a_mismatching_payload_fails_the_crc() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let mut uut = checker();
    for _ in 0..4 {
        let (mut block, mut memory) = random_valid(&mut rng);
        let flip = rng.gen_range(0..block.payload_len as usize);
        memory[flip] ^= 1 << rng.gen_range(0..8);
        assert_eq!(check(&mut uut, &block, &memory).0, CRC, "byte {flip} flipped");
        block.payload_crc ^= 0x8000_0000;
        assert_eq!(check(&mut uut, &block, &memory).0, CRC, "CRC field changed");
    }
}

#[test]
fn random_blocks_get_the_models_verdict_in_bounded_time() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    let mut uut = checker();
    let mut verdicts = [0usize; 3];
    for round in 0..60 {
        // A valid block with a few random fields replaced by small random values.
        let (mut block, memory) = random_valid(&mut rng);
        for _ in 0..rng.gen_range(0..3) {
            let l = rng.gen_range(0..MAX_LAYERS);
            let value = if rng.gen_bool(0.5) { rng.gen_range(0..48u16) } else { rng.gen_range(0..48u16) * 8 };
            match rng.gen_range(0..6) {
                5 => block.lock_mode_ok = false,
                0 => block.layers[l].inputs = value,
                1 => block.layers[l].outputs = value,
                2 => block.layers[l].input_offset = value,
                3 => block.layers[l].output_offset = value,
                _ => block.payload_len = block.payload_len.wrapping_add(value as u32).wrapping_sub(24),
            }
        }
        let expected = verdict(&block, &memory);
        let (error, clocks) = check(&mut uut, &block, &memory);
        assert_eq!(error, expected, "round {round}: {block:?}");
        assert!(clocks <= bound(&block));
        verdicts[[OK, BAD, CRC].iter().position(|&v| v == expected).unwrap()] += 1;
    }
    assert!(verdicts[0] > 0 && verdicts[1] > 0, "both outcomes seen: {verdicts:?}");
}

#[test]
fn verilog_is_clean() {
    let mut c = ConfigCheck::<4, 32>::new(CheckLimits { slot_bytes: 1024, max_classes: 62, weight_bytes: 13_312 });
    c.connect_all();
    lint("config_check", &generate_verilog(&c));
}
