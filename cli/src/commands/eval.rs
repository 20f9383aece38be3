//! `eval`: a model's accuracy on a data set split, on a chosen backend.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use deeplock::dataset::{LabeledImages, Split};
use deeplock::eval::{cpu_classifier, evaluate, Classifier, CpuFloat, CpuInt8, EvalReport};
use deeplock::format::LockedModel;
use deeplock::infer::UnlockedModel;
use deeplock::layout::Precision;
use deeplock::safetensors;
use serde_json::{Map, Value};

use crate::dataset_args::{display_name, DataDirArg};
use crate::device_model::is_locked_model;
use crate::key_args::KeyArgs;
use crate::model_args::{quantize_with, Quant, ScalesArg};
use crate::port_args::PortArgs;
use crate::progress;

/// Where inference runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Backend {
    /// The software reference: the bit-exact int8 golden model, or float32.
    Cpu,
    /// The Verilated accelerator RTL in this process (a build with the `sim` feature).
    Sim,
    /// A board (or virtual board) on --port, with the model it holds or the one --model loads.
    Board,
}

/// A simulated accelerator build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SimConfigArg {
    /// The Alchitry Cu bitstream's core: 4 lanes, 13 KiB of weights, 60 MHz.
    AlchitryCu,
    /// 8 lanes and 128 KiB of weights for larger models (simulation only).
    SimLarge,
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
///
/// Backends: cpu (the reference), sim (the accelerator's RTL, simulated cycle by cycle) and board
/// (a board on --port). sim and board report board time too: cycles_per_inference (RUN to the
/// last logit), board_cycles and board_seconds (the whole evaluation at the device's clock; for
/// sim the simulated cycles, for a board its STATUS uptime counter) and inferences_per_second in
/// board time. A board also reports link_utilization: the bytes the host sent (images and
/// framing, resends included) divided by what the UART carries in that board time, baud/10 per
/// second; link_utilization_from_device is the same for the results coming back.
#[derive(Args)]
#[command(after_help = "Examples:
  deeplock eval --model m.dlk --key-file m.key --dataset mnist
  deeplock eval --backend sim --model m.dlk --key-file m.key --dataset mnist --limit 200 --json
  deeplock --port /dev/ttyUSB1 eval --dataset mnist          (the model already on the board)
  deeplock --port /dev/ttyUSB1 eval --model m.dlk --key-file m.key --dataset mnist")]
