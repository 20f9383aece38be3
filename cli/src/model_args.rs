//! Options shared by the commands that turn a float model into a device model.

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use deeplock::dataset::{LabeledImages, Split};
use deeplock::model::{FloatMlp, Int8Mlp};
use deeplock::quantize::{quantize, WeightScales};

use crate::dataset_args::DataDirArg;

/// Parameter precision of a device model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Quant {
    /// int8 weights, int32 biases, per-row requantization: what the accelerator runs.
    Int8,
    /// float32 parameters as trained (the paper's setting; CPU reference only).
    None,
}

/// How hidden-layer weights are scaled (the last layer is always per-tensor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ScalesArg {
    PerChannel,
    PerTensor,
}

impl From<ScalesArg> for WeightScales {
    fn from(s: ScalesArg) -> Self {
        match s {
            ScalesArg::PerChannel => WeightScales::PerChannel,
            ScalesArg::PerTensor => WeightScales::PerTensor,
        }
    }
}

/// Quantizes `model`, calibrating on the training split of `dataset`.
pub fn quantize_with(model: &FloatMlp, dataset: Option<&str>, data: &DataDirArg, scales: ScalesArg) -> Result<Int8Mlp> {
    let Some(dataset) = dataset else {
        bail!("int8 quantization needs calibration images: add --dataset mnist|fashion|DIR (its training split is used)");
    };
    let calibration: LabeledImages = data.load(dataset, Split::Train)?;
    quantize(model, &calibration, scales.into()).with_context(|| format!("quantizing with calibration data {dataset}"))
}
