//! Where the master key comes from: a key file, the DEEPLOCK_KEY environment variable, or (for
//! tests only) the command line.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;
use deeplock::key::KeyError;
use deeplock::MasterKey;

#[derive(Args, Debug)]
pub struct KeyArgs {
    /// File holding the 128-bit master key as 32 hex digits (mode 0600, as `deeplock keygen`
    /// writes it). Without it the key is taken from the DEEPLOCK_KEY environment variable.
    #[arg(long, value_name = "KEYFILE")]
    pub key_file: Option<PathBuf>,

    /// The key as 32 hex digits. For tests only: a key on the command line is visible to every
    /// user of the machine (ps, /proc) and lands in shell history. Prefer --key-file.
    #[arg(long, value_name = "HEX", hide_short_help = true)]
    pub key: Option<String>,
}

impl KeyArgs {
    /// Whether a key was named on the command line (--key-file or --key).
    pub fn given(&self) -> bool {
        self.key_file.is_some() || self.key.is_some()
    }

    /// The key `model` needs, resolved once for the whole command: loaded when `model` is a
    /// locked model, `None` for any other file (which takes no key).
    pub fn for_model(&self, model: &Path) -> Result<Option<MasterKey>> {
        Ok(if crate::device_model::is_locked_model(model)? { Some(self.load()?) } else { None })
    }

    /// The key from --key-file, else --key, else DEEPLOCK_KEY.
    pub fn load(&self) -> Result<MasterKey> {
        if let Some(path) = &self.key_file {
            return Ok(MasterKey::read_file(path)?);
        }
        if let Some(hex) = &self.key {
            return Ok(MasterKey::from_hex(hex).map_err(|e| anyhow::anyhow!("--key: {e}"))?);
        }
        match MasterKey::from_env() {
            Ok(Some(key)) => Ok(key),
            Ok(None) => Err(KeyError::Missing.into()),
            Err(e) => Err(anyhow::anyhow!("{}: {e}", deeplock::key::KEY_ENV_VAR)),
        }
    }
}
