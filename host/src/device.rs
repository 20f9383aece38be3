//! One abstraction of an accelerator, whatever the link: [`Device`]. The UART frame driver
//! ([`crate::board::Board`]) and the memory-mapped driver ([`crate::mapped::MappedCore`]: a
//! simulated core today, a PCIe BAR next) both implement it, so evaluation, the CLI and embedded
//! hosts are written once against it.
//!
//! [`DeviceBackend`] is the one evaluation adapter over any device: an [`InferenceBackend`]
//! for one input at a time, and [`DeviceBackend::evaluate`] for a whole split through
//! [`Device::run_batch`] (pipelined on the UART), adding up the device's compute cycles.
//! `eval --backend board` and `eval --backend sim` both run through it.

use std::time::Instant;

use crate::board::{Board, BoardError};
use crate::dataset::{LabeledImages, Split};
use crate::eval::{BackendError, EvalReport, InferenceBackend};
use crate::format::LockedModel;
use crate::key::MasterKey;
use crate::mapped::{CoreBus, MappedCore, MappedError};
use crate::memory_map::{CoreStatus, DeviceInfo, InferenceResult};
use crate::transport::Transport;

/// Why a device operation failed: the driver's own error, kept whole.
#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    #[error(transparent)]
    Board(#[from] BoardError),
    #[error(transparent)]
    Mapped(#[from] MappedError),
}

/// An accelerator the host drives: key, model, runs, state.
pub trait Device {
    /// What it is, for reports ("board", "sim", "pcie").
    fn name(&self) -> &str;
    /// The INFO block read when the driver connected.
    fn info(&self) -> &DeviceInfo;
    /// The core's STATUS block.
    fn status(&mut self) -> Result<CoreStatus, DeviceError>;
    /// Replaces whatever key the device holds with `key` (write-only: it never comes back).
    fn load_key(&mut self, key: &MasterKey) -> Result<(), DeviceError>;
    fn clear_key(&mut self) -> Result<(), DeviceError>;
    /// Uploads a locked int8 model and has the device check it; `progress(sent, total)` after
    /// every piece.
    fn load_model(&mut self, model: &LockedModel, progress: &mut dyn FnMut(u64, u64)) -> Result<(), DeviceError>;
    /// One inference.
    fn run(&mut self, input: &[u8]) -> Result<InferenceResult, DeviceError>;
    /// Inferences on many inputs, `on_result(index, result)` for each; a driver overlaps them
    /// where its link allows (the UART keeps two in flight).
    fn run_batch(&mut self, inputs: &mut dyn Iterator<Item = &[u8]>, on_result: &mut dyn FnMut(usize, InferenceResult)) -> Result<(), DeviceError> {
        for (i, input) in inputs.enumerate() {
            on_result(i, self.run(input)?);
        }
        Ok(())
    }
}

impl<T: Transport> Device for Board<T> {
    fn name(&self) -> &str {
        "board"
    }
    fn info(&self) -> &DeviceInfo {
        Board::info(self)
    }
    fn status(&mut self) -> Result<CoreStatus, DeviceError> {
        Ok(Board::status(self)?.core)
    }
    fn load_key(&mut self, key: &MasterKey) -> Result<(), DeviceError> {
        Ok(Board::load_key(self, key)?)
    }
    fn clear_key(&mut self) -> Result<(), DeviceError> {
        Ok(Board::clear_key(self)?)
    }
    fn load_model(&mut self, model: &LockedModel, progress: &mut dyn FnMut(u64, u64)) -> Result<(), DeviceError> {
        Ok(Board::load_model(self, model, progress)?)
    }
    fn run(&mut self, input: &[u8]) -> Result<InferenceResult, DeviceError> {
        Ok(Board::run(self, input)?)
    }
    fn run_batch(&mut self, inputs: &mut dyn Iterator<Item = &[u8]>, on_result: &mut dyn FnMut(usize, InferenceResult)) -> Result<(), DeviceError> {
        Ok(Board::run_batch(self, inputs, on_result)?)
    }
}

impl<B: CoreBus> Device for MappedCore<B> {
    fn name(&self) -> &str {
        MappedCore::name(self)
    }
    fn info(&self) -> &DeviceInfo {
        MappedCore::info(self)
    }
    fn status(&mut self) -> Result<CoreStatus, DeviceError> {
        Ok(MappedCore::status(self)?)
    }
    fn load_key(&mut self, key: &MasterKey) -> Result<(), DeviceError> {
        Ok(MappedCore::load_key(self, key)?)
    }
    fn clear_key(&mut self) -> Result<(), DeviceError> {
        Ok(MappedCore::clear_key(self)?)
    }
    fn load_model(&mut self, model: &LockedModel, progress: &mut dyn FnMut(u64, u64)) -> Result<(), DeviceError> {
        MappedCore::load_model(self, model)?;
        let total = model.payload.len() as u64;
        progress(total, total);
        Ok(())
    }
    fn run(&mut self, input: &[u8]) -> Result<InferenceResult, DeviceError> {
        Ok(MappedCore::run(self, input)?)
    }
}

/// Any [`Device`] as an evaluation backend, adding up the compute cycles the device reports
/// (board time, for throughput figures).
pub struct DeviceBackend<'a> {
    pub device: &'a mut dyn Device,
    /// Sum of `InferenceResult::cycles` over the inferences run so far.
    pub compute_cycles: u64,
}

