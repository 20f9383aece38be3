//! The accelerator core's memory map (docs/protocol.md §1): addresses, and the layout of the
//! INFO, STATUS, CONFIG and RESULT blocks. The RTL decodes these addresses and builds its INFO
//! block with [`DeviceInfo::to_bytes`]; the host encodes and parses the blocks here.

use crate::layout::{int8_row_bytes, padded_inputs};
use crate::lock::LockMode;

/// Width of the core's byte address.
pub const ADDRESS_BITS: usize = 24;

pub const WEIGHTS_BASE: u32 = 0x00_0000;
pub const INFO_BASE: u32 = 0x80_0000;
pub const STATUS_BASE: u32 = 0x81_0000;
pub const KEY_BASE: u32 = 0x82_0000;
pub const KEY_COMMIT: u32 = 0x82_0010;
pub const KEY_CLEAR: u32 = 0x82_0011;
pub const KEY_DISCARD: u32 = 0x82_0012;
pub const CONFIG_BASE: u32 = 0x83_0000;
pub const CONFIG_COMMIT: u32 = 0x83_0100;
pub const INPUT_BASE: u32 = 0x84_0000;
pub const RUN: u32 = 0x86_0000;
pub const RESULT_BASE: u32 = 0x87_0000;
/// Distance between the INPUT (and RESULT) regions of consecutive slots.
pub const SLOT_STRIDE: u32 = 0x1_0000;
/// Input slots: one can fill while the other runs.
pub const SLOTS: usize = 2;

pub const INFO_BYTES: usize = 32;
pub const INFO_MAGIC: [u8; 4] = *b"DLCK";
pub const INFO_FLAG_SBOX_LOGIC: u8 = 1 << 0;
pub const INFO_FLAG_BYPASS: u8 = 1 << 1;
/// The build runs hardened-mode models.
pub const INFO_FLAG_HARDENED_MODE: u8 = 1 << 2;
/// The build does not run paper-mode models. (Both lock-mode bits clear is a paper-only build, as
/// every build before hardened mode was.)
pub const INFO_FLAG_NO_PAPER_MODE: u8 = 1 << 3;
pub const BOARD_NAME_BYTES: usize = 6;

pub const STATUS_BYTES: usize = 16;
pub const STATUS_KEY_LOADED: u8 = 1 << 0;
pub const STATUS_MODEL_READY: u8 = 1 << 1;
pub const STATUS_BUSY: u8 = 1 << 2;
/// Bit of STATUS flags that says slot `s` holds a finished result: `STATUS_SLOT0_DONE << s`.
pub const STATUS_SLOT0_DONE: u8 = 1 << 3;

pub const KEY_BYTES: usize = crate::key::KEY_BYTES;
/// Clocks the core shows busy after a KEY_COMMIT or KEY_CLEAR: the key register's pipeline, with
/// margin. A front end must not report a key's outcome before they pass.
pub const KEY_SETTLE_CLOCKS: u64 = 5;
pub const CONFIG_HEADER_BYTES: usize = 8;
pub const CONFIG_LAYER_BYTES: usize = 8;
/// The CONFIG block's lock section, after the layer table, in builds that run hardened mode (INFO
/// flag [`INFO_FLAG_HARDENED_MODE`]): the lock-mode code (`lock::MODE_CODE_*`), 3 reserved zero
/// bytes, the model's 12-byte nonce (zero in paper mode). Paper-only builds have no lock section.
pub const CONFIG_LOCK_BYTES: usize = 16;
/// Where the nonce starts within the lock section.
pub const CONFIG_NONCE_OFFSET: usize = 4;
const _: () = assert!(CONFIG_NONCE_OFFSET + crate::hardened_stream::MODEL_NONCE_BYTES == CONFIG_LOCK_BYTES);

/// Bytes of the CONFIG block of a build with `max_layers` layers, with or without the lock section.
pub const fn config_bytes(max_layers: usize, lock_section: bool) -> usize {
    CONFIG_HEADER_BYTES + CONFIG_LAYER_BYTES * max_layers + if lock_section { CONFIG_LOCK_BYTES } else { 0 }
}
pub const RESULT_HEADER_BYTES: usize = 8;

// Address widths of the on-chip memories behind the map. The RTL sizes its block RAMs and
// address registers by these; a build's capacities (weight bytes, slot bytes) must fit them.

