//! `eval`: a model's accuracy on a data set split, on a chosen backend.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use deeplock::dataset::Split;
use deeplock::fs::{write_bytes_atomically, Access};

use crate::backends::cpu::FloatOptions;
use crate::backends::sim::SimConfigArg;
use crate::backends::{self, Job, Outcome};
use crate::dataset_args::DataDirArg;
use crate::key_args::KeyArgs;
use crate::model_args::{Quant, ScalesArg};
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
    if backend == Backend::Sim {
        backends::sim::available()?;
    }
    // The key, resolved once for the whole command: a locked model takes one, nothing else does.
    let key = match args.model.as_deref() {
        Some(path) => args.key.for_model(path)?,
        None => None,
    };
    if key.is_none() && args.key.given() {
        match args.model.as_deref() {
            Some(path) if backend == Backend::Cpu => bail!("{} is not a locked model, so it takes no key; drop --key-file", path.display()),
            None if backend == Backend::Board => {
                bail!("a key goes with the model it unlocks: add --model FILE.dlk (or load both with `deeplock load`)")
            }
            _ => {}
        }
    }
    let job = Job {
        model: args.model.as_deref(),
        key: key.as_ref(),
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
        Backend::Cpu => {
            let float = FloatOptions { quant: args.quant, weight_scales: args.weight_scales, data_dir: &args.data };
            backends::cpu::eval(&job, &float, &mut on_progress)?
        }
        Backend::Sim => backends::sim::eval(&job, args.sim_config, &mut on_progress)?,
        Backend::Board => backends::board::eval(port, &job, &mut on_progress)?,
    };
    bar.finish_and_clear();
    print(&args, outcome)
}

fn print(args: &EvalArgs, outcome: Outcome) -> Result<()> {
    let report = &outcome.report;
    if let Some(path) = &args.predictions {
        let text: String = report.predictions.iter().map(|p| p.map_or("none\n".to_string(), |c| format!("{c}\n"))).collect();
        write_bytes_atomically(path, Access::Shared, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))?;
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
