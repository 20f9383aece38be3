//! The 128-bit master key K: parsing, key files, the environment variable, generation and the key
//! check value. The key never appears in `Debug` output or in error messages.

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Bytes in a master key.
pub const KEY_BYTES: usize = 16;
/// Environment variable that may hold the key as 32 hex digits.
pub const KEY_ENV_VAR: &str = "DEEPLOCK_KEY";
/// Bytes of the key check value stored in a `.dlk` header.
pub const KEY_CHECK_BYTES: usize = 8;
/// Bytes of the random salt the key check value is computed with.
pub const KEY_CHECK_SALT_BYTES: usize = 16;
/// Domain separation for the key check value, so it is never equal to another use of SHA-256(K).
const KEY_CHECK_DOMAIN: &[u8] = b"deeplock key check v1\0";

/// Why a key could not be read. Messages never include key material.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("key must be {expected} hex digits, found {found} characters")]
    WrongLength { expected: usize, found: usize },
    #[error("key has a character that is not a hex digit at position {position}")]
    NotHex { position: usize },
    #[error("cannot read key file {path}: {cause}")]
    Io { path: PathBuf, cause: std::io::Error },
    #[error("cannot write key file {path}: {cause}")]
    Write { path: PathBuf, cause: std::io::Error },
    #[error("key file {path}: {cause}")]
    InFile { path: PathBuf, cause: Box<KeyError> },
    #[error("key file {path} is readable by other users (mode {mode:o}); run: chmod 600 {path}")]
    LoosePermissions { path: PathBuf, mode: u32 },
    #[error("key file {path} already exists; pass --force to overwrite it")]
    Exists { path: PathBuf },
    #[error("no key given: use --key-file FILE or set {KEY_ENV_VAR}")]
    Missing,
    #[error("the operating system's random number generator failed: {0}")]
    Rng(String),
}

/// A 128-bit master key. Zeroed when dropped; `Debug` prints no key bits.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct MasterKey {
    bytes: [u8; KEY_BYTES],
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(<secret>)")
    }
}

impl MasterKey {
    pub fn from_bytes(bytes: [u8; KEY_BYTES]) -> Self {
        MasterKey { bytes }
    }

    /// The raw key bytes, for the key schedule and for loading a device.
    pub fn bytes(&self) -> &[u8; KEY_BYTES] {
        &self.bytes
    }

    /// Parses 32 hex digits (either case); surrounding whitespace is ignored.
    pub fn from_hex(text: &str) -> Result<Self, KeyError> {
        let digits = text.trim();
        if digits.len() != 2 * KEY_BYTES {
            return Err(KeyError::WrongLength { expected: 2 * KEY_BYTES, found: digits.chars().count() });
        }
        let mut bytes = [0u8; KEY_BYTES];
        for (position, c) in digits.bytes().enumerate() {
            let nibble = (c as char).to_digit(16).ok_or(KeyError::NotHex { position })? as u8;
            bytes[position / 2] |= nibble << (4 * (1 - position % 2));
        }
        Ok(MasterKey { bytes })
    }