/// Bits of a weight-memory word address: up to 16,384 words of one byte per lane.
pub const WEIGHT_ADDRESS_BITS: usize = 14;
/// Bits of an activation word address within one slot.
pub const ACT_ADDRESS_BITS: usize = 9;
/// Bits of a result-memory address (both slots).
pub const RESULT_ADDRESS_BITS: usize = 11;
/// Bits of a byte offset within one slot's RESULT region.
pub const RESULT_OFFSET_BITS: usize = 10;

/// Why a block read from a device could not be parsed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BlockError {
    #[error("{block} block too short: {got} bytes, need {need}")]
    TooShort { block: &'static str, got: usize, need: usize },
    #[error("INFO block has a bad magic: not a Deep-Lock device")]
    BadMagic,
}

fn need(block: &'static str, bytes: &[u8], n: usize) -> Result<(), BlockError> {
    if bytes.len() < n {
        return Err(BlockError::TooShort { block, got: bytes.len(), need: n });
    }
    Ok(())
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The lock modes a build runs (INFO flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LockModes {
    pub paper: bool,
    pub hardened: bool,
}

impl LockModes {
    /// Paper mode only: the builds before hardened mode, and their INFO (both flags clear).
    pub const PAPER_ONLY: LockModes = LockModes { paper: true, hardened: false };
    /// Hardened mode only: a build with no room for the paper-mode key schedule.
    pub const HARDENED_ONLY: LockModes = LockModes { paper: false, hardened: true };
    /// Both modes: the simulation builds.
    pub const BOTH: LockModes = LockModes { paper: true, hardened: true };

    /// True when a model locked in `mode` can run.
    pub fn runs(self, mode: LockMode) -> bool {
        match mode {
            LockMode::Paper => self.paper,
            LockMode::Hardened { .. } => self.hardened,
        }
    }

    fn flags(self) -> u8 {
        (if self.hardened { INFO_FLAG_HARDENED_MODE } else { 0 }) | if self.paper { 0 } else { INFO_FLAG_NO_PAPER_MODE }
    }

    fn from_flags(flags: u8) -> Self {
        LockModes { paper: flags & INFO_FLAG_NO_PAPER_MODE == 0, hardened: flags & INFO_FLAG_HARDENED_MODE != 0 }
    }
}

impl std::fmt::Display for LockModes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = [(self.paper, "paper"), (self.hardened, "hardened")].iter().filter(|m| m.0).map(|m| m.1).collect();
        f.write_str(if names.is_empty() { "no" } else { "" })?;
        f.write_str(&names.join(" and "))
    }
}

/// The INFO block: what a device is and what it can hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceInfo {
    pub protocol_version: u8,
    pub lanes: u8,
    pub max_layers: u8,
    pub sbox_in_logic: bool,
    pub bypass: bool,
    pub lock_modes: LockModes,
    pub weight_capacity: u32,
    pub slot_bytes: u16,
    pub max_classes: u16,
    pub clock_hz: u32,
    pub baud: u32,
    pub max_payload: u16,
    pub board: String,
}

impl DeviceInfo {
    pub fn to_bytes(&self) -> [u8; INFO_BYTES] {
        let mut b = [0u8; INFO_BYTES];
        b[0..4].copy_from_slice(&INFO_MAGIC);
        b[4] = self.protocol_version;
        b[5] = self.lanes;
        b[6] = self.max_layers;
        b[7] = if self.sbox_in_logic { INFO_FLAG_SBOX_LOGIC } else { 0 } | if self.bypass { INFO_FLAG_BYPASS } else { 0 } | self.lock_modes.flags();
        b[8..12].copy_from_slice(&self.weight_capacity.to_le_bytes());
        b[12..14].copy_from_slice(&self.slot_bytes.to_le_bytes());
        b[14..16].copy_from_slice(&self.max_classes.to_le_bytes());
        b[16..20].copy_from_slice(&self.clock_hz.to_le_bytes());
        b[20..24].copy_from_slice(&self.baud.to_le_bytes());
        b[24..26].copy_from_slice(&self.max_payload.to_le_bytes());
        let name = self.board.as_bytes();
        let n = name.len().min(BOARD_NAME_BYTES);
        b[26..26 + n].copy_from_slice(&name[..n]);
        b
    }

