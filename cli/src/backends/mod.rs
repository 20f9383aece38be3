//! Where `eval` runs a model, one module per backend: `cpu` (the software reference), `board`
//! (a board on a serial port) and `sim` (the Verilated core in this process). Board and sim are
//! both a `deeplock::device::Device` evaluated through `DeviceBackend`. Backends take the key
//! already resolved by the command; they never read key arguments themselves.

pub mod board;
pub mod cpu;
pub mod sim;

use std::path::Path;

use anyhow::Result;
use deeplock::dataset::{LabeledImages, Split};
use deeplock::eval::EvalReport;
use deeplock::MasterKey;
use serde_json::{Map, Value};

use crate::dataset_args::{display_name, DataDirArg};

/// What a backend needs to run an evaluation.
pub struct Job<'a> {
    /// The model file, if one was given.
    pub model: Option<&'a Path>,
    /// The key, resolved once by the command: present exactly when `model` is a locked model.
    pub key: Option<&'a MasterKey>,
    pub skip_key_check: bool,
    pub dataset: &'a str,
    pub data_dir: &'a DataDirArg,
    pub split: Split,
    pub limit: Option<usize>,
}

impl Job<'_> {
    /// The split's images and the name reports use.
    pub fn data(&self) -> Result<(LabeledImages, String)> {
        Ok((self.data_dir.load(self.dataset, self.split)?, display_name(self.dataset)))
    }
}

/// What a backend measured, ready to print.
pub struct Outcome {
    pub report: EvalReport,
    pub precision: &'static str,
    /// "passed", "failed", "none" (a float model takes no key) or "unknown" (a board's model
    /// loaded earlier).
    pub key_check: &'static str,
    /// Backend-specific figures, added to the JSON object.
    pub figures: Map<String, Value>,
    /// The same figures as a line of text.
    pub figures_text: Option<String>,
}

/// The board-time figures every device backend reports, as JSON fields and a line of text.
pub fn board_time_figures(samples: usize, compute_cycles: u64, board_cycles: u64, clock_hz: u32) -> (Map<String, Value>, String) {
    let per_inference = if samples == 0 { 0.0 } else { compute_cycles as f64 / samples as f64 };
    let seconds = if clock_hz == 0 { 0.0 } else { board_cycles as f64 / clock_hz as f64 };
    let rate = if seconds > 0.0 { samples as f64 / seconds } else { 0.0 };
    let mut json = Map::new();
    json.insert("clock_hz".into(), clock_hz.into());
    json.insert("cycles_per_inference".into(), per_inference.into());
    json.insert("board_cycles".into(), board_cycles.into());
    json.insert("board_seconds".into(), seconds.into());
    json.insert("inferences_per_second".into(), rate.into());
    let text = format!(
        "board time: {per_inference:.0} cycles per inference; {board_cycles} cycles = {seconds:.4} s at {:.1} MHz for {samples} images: {rate:.0} inferences/s",
        clock_hz as f64 / 1e6
    );
    (json, text)
}
