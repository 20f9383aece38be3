//! `eval`: a model's accuracy on a data set split, on a chosen backend.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use deeplock::dataset::Split;
use deeplock::eval::{cpu_classifier, evaluate, Classifier, CpuFloat, CpuInt8};
use deeplock::format::{LockedModel, MAGIC};
use deeplock::infer::UnlockedModel;
use deeplock::layout::Precision;
use deeplock::model::safetensors;

use crate::dataset_args::{display_name, DataDirArg};
use crate::key_args::KeyArgs;
use crate::model_args::{quantize_with, Quant, ScalesArg};
use crate::progress;

/// Where inference runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Backend {
    /// The software reference: the bit-exact int8 golden model, or float32.
    Cpu,
}

/// Which split to evaluate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SplitArg {
    Train,
    Test,
}

/// Measure a model's accuracy on a data set.
///
/// A locked model (.dlk) is unlocked with the key and run as the device would run it; a key that
/// fails the model's key check is refused unless --skip-key-check (to measure what a wrong key
/// gives). A float model (.safetensors) runs in float32, or quantized to int8 with --quant int8.
#[derive(Args)]
pub struct EvalArgs {
    /// The model: a locked .dlk file or a float .safetensors file.
    #[arg(long, value_name = "FILE")]
    model: PathBuf,
    #[command(flatten)]
    key: KeyArgs,
    /// mnist, fashion, or a directory of MNIST-format IDX files.
    #[arg(long, value_name = "NAME|DIR")]
    dataset: String,
    #[command(flatten)]
    data: DataDirArg,
    #[arg(long, value_enum, default_value = "test")]
    split: SplitArg,
    /// Evaluate only the first N images of the split.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Where inference runs.
    #[arg(long, value_enum, default_value = "cpu")]
    backend: Backend,
    /// Run a locked model even if the key fails its key check.
    #[arg(long)]
    skip_key_check: bool,
    /// For a .safetensors model: evaluate it as float32 (none) or quantized to int8, calibrated
    /// on the training split of --dataset.
    #[arg(long, value_enum, default_value = "none")]
    quant: Quant,
    /// Weight scales of the hidden layers when quantizing (--quant int8).
    #[arg(long, value_enum, default_value = "per-channel")]
    weight_scales: ScalesArg,
    /// Print one JSON object instead of a line of text.
    #[arg(long)]
    json: bool,
    /// Also write the predicted class of every image, one per line ("none" for no prediction).
    #[arg(long, value_name = "FILE")]
    predictions: Option<PathBuf>,
}

/// What kind of model file, by its first bytes.
fn is_locked_model(path: &Path) -> Result<bool> {
    let mut head = [0u8; MAGIC.len()];
    let mut file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let n = std::io::Read::read(&mut file, &mut head)?;
    Ok(n == MAGIC.len() && head == MAGIC)
}

pub fn eval(args: EvalArgs) -> Result<()> {
    let split = match args.split {
        SplitArg::Train => Split::Train,
        SplitArg::Test => Split::Test,
    };
    let data = args.data.load(&args.dataset, split)?;
    let (mut classifier, precision, key_check) = if is_locked_model(&args.model)? {
        if args.quant != Quant::None {
            bail!("--quant applies to .safetensors models; a .dlk model's precision was fixed when it was locked");
        }
        let locked = LockedModel::read_file(&args.model).with_context(|| format!("{}", args.model.display()))?;
        let key = args.key.load()?;
        let matches = locked.header.key_matches(&key);
        if !matches && !args.skip_key_check {
            bail!("the key does not match {} (key check failed); use the key it was locked with, or --skip-key-check to measure a wrong key", args.model.display());
        }
        let model = UnlockedModel::unlock(&locked, &key).with_context(|| format!("{}", args.model.display()))?;
        let precision = match locked.header.precision {
            Precision::Int8 => "int8",
            Precision::Float32 => "float32",
        };
        (backend(args.backend, model), precision, if matches { "passed" } else { "failed" })
    } else {
        if args.key.key_file.is_some() || args.key.key.is_some() {
            bail!("{} is not a locked model, so it takes no key; drop --key-file", args.model.display());
        }
        let model = safetensors::read_file(&args.model).with_context(|| format!("{}", args.model.display()))?;
        match args.quant {
            Quant::None => (Box::new(CpuFloat(model)) as Box<dyn Classifier>, "float32", "none"),
            Quant::Int8 => {
                let q = quantize_with(&model, Some(&args.dataset), &args.data, args.weight_scales)?;
                (Box::new(CpuInt8(q)) as Box<dyn Classifier>, "int8", "none")
            }
        }
    };

    let bar = progress::bar(0, "eval");
    let name = display_name(&args.dataset);
    let report = evaluate(classifier.as_mut(), &name, split, &data, args.limit, &mut |done, total| {
        if done == 1 {
            bar.set_length(total as u64);
        }
        bar.set_position(done as u64);
    })?;
    bar.finish_and_clear();

    if let Some(path) = &args.predictions {
        let text: String = report.predictions.iter().map(|p| p.map_or("none\n".to_string(), |c| format!("{c}\n"))).collect();
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        let mut json = serde_json::to_value(&report)?;
        json["model"] = args.model.display().to_string().into();
        json["precision"] = precision.into();
        json["key_check"] = key_check.into();
        writeln!(out, "{json}")?;
    } else {
        let invalid = if report.no_prediction > 0 { format!(", {} with NaN/Inf logits", report.no_prediction) } else { String::new() };
        writeln!(
            out,
            "{}: {precision} on {}, {}/{}: {}/{} correct{invalid}, accuracy {:.2}% ({:.2} s)",
            args.model.display(),
            report.backend,
            report.dataset,
            report.split,
            report.correct,
            report.samples,
            100.0 * report.accuracy,
            report.seconds
        )?;
    }
    Ok(())
}

/// The classifier for an unlocked model on the chosen backend. New backends (an RTL simulation,
/// a board) plug in here as `deeplock::eval::InferenceBackend` implementations.
fn backend(kind: Backend, model: UnlockedModel) -> Box<dyn Classifier> {
    match kind {
        Backend::Cpu => cpu_classifier(model),
    }
}