    pub fn parse(b: &[u8]) -> Result<Self, BlockError> {
        need("INFO", b, INFO_BYTES)?;
        if b[0..4] != INFO_MAGIC {
            return Err(BlockError::BadMagic);
        }
        let name = &b[26..26 + BOARD_NAME_BYTES];
        let name_len = name.iter().position(|&c| c == 0).unwrap_or(BOARD_NAME_BYTES);
        Ok(DeviceInfo {
            protocol_version: b[4],
            lanes: b[5],
            max_layers: b[6],
            sbox_in_logic: b[7] & INFO_FLAG_SBOX_LOGIC != 0,
            bypass: b[7] & INFO_FLAG_BYPASS != 0,
            lock_modes: LockModes::from_flags(b[7]),
            weight_capacity: u32_at(b, 8),
            slot_bytes: u16_at(b, 12),
            max_classes: u16_at(b, 14),
            clock_hz: u32_at(b, 16),
            baud: u32_at(b, 20),
            max_payload: u16_at(b, 24),
            board: String::from_utf8_lossy(&name[..name_len]).into_owned(),
        })
    }

    /// Bytes of this device's CONFIG block (with the lock section when it runs hardened mode).
    pub fn config_bytes(&self) -> usize {
        config_bytes(self.max_layers as usize, self.lock_modes.hardened)
    }
}

/// The STATUS block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoreStatus {
    pub key_loaded: bool,
    pub model_ready: bool,
    pub busy: bool,
    pub slot_done: [bool; SLOTS],
    /// The last error code (see `protocol::ErrorCode`), 0 if none.
    pub last_error: u8,
    pub runs: u32,
    /// Core clock cycles since reset: the device's own clock, for measuring board time.
    pub uptime_cycles: u64,
}

impl CoreStatus {
    pub fn parse(b: &[u8]) -> Result<Self, BlockError> {
        need("STATUS", b, STATUS_BYTES)?;
        let f = b[0];
        Ok(CoreStatus {
            key_loaded: f & STATUS_KEY_LOADED != 0,
            model_ready: f & STATUS_MODEL_READY != 0,
            busy: f & STATUS_BUSY != 0,
            slot_done: [0, 1].map(|s| f & (STATUS_SLOT0_DONE << s) != 0),
            last_error: b[1],
            runs: u32_at(b, 4),
            uptime_cycles: u64::from_le_bytes(b[8..16].try_into().unwrap()),
        })
    }
}

/// One layer's entry in the CONFIG block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayerConfig {
    pub inputs: u16,
    pub outputs: u16,
    /// Where the layer's input vector starts in the slot.
    pub input_offset: u16,
    /// Where the layer's output vector goes in the slot (unused for the last layer).
    pub output_offset: u16,
}

/// The CONFIG block: what the device needs to run a resident payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelConfig {
    pub payload_len: u32,
    pub payload_crc: u32,
    pub layers: Vec<LayerConfig>,
    /// The payload's lock mode and nonce (the lock section; not secret).
    pub lock_mode: LockMode,
}

/// Why a model cannot run on a device.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PlanError {
    #[error("the model has {layers} layers; this device runs at most {max}")]
    TooManyLayers { layers: usize, max: usize },
    #[error("layer {layer}: {inputs} inputs and {outputs} outputs need {need} bytes of activations; this device has {have}")]
    ActivationsTooBig { layer: usize, inputs: usize, outputs: usize, need: usize, have: usize },
    #[error("the model has {classes} outputs; this device returns at most {max}")]
    TooManyClasses { classes: usize, max: usize },
    #[error("the model's payload is {bytes} bytes; this device holds {capacity}")]
    PayloadTooBig { bytes: usize, capacity: usize },
    #[error("the model is locked in {mode} mode; this device runs {supported} mode")]
    LockModeUnsupported { mode: &'static str, supported: LockModes },
}

impl ModelConfig {
    /// Plans a configuration for dense layers `(inputs, outputs)` locked in `lock_mode` on a
    /// device (refused if the device lacks the mode): each layer's output goes to the end of the
    /// slot opposite its input, so the two never overlap.
    pub fn plan(dims: &[(usize, usize)], payload_crc: u32, lock_mode: LockMode, info: &DeviceInfo) -> Result<Self, PlanError> {
        if !info.lock_modes.runs(lock_mode) {
            return Err(PlanError::LockModeUnsupported { mode: lock_mode.name(), supported: info.lock_modes });
        }
        let slot = info.slot_bytes as usize;
        if dims.len() > info.max_layers as usize {
            return Err(PlanError::TooManyLayers { layers: dims.len(), max: info.max_layers as usize });
        }
        let classes = dims.last().map_or(0, |d| d.1);
        if classes > info.max_classes as usize {
            return Err(PlanError::TooManyClasses { classes, max: info.max_classes as usize });
        }
        let mut layers = Vec::with_capacity(dims.len());
        let mut payload_len = 0usize;
        let mut input_offset = 0usize;
        for (l, &(inputs, outputs)) in dims.iter().enumerate() {
            let last = l + 1 == dims.len();
            let (in_bytes, out_bytes) = (padded_inputs(inputs), if last { 0 } else { padded_inputs(outputs) });
            if in_bytes + out_bytes > slot {
                return Err(PlanError::ActivationsTooBig { layer: l, inputs, outputs, need: in_bytes + out_bytes, have: slot });
            }
            let output_offset = if last { 0 } else if input_offset == 0 { slot - out_bytes } else { 0 };
            layers.push(LayerConfig {
                inputs: inputs as u16,
                outputs: outputs as u16,
                input_offset: input_offset as u16,
                output_offset: output_offset as u16,
            });
            payload_len += outputs * int8_row_bytes(inputs);
            input_offset = output_offset;
        }
        if payload_len > info.weight_capacity as usize {
            return Err(PlanError::PayloadTooBig { bytes: payload_len, capacity: info.weight_capacity as usize });
        }
        Ok(ModelConfig { payload_len: payload_len as u32, payload_crc, layers, lock_mode })
    }

