//! Where the master key comes from: a key file, the DEEPLOCK_KEY environment variable, or (for
//! tests only) the command line.

use std::path::PathBuf;

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
