//! Where the master key comes from: a key file, the DEEPLOCK_KEY environment variable, or (for
//! tests only) the command line.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;
use deeplock::key::KeyError;
use deeplock::MasterKey;
use zeroize::Zeroize;

/// The key options. `--key`'s digits are the key itself: `Debug` shows only whether it was
/// given, and they are wiped when the arguments are dropped.
#[derive(Args)]
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

impl fmt::Debug for KeyArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyArgs").field("key_file", &self.key_file).field("key", &self.key.as_ref().map(|_| "<redacted>")).finish()
    }
}

impl Drop for KeyArgs {
    fn drop(&mut self) {
        if let Some(hex) = &mut self.key {
            hex.zeroize();
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_no_key_digits() {
        let hex = "2b7e151628aed2a6abf7158809cf4f3c";
        let args = KeyArgs { key_file: Some(PathBuf::from("m.key")), key: Some(hex.to_owned()) };
        for text in [format!("{args:?}"), format!("{args:#?}")] {
            assert!(text.contains("m.key") && text.contains("redacted"), "{text}");
            assert!(!text.contains(hex) && !text.contains("2b7e"), "{text}");
        }
        let only_key = KeyArgs { key_file: None, key: Some(hex.to_owned()) };
        assert!(format!("{only_key:?}").contains("redacted"));
        assert!(only_key.load().unwrap() == MasterKey::from_hex(hex).unwrap(), "--key still works");
    }
}