    /// The CONFIG block as written to a device of `max_layers` layers: the layer entries, zeros up
    /// to `max_layers` entries (a zero entry ends the table), then the lock section if the device
    /// has one (`lock_section`: it runs hardened mode).
    pub fn to_bytes(&self, max_layers: usize, lock_section: bool) -> Vec<u8> {
        let mut b = Vec::with_capacity(config_bytes(max_layers, lock_section));
        b.extend_from_slice(&self.payload_len.to_le_bytes());
        b.extend_from_slice(&self.payload_crc.to_le_bytes());
        for l in &self.layers {
            for field in [l.inputs, l.outputs, l.input_offset, l.output_offset] {
                b.extend_from_slice(&field.to_le_bytes());
            }
        }
        b.resize(config_bytes(max_layers.max(self.layers.len()), false), 0);
        if lock_section {
            let mut section = [0u8; CONFIG_LOCK_BYTES];
            section[0] = self.lock_mode.code();
            section[CONFIG_NONCE_OFFSET..].copy_from_slice(&self.lock_mode.nonce());
            b.extend_from_slice(&section);
        }
        b
    }

    /// The CONFIG block for `info`'s device.
    pub fn to_bytes_for(&self, info: &DeviceInfo) -> Vec<u8> {
        self.to_bytes(info.max_layers as usize, info.lock_modes.hardened)
    }
}

/// A RESULT block: the outcome of one inference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InferenceResult {
    pub argmax: u16,
    /// Core clock cycles from RUN to the last logit.
    pub cycles: u32,
    pub logits: Vec<i32>,
}