    /// The key as 32 lowercase hex digits (for writing key files only).
    pub fn to_hex(&self) -> String {
        self.bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// 128 bits from the operating system's random number generator.
    pub fn generate() -> Result<Self, KeyError> {
        let mut bytes = [0u8; KEY_BYTES];
        getrandom::getrandom(&mut bytes).map_err(|e| KeyError::Rng(e.to_string()))?;
        Ok(MasterKey { bytes })
    }

    /// Reads a key file: 32 hex digits, optionally followed by a newline. On Unix the file must
    /// not be readable or writable by group or others.
    pub fn read_file(path: &Path) -> Result<Self, KeyError> {
        let io = |cause| KeyError::Io { path: path.to_owned(), cause };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).map_err(io)?.permissions().mode();
            if mode & 0o077 != 0 {
                return Err(KeyError::LoosePermissions { path: path.to_owned(), mode: mode & 0o777 });
            }
        }
        let mut text = std::fs::read_to_string(path).map_err(io)?;
        let key = Self::from_hex(&text).map_err(|e| KeyError::InFile { path: path.to_owned(), cause: Box::new(e) });
        text.zeroize();
        key
    }

    /// Writes a new key file with mode 0600, atomically ([`crate::fs::write_atomically`]);
    /// refuses to replace an existing file unless `force`.
    pub fn write_file(&self, path: &Path, force: bool) -> Result<(), KeyError> {
        use crate::fs::{write_atomically, Access, Replace};
        let replace = if force { Replace::Allowed } else { Replace::Refused };
        let mut text = Zeroizing::new(self.to_hex());
        text.push('\n');
        write_atomically(path, Access::OwnerOnly, replace, |w| w.write_all(text.as_bytes())).map_err(|cause: std::io::Error| {
            if cause.kind() == std::io::ErrorKind::AlreadyExists && !force {
                KeyError::Exists { path: path.to_owned() }
            } else {
                KeyError::Write { path: path.to_owned(), cause }
            }
        })
    }

    /// The key from `DEEPLOCK_KEY`, if that variable is set.
    pub fn from_env() -> Result<Option<Self>, KeyError> {
        match std::env::var(KEY_ENV_VAR) {
            Ok(mut text) => {
                let key = Self::from_hex(&text);
                text.zeroize();
                key.map(Some)
            }
            Err(_) => Ok(None),
        }
    }

    /// The key check value stored in a `.dlk` header: the first 8 bytes of
    /// SHA-256("deeplock key check v1\0" ‖ salt ‖ K). The per-file random salt prevents
    /// precomputed tables; see docs/model-format.md for the trade-off.
    pub fn check_value(&self, salt: &[u8; KEY_CHECK_SALT_BYTES]) -> [u8; KEY_CHECK_BYTES] {
        let digest = Sha256::new().chain_update(KEY_CHECK_DOMAIN).chain_update(salt).chain_update(self.bytes).finalize();
        let mut check = [0u8; KEY_CHECK_BYTES];
        check.copy_from_slice(&digest[..KEY_CHECK_BYTES]);
        check
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip_and_errors() {
        let key = MasterKey::from_hex("2B7E151628aed2a6abf7158809cf4f3c\n").unwrap();
        assert_eq!(key.bytes()[0], 0x2b);
        assert_eq!(key.to_hex(), "2b7e151628aed2a6abf7158809cf4f3c");
        assert!(matches!(MasterKey::from_hex("2b7e"), Err(KeyError::WrongLength { found: 4, .. })));
        assert!(matches!(
            MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4f3g"),
            Err(KeyError::NotHex { position: 31 })
        ));
    }

    #[test]
    fn debug_and_errors_do_not_show_the_key() {
        let key = MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4f3c").unwrap();
        assert!(!format!("{key:?}").contains("2b7e"));
        let err = MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4fZZ").unwrap_err();
        assert!(!err.to_string().contains("2b7e"));
    }

    #[cfg(unix)]
    #[test]
    fn key_files_are_private_and_not_overwritten() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.hex");
        let key = MasterKey::generate().unwrap();
        key.write_file(&path, false).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(MasterKey::read_file(&path).unwrap(), key);
        assert!(matches!(key.write_file(&path, false), Err(KeyError::Exists { .. })));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(MasterKey::read_file(&path), Err(KeyError::LoosePermissions { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn forced_write_replaces_a_loose_file_with_a_0600_one() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.hex");
        std::fs::write(&path, "not a key\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let key = MasterKey::generate().unwrap();
        assert!(matches!(key.write_file(&path, false), Err(KeyError::Exists { .. })));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not a key\n", "a refused write leaves the file alone");
        key.write_file(&path, true).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(MasterKey::read_file(&path).unwrap(), key);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["k.hex"], "no temporary file is left behind");
    }

    #[test]
    fn check_value_depends_on_key_and_salt() {
        let a = MasterKey::from_bytes([1; 16]);
        let b = MasterKey::from_bytes([2; 16]);
        assert_ne!(a.check_value(&[0; 16]), b.check_value(&[0; 16]));
        assert_ne!(a.check_value(&[0; 16]), a.check_value(&[1; 16]));
    }
}
