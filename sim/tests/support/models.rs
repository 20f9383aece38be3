//! Random int8 models for the accelerator and board tests (included with
//! `#[path = "support/models.rs"] mod models;`, so a test does not pull in the other benches).

use std::ops::Range;

use deeplock::format::LockMode;
use deeplock::layout::RowHeader;
use deeplock::model::{Int8Layer, Int8Mlp};
use deeplock_hdl::datapath::accelerator::AcceleratorConfig;
use rand::{Rng, SeedableRng};

/// A lock mode the Cu build (the virtual board) runs: hardened, at a fresh nonce, where it can.
pub fn cu_lock_mode() -> LockMode {
    if AcceleratorConfig::alchitry_cu().lock_modes.hardened {
        LockMode::fresh_hardened().expect("the OS random source")
    } else {
        LockMode::Paper
    }
}

/// A random int8 MLP of layer sizes `dims`: biases and multipliers in plausible ranges, shifts
/// from `shifts`, and with probability `arbitrary_shift` any shift at all (as a wrong key makes
/// them). The same seed and arguments give the same model.
pub fn random_model(seed: u64, dims: &[usize], shifts: Range<u8>, arbitrary_shift: f64) -> Int8Mlp {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    Int8Mlp {
        layers: dims
            .windows(2)
            .map(|d| Int8Layer {
                in_features: d[0],
                out_features: d[1],
                headers: (0..d[1])
                    .map(|_| RowHeader {
                        bias: rng.gen_range(-50_000..50_000),
                        multiplier: rng.gen_range(32_768..=65_535),
                        shift: if arbitrary_shift > 0.0 && rng.gen_bool(arbitrary_shift) { rng.gen() } else { rng.gen_range(shifts.clone()) },
                    })
                    .collect(),
                weights: (0..d[0] * d[1]).map(|_| rng.gen()).collect(),
                output_scale: 0.01,
            })
            .collect(),
    }
}