impl<'a> DeviceBackend<'a> {
    pub fn new(device: &'a mut dyn Device) -> Self {
        DeviceBackend { device, compute_cycles: 0 }
    }

    /// Runs the first `limit` images (all when `None`) of `data`, the `split` of `dataset`,
    /// through [`Device::run_batch`] (pipelined where the link allows), taking each prediction
    /// from the device's argmax; `progress(done, total)` after each result. The report's
    /// backend is the device's name.
    pub fn evaluate(
        &mut self,
        dataset: &str,
        split: Split,
        data: &LabeledImages,
        limit: Option<usize>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<EvalReport, DeviceError> {
        let samples = limit.map_or(data.len(), |l| l.min(data.len()));
        let start = Instant::now();
        let mut predictions = vec![None; samples];
        let mut cycles = 0u64;
        let mut done = 0;
        self.device.run_batch(&mut (0..samples).map(|i| data.image(i)), &mut |i, result| {
            predictions[i] = Some(result.argmax as usize);
            cycles += u64::from(result.cycles);
            done += 1;
            progress(done, samples);
        })?;
        self.compute_cycles += cycles;
        Ok(EvalReport::from_predictions(self.device.name(), dataset, split, &data.labels, predictions, start.elapsed().as_secs_f64()))
    }
}

impl InferenceBackend for DeviceBackend<'_> {
    fn name(&self) -> &str {
        self.device.name()
    }

