//! A locked model checked before anything goes to a device (a board or the simulated core): the
//! device runs int8 models only, and a wrong key is a mistake unless the user asks to measure
//! one. The key check lives here, once, for every command that takes a locked model and a key.

use std::path::Path;

use anyhow::{bail, Context, Result};
use deeplock::format::{LockedModel, MAGIC};
use deeplock::key::KeyError;
use deeplock::layout::Precision;
use deeplock::mapped::device_dims;
use deeplock::model::arch_string;
use deeplock::MasterKey;

/// Whether `path` is a locked model, by its first bytes.
pub fn is_locked_model(path: &Path) -> Result<bool> {
    let mut head = [0u8; MAGIC.len()];
    let mut file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let n = std::io::Read::read(&mut file, &mut head)?;
    Ok(n == MAGIC.len() && head == MAGIC)
}

/// Checks `key` against the key check value of `model` (read from `path`): whether it matched.
/// A mismatch is an error unless `skip_key_check` (to measure what a wrong key gives).
pub fn check_key(model: &LockedModel, key: &MasterKey, skip_key_check: bool, path: &Path) -> Result<bool> {
    let matches = model.header.key_matches(key);
    if !matches && !skip_key_check {
        bail!("the key does not match {} (key check failed); use the key it was locked with, or --skip-key-check to measure a wrong key", path.display());
    }
    Ok(matches)
}

/// What the reports call a key check's outcome.
pub fn key_check_name(matches: bool) -> &'static str {
    if matches {
        "passed"
    } else {
        "failed"
    }
}

/// A model checked for a device (its key is the command's, passed alongside).
pub struct DeviceModel {
    pub model: LockedModel,
    /// Whether the key passed the model's key check.
    pub key_matches: bool,
}

impl DeviceModel {
    /// Reads `path`, refuses what a device cannot run, and checks `key` (the key the command
    /// resolved for this model; `None` is "no key given").
    pub fn load(path: &Path, key: Option<&MasterKey>, skip_key_check: bool) -> Result<Self> {
        if !is_locked_model(path)? {
            bail!(
                "{} is not a locked model (.dlk); a device runs locked int8 models: `deeplock lock --model FILE --quant int8 --dataset mnist --key-file K --out M.dlk`",
                path.display()
            );
        }
        let model = LockedModel::read_file(path).with_context(|| format!("{}", path.display()))?;
        if model.header.precision == Precision::Float32 {
            bail!(
                "{} is a float32 model (the paper setting, CPU reference only); the accelerator runs int8: lock the float model again with --quant int8",
                path.display()
            );
        }
        device_dims(&model).map_err(|why| anyhow::anyhow!("{} cannot run on the accelerator: {why}", path.display()))?;
        let key = key.ok_or(KeyError::Missing)?;
        let key_matches = check_key(&model, key, skip_key_check, path)?;
        Ok(DeviceModel { model, key_matches })
    }

    /// "784-16-10".
    pub fn arch(&self) -> String {
        let layers = &self.model.header.layers;
        let mut sizes: Vec<usize> = layers.iter().map(|l| l.in_features as usize).collect();
        sizes.extend(layers.last().map(|l| l.out_features as usize));
        arch_string(&sizes)
    }

    /// What the JSON reports call the key check.
    pub fn key_check(&self) -> &'static str {
        key_check_name(self.key_matches)
    }
}
