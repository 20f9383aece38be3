//! Driving an accelerator core through its memory map (docs/protocol.md §1), for front ends
//! that expose the map itself rather than frames: a PCIe BAR, or a simulation of the core.
//! The sequence — key, weights, CONFIG, commit, input, RUN, RESULT — is the same one the UART
//! front end performs in hardware on behalf of `board::Board`.

use crate::format::{Activation, LockedModel, CRC32};
use crate::key::MasterKey;
use crate::layout::{padded_inputs, Precision};
use crate::memory_map::{
    self as map, BlockError, CoreStatus, DeviceInfo, InferenceResult, ModelConfig, PlanError, INFO_BYTES, RESULT_HEADER_BYTES,
    SLOTS, SLOT_STRIDE, STATUS_BYTES,
};
use crate::protocol::ErrorCode;

/// The core's two byte channels, and a way to let it work.
pub trait CoreBus {
    /// Writes one byte; returns the core's status for it (0, or the refusing error code).
    fn write(&mut self, address: u32, data: u8) -> u8;
    /// Reads one byte.
    fn read(&mut self, address: u32) -> u8;
    /// Lets the core run until it is no longer busy; `false` if it did not stop in time.
    fn wait_idle(&mut self) -> bool;
}

/// Why a memory-mapped operation failed.
#[derive(Debug, thiserror::Error)]
pub enum MappedError {
    #[error("the core refused {what}: {} ({})", code.name(), code.describe())]
    Refused { what: &'static str, code: ErrorCode },
    #[error("the core refused {what} with unknown code {code:#04x}")]
    UnknownCode { what: &'static str, code: u8 },
    #[error("the core stayed busy")]
    Stuck,
    #[error(transparent)]
    Block(#[from] BlockError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error("this model cannot run on the accelerator: {0}")]
    Unsuitable(String),
    #[error("input has {got} values; the loaded model takes {expected}")]
    InputSize { got: usize, expected: usize },
}

fn refused(what: &'static str, code: u8) -> Result<(), MappedError> {
    match ErrorCode::from_code(code) {
        Some(ErrorCode::Ok) => Ok(()),
        Some(code) => Err(MappedError::Refused { what, code }),
        None => Err(MappedError::UnknownCode { what, code }),
    }
}

/// The layer sizes of an int8 model the accelerator can run, or why it cannot.
pub fn device_dims(model: &LockedModel) -> Result<Vec<(usize, usize)>, String> {
    let header = &model.header;
    if header.precision != Precision::Int8 {
        return Err("the accelerator runs int8 models; lock it with --quant int8".into());
    }
    let last = header.layers.len() - 1;
    for (i, layer) in header.layers.iter().enumerate() {
        let expected = if i == last { Activation::None } else { Activation::Relu };
        if layer.activation != expected {
            return Err(format!("layer {i} must use {expected:?} (hidden layers ReLU, the last none)"));
        }
    }
    Ok(header.layers.iter().map(|l| (l.in_features as usize, l.out_features as usize)).collect())
}

/// A core reached through its memory map.
pub struct MappedCore<B: CoreBus> {
    bus: B,
    /// What this core is, for reports ("sim", "pcie", …).
    name: &'static str,
    info: DeviceInfo,
    inputs: Option<usize>,
    next_slot: usize,
}

impl<B: CoreBus> MappedCore<B> {
    /// Identifies the core (INFO); `name` is what evaluation reports call it.
    pub fn connect(mut bus: B, name: &'static str) -> Result<Self, MappedError> {
        let bytes: Vec<u8> = (0..INFO_BYTES as u32).map(|i| bus.read(map::INFO_BASE + i)).collect();
        let info = DeviceInfo::parse(&bytes)?;
        Ok(MappedCore { bus, name, info, inputs: None, next_slot: 0 })
    }

    pub fn info(&self) -> &DeviceInfo {
        &self.info
    }

    /// What this core is, for reports.
    pub fn name(&self) -> &'static str {
        self.name
    }

    pub fn bus(&mut self) -> &mut B {
        &mut self.bus
    }

    /// Writes `bytes` from `address`; the first refusal ends it.
    fn write_block(&mut self, what: &'static str, address: u32, bytes: &[u8]) -> Result<(), MappedError> {
        for (i, &b) in bytes.iter().enumerate() {
            refused(what, self.bus.write(address + i as u32, b))?;
        }
        Ok(())
    }

    fn read_block(&mut self, address: u32, len: usize) -> Vec<u8> {
        (0..len as u32).map(|i| self.bus.read(address + i)).collect()
    }

    pub fn status(&mut self) -> Result<CoreStatus, MappedError> {
        Ok(CoreStatus::parse(&self.read_block(map::STATUS_BASE, STATUS_BYTES))?)
    }

    /// Replaces the core's key (clear, then the 16 bytes and the commit).
    pub fn load_key(&mut self, key: &MasterKey) -> Result<(), MappedError> {
        self.clear_key()?;
        self.write_block("the key", map::KEY_BASE, key.bytes())?;
        refused("the key", self.bus.write(map::KEY_COMMIT, 0))?;
        // The commit settles over a few clocks (the core is busy meanwhile): read it back.
        if !self.bus.wait_idle() {
            return Err(MappedError::Stuck);
        }
        match self.status()? {
            s if s.key_loaded => Ok(()),
            s => refused("the key", s.last_error.max(ErrorCode::BadLength as u8)),
        }
    }

    pub fn clear_key(&mut self) -> Result<(), MappedError> {
        refused("clearing the key", self.bus.write(map::KEY_CLEAR, 0))?;
        if !self.bus.wait_idle() {
            return Err(MappedError::Stuck);
        }
        Ok(())
    }

    /// Uploads a locked int8 model and has the core check it against its CRC.
    pub fn load_model(&mut self, model: &LockedModel) -> Result<(), MappedError> {
        let dims = device_dims(model).map_err(MappedError::Unsuitable)?;
        let config = ModelConfig::plan(&dims, CRC32.checksum(&model.payload), model.header.lock_mode, &self.info)?;
        self.inputs = None;
        self.write_block("the weights", map::WEIGHTS_BASE, &model.payload)?;
        self.write_block("the configuration", map::CONFIG_BASE, &config.to_bytes_for(&self.info))?;
        refused("the configuration", self.bus.write(map::CONFIG_COMMIT, 0))?;
        if !self.bus.wait_idle() {
            return Err(MappedError::Stuck);
        }
        let status = self.status()?;
        if !status.model_ready {
            return refused("the model", status.last_error);
        }
        self.inputs = Some(dims[0].0);
        Ok(())
    }

    /// One inference on the next input slot.
    pub fn run(&mut self, input: &[u8]) -> Result<InferenceResult, MappedError> {
        if let Some(expected) = self.inputs.filter(|&e| e != input.len()) {
            return Err(MappedError::InputSize { got: input.len(), expected });
        }
        let slot = self.next_slot;
        self.next_slot = (slot + 1) % SLOTS;
        let mut padded = input.to_vec();
        padded.resize(padded_inputs(input.len()), 0);
        self.write_block("the input", map::INPUT_BASE + slot as u32 * SLOT_STRIDE, &padded)?;
        refused("RUN", self.bus.write(map::RUN, slot as u8))?;
        if !self.bus.wait_idle() {
            return Err(MappedError::Stuck);
        }
        let base = map::RESULT_BASE + slot as u32 * SLOT_STRIDE;
        let header = self.read_block(base, RESULT_HEADER_BYTES);
        let classes = u16::from_le_bytes([header[0], header[1]]) as usize;
        Ok(InferenceResult::parse(&self.read_block(base, RESULT_HEADER_BYTES + 4 * classes))?)
    }
}