    fn infer(&mut self, input: &[u8]) -> Result<Vec<i32>, BackendError> {
        let result = self.device.run(input).map_err(|e| BackendError::Other(Box::new(e)))?;
        self.compute_cycles += u64::from(result.cycles);
        Ok(result.logits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{Activation, LockMode};
    use crate::layout::{Precision, RowHeader};
    use crate::model::{Int8Layer, Int8Mlp};
    use crate::memory_map::{self as map, STATUS_BYTES};

    /// A core model in plain Rust, just enough of the memory map to take a key and echo: it
    /// answers RUN with zero logits, so the adapter's bookkeeping can be checked.
    struct Stub {
        info: DeviceInfo,
        runs: u32,
    }

    impl CoreBus for Stub {
        fn write(&mut self, address: u32, _data: u8) -> u8 {
            if address == map::RUN {
                self.runs += 1;
            }
            0
        }
        fn read(&mut self, address: u32) -> u8 {
            let info = self.info.to_bytes();
            match address {
                a if (map::INFO_BASE..map::INFO_BASE + info.len() as u32).contains(&a) => info[(a - map::INFO_BASE) as usize],
                // STATUS: a key is loaded and a model is ready.
                a if a == map::STATUS_BASE => map::STATUS_KEY_LOADED | map::STATUS_MODEL_READY,
                a if (map::STATUS_BASE..map::STATUS_BASE + STATUS_BYTES as u32).contains(&a) => 0,
                // RESULT of any slot: two classes, logits 0, argmax 0, `runs` cycles.
                a if a >= map::RESULT_BASE => match (a - map::RESULT_BASE) % map::SLOT_STRIDE {
                    0 => 2,
                    4 => self.runs as u8,
                    _ => 0,
                },
                _ => 0,
            }
        }
        fn wait_idle(&mut self) -> bool {
            true
        }
    }

    fn stub_info() -> DeviceInfo {
        DeviceInfo {
            protocol_version: crate::protocol::PROTOCOL_VERSION,
            lanes: 2,
            max_layers: 4,
            sbox_in_logic: true,
            bypass: false,
            lock_modes: crate::memory_map::LockModes { paper: false, hardened: true },
            weight_capacity: 4096,
            slot_bytes: 1024,
            max_classes: 62,
            clock_hz: crate::boards::ALCHITRY_CU.clock_hz,
            baud: crate::boards::ALCHITRY_CU.baud,
            max_payload: 1024,
            board: "stub".into(),
        }
    }

    #[test]
    fn a_mapped_core_is_a_device_and_a_backend() {
        let mut core = MappedCore::connect(Stub { info: stub_info(), runs: 0 }, "stub").unwrap();
        let device: &mut dyn Device = &mut core;
        assert_eq!(device.name(), "stub");
        assert_eq!(device.info().lanes, 2);
        assert!(device.status().unwrap().key_loaded);
        let key = MasterKey::from_bytes([7; 16]);
        let model = Int8Mlp {
            layers: vec![Int8Layer {
                in_features: 8,
                out_features: 2,
                headers: vec![RowHeader { bias: 0, multiplier: 0, shift: 0 }; 2],
                weights: vec![0; 16],
                output_scale: 1.0,
            }],
        };
        let locked = LockedModel::lock(Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
        assert_eq!(locked.header.layers[0].activation, Activation::None);
        // A stub that runs hardened mode only refuses a paper-mode model before it sends a byte.
        let paper = LockedModel::lock_with(LockMode::Paper, Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
        let refusal = device.load_model(&paper, &mut |_, _| panic!("nothing may be sent")).unwrap_err().to_string();
        assert!(refusal.contains("locked in paper mode; this device runs hardened mode"), "{refusal}");
        let mut seen = Vec::new();
        device.load_model(&locked, &mut |sent, total| seen.push((sent, total))).unwrap();
        assert_eq!(seen.last(), Some(&(locked.payload.len() as u64, locked.payload.len() as u64)));

        let mut backend = DeviceBackend::new(device);
        assert_eq!(backend.name(), "stub");
        assert_eq!(backend.infer(&[0; 8]).unwrap(), vec![0, 0]);
        assert_eq!(backend.infer(&[0; 8]).unwrap(), vec![0, 0]);
        // The stub reports `runs` as each result's cycle count: 1, then 2.
        assert_eq!(backend.compute_cycles, 3);
        assert!(matches!(backend.infer(&[0; 3]), Err(BackendError::Other(_))), "a wrong input size is the device's error");
    }

    #[test]
    fn a_device_backend_evaluates_a_split_through_run_batch() {
        let mut core = MappedCore::connect(Stub { info: stub_info(), runs: 0 }, "stub").unwrap();
        let data = LabeledImages { rows: 2, cols: 4, pixels: vec![0; 24], labels: vec![0, 1, 0] };
        let mut backend = DeviceBackend::new(&mut core);
        let mut calls = Vec::new();
        let report = backend.evaluate("toy", Split::Test, &data, Some(2), &mut |done, total| calls.push((done, total))).unwrap();
        assert_eq!((report.backend.as_str(), report.samples, report.correct), ("stub", 2, 1));
        assert_eq!(report.predictions, vec![Some(0), Some(0)], "the device's argmax");
        assert_eq!(calls, vec![(1, 2), (2, 2)]);
        assert_eq!(backend.compute_cycles, 3, "cycles 1 and 2, as the stub counts them");
        drop(backend);
        assert_eq!(core.bus().runs, 2, "one RUN per image, no more");
    }
}
