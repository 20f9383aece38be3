//! The locked-model file format (`.dlk`), version 2 (version 1 is still read). The byte-level
//! specification is docs/model-format.md; this module is its reference reader and writer.
//!
//! ```text
//! fixed header    64 bytes   magic, version, lock mode, precision, layer count, payload length,
//!                            key-check salt and value, the hardened mode's nonce, reserved
//!                            (version 1: 48 bytes, without the nonce; paper mode only)
//! layer table     16 bytes per layer
//! payload         payload length bytes, locked, in device order (see `layout`)
//! trailer         4 bytes    CRC-32 (ISO-HDLC) of everything before it
//! ```
//!
//! The reader never trusts a length before it has the bytes: it reads the payload incrementally,
//! so a header that claims terabytes costs nothing until the data really arrives.

use std::io::{self, Read, Write};

use crate::hardened_stream::MODEL_NONCE_BYTES;
use crate::key::{MasterKey, KEY_CHECK_BYTES, KEY_CHECK_SALT_BYTES};
use crate::layout::{layer_bytes, Precision};
pub use crate::lock::LockMode;
use crate::lock::{lock_in_place, unlock_in_place, MODE_CODE_HARDENED, MODE_CODE_PAPER};

/// File magic: PNG-style, so text-mode transfers and truncation to 7 bits are detected.
pub const MAGIC: [u8; 8] = *b"\x89DLK\r\n\x1a\n";
/// The format version this code writes.
pub const FORMAT_VERSION: u16 = 2;
/// The first version, still read: paper mode only, no nonce.
pub const FORMAT_VERSION_1: u16 = 1;
/// Bytes of the fixed header.
pub const FIXED_HEADER_BYTES: usize = 64;
/// Bytes of a version-1 fixed header (where the nonce field begins in version 2).
pub const FIXED_HEADER_BYTES_V1: usize = 48;
/// Bytes of one layer record.
pub const LAYER_RECORD_BYTES: usize = 16;
/// Bytes of the trailer (CRC-32).
pub const TRAILER_BYTES: usize = 4;
/// Most layers a model may have.
pub const MAX_LAYERS: usize = 64;
/// Most inputs or outputs of one layer.
pub const MAX_FEATURES: u32 = 1 << 20;
/// Largest payload accepted (16 GiB): larger claims are corrupt, not models.
pub const MAX_PAYLOAD_BYTES: u64 = 16 << 30;

/// The CRC used for the trailer, and for checking a payload resident on a device.
pub const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

fn precision_code(p: Precision) -> u8 {
    match p {
        Precision::Int8 => 1,
        Precision::Float32 => 2,
    }
}

/// The non-linearity after a layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    None,
    Relu,
}

/// One dense layer: `y = act(W x + b)` with `W` of shape `[out_features, in_features]`.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerDesc {
    pub in_features: u32,
    pub out_features: u32,
    pub activation: Activation,
    /// The real value of one unit of this layer's output (int8 models: the uint8 activation step,
    /// or for the last layer the step of the int32 logits); 0 when unused (float32 models).
    pub output_scale: f32,
}

/// Everything in a `.dlk` file but the payload.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelHeader {
    pub lock_mode: LockMode,
    pub precision: Precision,
    pub layers: Vec<LayerDesc>,
    pub payload_len: u64,
    pub key_check_salt: [u8; KEY_CHECK_SALT_BYTES],
    pub key_check: [u8; KEY_CHECK_BYTES],
}

/// A locked model: header and locked payload.
#[derive(Clone, Debug, PartialEq)]
pub struct LockedModel {
    pub header: ModelHeader,
    pub payload: Vec<u8>,
}