pub struct EvalArgs {
    #[command(flatten)]
    port: PortArgs,
    /// The model: a locked .dlk file or a float .safetensors file. On a board: load this model
    /// (with its key) first; without it the board runs the model it holds.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
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
    /// Where inference runs [default: board when --port or DEEPLOCK_PORT is set, else cpu].
    #[arg(long, value_enum)]
    backend: Option<Backend>,
    /// The accelerator build to simulate (--backend sim).
    #[arg(long, value_enum, default_value = "alchitry-cu")]
    sim_config: SimConfigArg,
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

/// What a device backend needs to run an evaluation.
pub struct Job<'a> {
    pub model: Option<&'a std::path::Path>,
    pub key: &'a KeyArgs,
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

pub fn eval(args: EvalArgs, port: &PortArgs) -> Result<()> {
    let port = &args.port.or(port);
    let split = match args.split {
        SplitArg::Train => Split::Train,
        SplitArg::Test => Split::Test,
    };
    let backend = args.backend.unwrap_or(if port.port.is_some() { Backend::Board } else { Backend::Cpu });
    if backend != Backend::Cpu && args.quant != Quant::None {
        bail!("--quant applies to the cpu backend; a device runs a model locked with --quant int8");
    }
    let job = Job {
        model: args.model.as_deref(),
        key: &args.key,
        skip_key_check: args.skip_key_check,
        dataset: &args.dataset,
        data_dir: &args.data,
        split,
        limit: args.limit,
    };
    let bar = progress::bar(0, "eval");
    let mut on_progress = |done: usize, total: usize| {
        if done == 1 {
            bar.set_length(total as u64);
        }
        bar.set_position(done as u64);
    };
    let outcome = match backend {
        Backend::Cpu => cpu(&args, &job, &mut on_progress)?,
        Backend::Sim => crate::sim::eval(&job, args.sim_config, &mut on_progress)?,
        Backend::Board => super::board::eval(port, &job, &mut on_progress)?,
    };
    bar.finish_and_clear();
    print(&args, outcome)
}

/// The software reference.
fn cpu(args: &EvalArgs, job: &Job, progress: &mut dyn FnMut(usize, usize)) -> Result<Outcome> {
    let Some(path) = job.model else {
        bail!("--model is required: which model should the cpu backend run? (a board runs its own with --port)");
    };
    let (data, name) = job.data()?;
    let (mut classifier, precision, key_check) = if is_locked_model(path)? {
        if args.quant != Quant::None {
            bail!("--quant applies to .safetensors models; a .dlk model's precision was fixed when it was locked");
        }
        let locked = LockedModel::read_file(path).with_context(|| format!("{}", path.display()))?;
        let key = job.key.load()?;
        let matches = locked.header.key_matches(&key);
        if !matches && !job.skip_key_check {
            bail!("the key does not match {} (key check failed); use the key it was locked with, or --skip-key-check to measure a wrong key", path.display());
        }
        let model = UnlockedModel::unlock(&locked, &key).with_context(|| format!("{}", path.display()))?;
        let precision = match locked.header.precision {
            Precision::Int8 => "int8",
            Precision::Float32 => "float32",
        };
        (cpu_classifier(model), precision, if matches { "passed" } else { "failed" })
    } else {
        if job.key.key_file.is_some() || job.key.key.is_some() {
            bail!("{} is not a locked model, so it takes no key; drop --key-file", path.display());
        }
        let model = safetensors::read_file(path).with_context(|| format!("{}", path.display()))?;
        match args.quant {
            Quant::None => (Box::new(CpuFloat(model)) as Box<dyn Classifier>, "float32", "none"),
            Quant::Int8 => {
                let q = quantize_with(&model, Some(job.dataset), &args.data, args.weight_scales)?;
                (Box::new(CpuInt8(q)) as Box<dyn Classifier>, "int8", "none")
            }
        }
    };
    let report = evaluate(classifier.as_mut(), &name, job.split, &data, job.limit, progress)?;
    Ok(Outcome { report, precision, key_check, figures: Map::new(), figures_text: None })
}

fn print(args: &EvalArgs, outcome: Outcome) -> Result<()> {
    let report = &outcome.report;
    if let Some(path) = &args.predictions {
        let text: String = report.predictions.iter().map(|p| p.map_or("none\n".to_string(), |c| format!("{c}\n"))).collect();
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let model = args.model.as_ref().map(|m| m.display().to_string());
    let mut out = std::io::stdout().lock();
    if args.json {
        let mut json = serde_json::to_value(report)?;
        json["model"] = model.into();
        json["precision"] = outcome.precision.into();
        json["key_check"] = outcome.key_check.into();
        json.as_object_mut().expect("a report is an object").extend(outcome.figures);
        writeln!(out, "{json}")?;
    } else {
        let invalid = if report.no_prediction > 0 { format!(", {} with NaN/Inf logits", report.no_prediction) } else { String::new() };
        writeln!(
            out,
            "{}: {} on {}, {}/{}: {}/{} correct{invalid}, accuracy {:.2}% ({:.2} s)",
            model.as_deref().unwrap_or("the board's model"),
            outcome.precision,
            report.backend,
            report.dataset,
            report.split,
            report.correct,
            report.samples,
            100.0 * report.accuracy,
            report.seconds
        )?;
        if let Some(text) = outcome.figures_text {
            writeln!(out, "{text}")?;
        }
    }
    Ok(())
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