impl InferenceResult {
    pub fn parse(b: &[u8]) -> Result<Self, BlockError> {
        need("RESULT", b, RESULT_HEADER_BYTES)?;
        let classes = u16_at(b, 0) as usize;
        need("RESULT", b, RESULT_HEADER_BYTES + 4 * classes)?;
        Ok(InferenceResult {
            argmax: u16_at(b, 2),
            cycles: u32_at(b, 4),
            logits: (0..classes).map(|c| u32_at(b, RESULT_HEADER_BYTES + 4 * c) as i32).collect(),
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(RESULT_HEADER_BYTES + 4 * self.logits.len());
        b.extend_from_slice(&(self.logits.len() as u16).to_le_bytes());
        b.extend_from_slice(&self.argmax.to_le_bytes());
        b.extend_from_slice(&self.cycles.to_le_bytes());
        for l in &self.logits {
            b.extend_from_slice(&l.to_le_bytes());
        }
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cu_like() -> DeviceInfo {
        DeviceInfo {
            protocol_version: 1,
            lanes: crate::boards::ALCHITRY_CU.lanes as u8,
            max_layers: 4,
            sbox_in_logic: true,
            bypass: false,
            lock_modes: LockModes::PAPER_ONLY,
            weight_capacity: 13_312,
            slot_bytes: 1024,
            max_classes: 32,
            clock_hz: crate::boards::ALCHITRY_CU.clock_hz,
            baud: crate::boards::ALCHITRY_CU.baud,
            max_payload: 1024,
            board: crate::boards::ALCHITRY_CU.board.into(),
        }
    }

    #[test]
    fn info_round_trip() {
        let info = cu_like();
        assert_eq!(DeviceInfo::parse(&info.to_bytes()), Ok(info));
        assert_eq!(DeviceInfo::parse(&[0; 32]), Err(BlockError::BadMagic));
        assert!(matches!(DeviceInfo::parse(&[0; 5]), Err(BlockError::TooShort { .. })));
    }

    #[test]
    fn plan_for_mnist_models() {
        let info = cu_like();
        let cfg = ModelConfig::plan(&[(784, 16), (16, 10)], 0xabcd, LockMode::Paper, &info).unwrap();
        assert_eq!(cfg.payload_len, 12_912);
        assert_eq!(cfg.layers[0], LayerConfig { inputs: 784, outputs: 16, input_offset: 0, output_offset: 1008 });
        assert_eq!(cfg.layers[1], LayerConfig { inputs: 16, outputs: 10, input_offset: 1008, output_offset: 0 });
        let bytes = cfg.to_bytes_for(&info);
        assert_eq!(bytes.len(), 8 + 4 * 8);
        assert_eq!(bytes.len(), info.config_bytes());
        assert_eq!(&bytes[8..10], &784u16.to_le_bytes());

        let big = DeviceInfo { weight_capacity: 128 << 10, max_layers: 8, ..info.clone() };
        let cfg = ModelConfig::plan(&[(784, 128), (128, 64), (64, 10)], 0, LockMode::Paper, &big).unwrap();
        assert_eq!(cfg.layers[1].input_offset, 1024 - 128);
        assert_eq!(cfg.layers[1].output_offset, 0);
        assert_eq!(cfg.layers[2].input_offset, 0);
        assert!(matches!(ModelConfig::plan(&[(784, 128), (128, 64), (64, 10)], 0, LockMode::Paper, &info), Err(PlanError::PayloadTooBig { .. })));
        assert!(matches!(ModelConfig::plan(&[(1020, 16), (16, 10)], 0, LockMode::Paper, &info), Err(PlanError::ActivationsTooBig { .. })));
        assert!(matches!(ModelConfig::plan(&[(16, 100)], 0, LockMode::Paper, &info), Err(PlanError::TooManyClasses { .. })));
    }

    #[test]
    fn a_lock_mode_the_device_lacks_is_refused() {
        let info = cu_like();
        let hardened = LockMode::Hardened { nonce: [1; 12] };
        let err = ModelConfig::plan(&[(784, 16), (16, 10)], 0, hardened, &info).unwrap_err();
        assert_eq!(err.to_string(), "the model is locked in hardened mode; this device runs paper mode");
        // A paper-only build's INFO has both lock-mode bits clear, as builds before hardened mode.
        assert_eq!(info.to_bytes()[7] & (INFO_FLAG_HARDENED_MODE | INFO_FLAG_NO_PAPER_MODE), 0);
        for modes in [LockModes { paper: true, hardened: true }, LockModes { paper: false, hardened: true }] {
            let build = DeviceInfo { lock_modes: modes, ..info.clone() };
            assert_eq!(DeviceInfo::parse(&build.to_bytes()).unwrap().lock_modes, modes);
            assert!(ModelConfig::plan(&[(784, 16), (16, 10)], 0, hardened, &build).is_ok());
            assert_eq!(ModelConfig::plan(&[(784, 16), (16, 10)], 0, LockMode::Paper, &build).is_ok(), modes.paper);
        }
        assert_eq!(LockModes { paper: true, hardened: true }.to_string(), "paper and hardened");
    }

    #[test]
    fn a_hardened_build_gets_the_lock_section_after_the_layer_table() {
        let info = DeviceInfo { lock_modes: LockModes::BOTH, ..cu_like() };
        let nonce: [u8; 12] = std::array::from_fn(|i| 0xa0 + i as u8);
        let hardened = ModelConfig::plan(&[(784, 16), (16, 10)], 7, LockMode::Hardened { nonce }, &info).unwrap();
        let bytes = hardened.to_bytes_for(&info);
        assert_eq!(bytes.len(), 8 + 4 * 8 + 16);
        assert_eq!(bytes.len(), info.config_bytes());
        assert_eq!(bytes[40..44], [crate::lock::MODE_CODE_HARDENED, 0, 0, 0]);
        assert_eq!(bytes[44..], nonce);
        let paper = ModelConfig { lock_mode: LockMode::Paper, ..hardened };
        let bytes = paper.to_bytes_for(&info);
        assert_eq!(bytes[40..], [crate::lock::MODE_CODE_PAPER, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn result_round_trip() {
        let r = InferenceResult { argmax: 3, cycles: 3300, logits: vec![-5, 7, i32::MIN, i32::MAX] };
        assert_eq!(InferenceResult::parse(&r.to_bytes()), Ok(r));
        assert!(InferenceResult::parse(&[9, 0, 0, 0, 0, 0, 0, 0]).is_err());
    }
}