/// Why a `.dlk` file was rejected.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("not a Deep-Lock model (bad magic bytes)")]
    BadMagic,
    #[error("unsupported .dlk format version {0} (this build reads versions {FORMAT_VERSION_1} and {FORMAT_VERSION})")]
    UnsupportedVersion(u16),
    #[error("unknown lock mode {mode} in a version-{version} file")]
    UnknownLockMode { mode: u8, version: u16 },
    #[error("unknown precision code {0}")]
    UnknownPrecision(u8),
    #[error("layer count {0} is outside 1..={MAX_LAYERS}")]
    BadLayerCount(u16),
    #[error("layer {index}: {reason}")]
    BadLayer { index: usize, reason: String },
    #[error("reserved header field is not zero")]
    ReservedNotZero,
    #[error("payload length {declared} does not match the layers, which need {expected} bytes")]
    PayloadLength { declared: u64, expected: u64 },
    #[error("file is truncated: {0} ends early")]
    Truncated(&'static str),
    #[error("checksum mismatch: the file is corrupt (stored {stored:08x}, computed {computed:08x})")]
    Checksum { stored: u32, computed: u32 },
    #[error("unexpected data after the end of the model")]
    TrailingData,
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Reads exactly `buf.len()` bytes, reporting a short read as truncation of `what`.
fn read_part(r: &mut impl Read, buf: &mut [u8], what: &'static str) -> Result<(), FormatError> {
    r.read_exact(buf).map_err(|e| match e.kind() {
        io::ErrorKind::UnexpectedEof => FormatError::Truncated(what),
        _ => FormatError::Io(e),
    })
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl ModelHeader {
    /// True when `key` passes this model's key check.
    pub fn key_matches(&self, key: &MasterKey) -> bool {
        key.check_value(&self.key_check_salt) == self.key_check
    }

    /// The payload length the layer table requires.
    pub fn expected_payload_len(&self) -> Result<u64, FormatError> {
        let mut total: u64 = 0;
        for (index, layer) in self.layers.iter().enumerate() {
            let bytes = layer_bytes(self.precision, layer.in_features as usize, layer.out_features as usize)
                .ok_or_else(|| FormatError::BadLayer { index, reason: "size overflows".into() })?;
            total = total
                .checked_add(bytes as u64)
                .filter(|&t| t <= MAX_PAYLOAD_BYTES)
                .ok_or(FormatError::PayloadLength { declared: self.payload_len, expected: u64::MAX })?;
        }
        Ok(total)
    }

    /// Checks the layer table and the payload length against each other.
    pub fn validate(&self) -> Result<(), FormatError> {
        if self.layers.is_empty() || self.layers.len() > MAX_LAYERS {
            return Err(FormatError::BadLayerCount(self.layers.len().min(u16::MAX as usize) as u16));
        }
        for (index, layer) in self.layers.iter().enumerate() {
            let bad = |reason: String| Err(FormatError::BadLayer { index, reason });
            for (name, n) in [("inputs", layer.in_features), ("outputs", layer.out_features)] {
                if n == 0 || n > MAX_FEATURES {
                    return bad(format!("{name} {n} outside 1..={MAX_FEATURES}"));
                }
            }
            if !layer.output_scale.is_finite() || layer.output_scale < 0.0 {
                return bad("output scale is not a finite non-negative number".into());
            }
            if let Some(next) = self.layers.get(index + 1) {
                if next.in_features != layer.out_features {
                    return bad(format!("{} outputs feed a layer of {} inputs", layer.out_features, next.in_features));
                }
            }
        }
        let expected = self.expected_payload_len()?;
        if expected != self.payload_len {
            return Err(FormatError::PayloadLength { declared: self.payload_len, expected });
        }
        Ok(())
    }

    /// The header's bytes as they are stored (fixed header, then the layer table).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(FIXED_HEADER_BYTES + LAYER_RECORD_BYTES * self.layers.len());
        b.extend_from_slice(&MAGIC);
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        b.push(self.lock_mode.code());
        b.push(precision_code(self.precision));
        b.extend_from_slice(&(self.layers.len() as u16).to_le_bytes());
        b.extend_from_slice(&0u16.to_le_bytes());
        b.extend_from_slice(&self.payload_len.to_le_bytes());
        b.extend_from_slice(&self.key_check_salt);
        b.extend_from_slice(&self.key_check);
        b.extend_from_slice(&self.lock_mode.nonce());
        b.extend_from_slice(&0u32.to_le_bytes());
        debug_assert_eq!(b.len(), FIXED_HEADER_BYTES);
        for layer in &self.layers {
            b.push(1); // kind: dense
            b.push(match layer.activation {
                Activation::None => 0,
                Activation::Relu => 1,
            });
            b.extend_from_slice(&0u16.to_le_bytes());
            b.extend_from_slice(&layer.in_features.to_le_bytes());
            b.extend_from_slice(&layer.out_features.to_le_bytes());
            b.extend_from_slice(&layer.output_scale.to_le_bytes());
        }
        b
    }

    /// Reads and validates a header, returning it with its raw bytes (for the checksum).
    fn read(r: &mut impl Read) -> Result<(Self, Vec<u8>), FormatError> {
        let mut fixed = [0u8; FIXED_HEADER_BYTES];
        read_part(r, &mut fixed[..MAGIC.len()], "the magic")?;
        if fixed[..MAGIC.len()] != MAGIC {
            return Err(FormatError::BadMagic);
        }
        read_part(r, &mut fixed[MAGIC.len()..FIXED_HEADER_BYTES_V1], "the header")?;
        let version = u16_at(&fixed, 8);
        let fixed_len = match version {
            FORMAT_VERSION_1 => FIXED_HEADER_BYTES_V1,
            FORMAT_VERSION => FIXED_HEADER_BYTES,
            other => return Err(FormatError::UnsupportedVersion(other)),
        };
        read_part(r, &mut fixed[FIXED_HEADER_BYTES_V1..fixed_len], "the header")?;
        let lock_mode = lock_mode_of(&fixed[..fixed_len], version)?;
        let precision = match fixed[11] {
            1 => Precision::Int8,
            2 => Precision::Float32,
            other => return Err(FormatError::UnknownPrecision(other)),
        };
        let layer_count = u16_at(&fixed, 12);
        if layer_count == 0 || layer_count as usize > MAX_LAYERS {
            return Err(FormatError::BadLayerCount(layer_count));
        }
        if u16_at(&fixed, 14) != 0 {
            return Err(FormatError::ReservedNotZero);
        }
        let payload_len = u64::from_le_bytes(fixed[16..24].try_into().unwrap());
        let key_check_salt = fixed[24..40].try_into().unwrap();
        let key_check = fixed[40..48].try_into().unwrap();

        let mut raw = fixed[..fixed_len].to_vec();
        let mut layers = Vec::with_capacity(layer_count as usize);
        for index in 0..layer_count as usize {
            let mut rec = [0u8; LAYER_RECORD_BYTES];
            read_part(r, &mut rec, "the layer table")?;
            raw.extend_from_slice(&rec);
            let bad = |reason: &str| FormatError::BadLayer { index, reason: reason.into() };
            if rec[0] != 1 {
                return Err(bad("unknown layer kind (only dense layers exist)"));
            }
            let activation = match rec[1] {
                0 => Activation::None,
                1 => Activation::Relu,
                _ => return Err(bad("unknown activation")),
            };
            if u16_at(&rec, 2) != 0 {
                return Err(FormatError::ReservedNotZero);
            }
            layers.push(LayerDesc {
                in_features: u32_at(&rec, 4),
                out_features: u32_at(&rec, 8),
                activation,
                output_scale: f32::from_le_bytes(rec[12..16].try_into().unwrap()),
            });
        }
        let header = ModelHeader { lock_mode, precision, layers, payload_len, key_check_salt, key_check };
        header.validate()?;
        Ok((header, raw))
    }
}

/// The lock mode of a fixed header of `version`; in version 2 the nonce field of paper mode and
/// the reserved word must be zero.
fn lock_mode_of(fixed: &[u8], version: u16) -> Result<LockMode, FormatError> {
    let mode = fixed[10];
    if version == FORMAT_VERSION_1 {
        return match mode {
            MODE_CODE_PAPER => Ok(LockMode::Paper),
            _ => Err(FormatError::UnknownLockMode { mode, version }),
        };
    }
    let nonce: [u8; MODEL_NONCE_BYTES] = fixed[48..60].try_into().unwrap();
    if u32_at(fixed, 60) != 0 {
        return Err(FormatError::ReservedNotZero);
    }
    match mode {
        MODE_CODE_PAPER if nonce == [0; MODEL_NONCE_BYTES] => Ok(LockMode::Paper),
        MODE_CODE_PAPER => Err(FormatError::ReservedNotZero),
        MODE_CODE_HARDENED => Ok(LockMode::Hardened { nonce }),
        _ => Err(FormatError::UnknownLockMode { mode, version }),
    }
}

impl LockedModel {
    /// Locks `plaintext` (already in device layout) under `key` in hardened mode with a fresh
    /// nonce, and a fresh key-check salt: the default, and what `deeplock lock` does.
    pub fn lock(precision: Precision, layers: Vec<LayerDesc>, plaintext: Vec<u8>, key: &MasterKey) -> Result<Self, FormatError> {
        Self::lock_with(LockMode::fresh_hardened()?, precision, layers, plaintext, key)
    }

    /// Locks `plaintext` in `mode` (paper mode reproduces the paper; see docs/security.md).
    pub fn lock_with(mode: LockMode, precision: Precision, layers: Vec<LayerDesc>, mut plaintext: Vec<u8>, key: &MasterKey) -> Result<Self, FormatError> {
        let mut salt = [0u8; KEY_CHECK_SALT_BYTES];
        getrandom::getrandom(&mut salt).map_err(|e| io::Error::other(e.to_string()))?;
        let header =
            ModelHeader { lock_mode: mode, precision, layers, payload_len: plaintext.len() as u64, key_check_salt: salt, key_check: key.check_value(&salt) };
        header.validate()?;
        lock_in_place(&mut plaintext, key, mode, 0);
        Ok(LockedModel { header, payload: plaintext })
    }

    /// The plaintext payload under `key` (garbage if the key is wrong; check it first).
    pub fn unlocked_payload(&self, key: &MasterKey) -> Vec<u8> {
        let mut plain = self.payload.clone();
        unlock_in_place(&mut plain, key, self.header.lock_mode, 0);
        plain
    }

    /// Reads a whole model and checks it; fails on trailing data.
    pub fn read(r: &mut impl Read) -> Result<Self, FormatError> {
        let (header, raw) = ModelHeader::read(r)?;
        let mut digest = CRC32.digest();
        digest.update(&raw);
        // Grow the buffer only as bytes arrive: a lying length cannot force a huge allocation.
        let mut payload = Vec::new();
        let got = r.take(header.payload_len).read_to_end(&mut payload)?;
        if (got as u64) < header.payload_len {
            return Err(FormatError::Truncated("the payload"));
        }
        digest.update(&payload);
        let mut trailer = [0u8; TRAILER_BYTES];
        read_part(r, &mut trailer, "the checksum")?;
        let stored = u32::from_le_bytes(trailer);
        let computed = digest.finalize();
        if stored != computed {
            return Err(FormatError::Checksum { stored, computed });
        }
        let mut extra = [0u8; 1];
        if r.read(&mut extra)? != 0 {
            return Err(FormatError::TrailingData);
        }
        Ok(LockedModel { header, payload })
    }

    /// Reads a model from a file.
    pub fn read_file(path: &std::path::Path) -> Result<Self, FormatError> {
        let file = std::fs::File::open(path)?;
        Self::read(&mut io::BufReader::new(file))
    }

    /// Writes the model, computing the trailer.
    pub fn write(&self, w: &mut impl Write) -> Result<(), FormatError> {
        self.header.validate()?;
        if self.payload.len() as u64 != self.header.payload_len {
            return Err(FormatError::PayloadLength { declared: self.header.payload_len, expected: self.payload.len() as u64 });
        }
        let head = self.header.to_bytes();
        let mut digest = CRC32.digest();
        digest.update(&head);
        digest.update(&self.payload);
        w.write_all(&head)?;
        w.write_all(&self.payload)?;
        w.write_all(&digest.finalize().to_le_bytes())?;
        w.flush()?;
        Ok(())
    }

    /// Writes the model to `path` atomically ([`crate::fs::write_atomically`]), so a failure
    /// never leaves half a model under that name.
    pub fn write_file(&self, path: &std::path::Path) -> Result<(), FormatError> {
        crate::fs::write_atomically(path, crate::fs::Access::Shared, crate::fs::Replace::Allowed, |w| self.write(&mut &mut *w))
    }
}

#[cfg(test)]
mod tests;
