//! `eval --backend cpu`: the software reference, the bit-exact int8 golden model or float32.

use anyhow::{bail, Context, Result};
use deeplock::eval::{cpu_classifier, evaluate, Classifier, CpuFloat, CpuInt8};
use deeplock::format::LockedModel;
use deeplock::infer::UnlockedModel;
use deeplock::layout::Precision;
use deeplock::safetensors;
use serde_json::Map;

use super::{Job, Outcome};
use crate::dataset_args::DataDirArg;
use crate::device_model::{check_key, is_locked_model, key_check_name};
use crate::model_args::{quantize_with, Quant, ScalesArg};

/// How a float model is run on the CPU.
pub struct FloatOptions<'a> {
    pub quant: Quant,
    pub weight_scales: ScalesArg,
    pub data_dir: &'a DataDirArg,
}

pub fn eval(job: &Job, float: &FloatOptions, progress: &mut dyn FnMut(usize, usize)) -> Result<Outcome> {
    let Some(path) = job.model else {
        bail!("--model is required: which model should the cpu backend run? (a board runs its own with --port)");
    };
    let (data, name) = job.data()?;
    let (mut classifier, precision, key_check) = if is_locked_model(path)? {
        if float.quant != Quant::None {
            bail!("--quant applies to .safetensors models; a .dlk model's precision was fixed when it was locked");
        }
        let key = job.key.context("a locked model needs its key")?;
        let locked = LockedModel::read_file(path).with_context(|| format!("{}", path.display()))?;
        let matches = check_key(&locked, key, job.skip_key_check, path)?;
        let model = UnlockedModel::unlock(&locked, key).with_context(|| format!("{}", path.display()))?;
        let precision = match locked.header.precision {
            Precision::Int8 => "int8",
            Precision::Float32 => "float32",
        };
        (cpu_classifier(model), precision, key_check_name(matches))
    } else {
        let model = safetensors::read_file(path).with_context(|| format!("{}", path.display()))?;
        match float.quant {
            Quant::None => (Box::new(CpuFloat(model)) as Box<dyn Classifier>, "float32", "none"),
            Quant::Int8 => {
                let q = quantize_with(&model, Some(job.dataset), float.data_dir, float.weight_scales)?;
                (Box::new(CpuInt8(q)) as Box<dyn Classifier>, "int8", "none")
            }
        }
    };
    let report = evaluate(classifier.as_mut(), &name, job.split, &data, job.limit, progress)?;
    Ok(Outcome { report, precision, key_check, figures: Map::new(), figures_text: None })
}
