//! `lock` and `unlock`.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use deeplock::format::LockedModel;
use deeplock::fs::{write_atomically, Access, Replace};
use deeplock::layout::Precision;
use deeplock::lock::{transform_stream, Direction};
use deeplock::model::arch_string;
use deeplock::safetensors;
use deeplock::MasterKey;

use crate::dataset_args::DataDirArg;
use crate::key_args::KeyArgs;
use crate::model_args::{quantize_with, Quant, ScalesArg};

/// Lock a model or a file: every byte t becomes Sbox(p[t] ^ s[t]), s the key stream.
///
/// With --model, a float model (.safetensors, PyTorch convention) is packed in the device layout,
/// as int8 (--quant int8, calibrated on --dataset's training split) or float32 (--quant none),
/// locked, and written as a .dlk file to --out. With --raw, IN is locked as a plain byte stream
/// (any size; constant memory).
#[derive(Args)]
pub struct LockArgs {
    #[command(flatten)]
    raw: RawArgs,
    /// The float model to lock (.safetensors).
    #[arg(long, value_name = "FILE.safetensors", conflicts_with = "raw")]
    model: Option<PathBuf>,
    /// Parameter precision in the locked model.
    #[arg(long, value_enum, requires = "model")]
    quant: Option<Quant>,
    /// Where to write the locked model (.dlk).
    #[arg(long, value_name = "FILE.dlk", requires = "model")]
    out: Option<PathBuf>,
    /// Calibration data for int8: mnist, fashion, or a directory of IDX files (training split).
    #[arg(long, value_name = "NAME|DIR", requires = "model")]
    dataset: Option<String>,
    #[command(flatten)]
    data: DataDirArg,
    /// Weight scales of the hidden layers (int8).
    #[arg(long, value_enum, default_value = "per-channel", requires = "model")]
    weight_scales: ScalesArg,
}

/// Unlock a file locked with `deeplock lock --raw`: p[t] = InvSbox(c[t]) ^ s[t].
#[derive(Args)]
pub struct UnlockArgs {
    #[command(flatten)]
    raw: RawArgs,
}

#[derive(Args)]
struct RawArgs {
    /// Treat IN as a raw byte stream (the key-stream position of a byte is its file offset).
    #[arg(long)]
    raw: bool,
    #[command(flatten)]
    key: KeyArgs,
    /// Input file, or - for standard input.
    #[arg(value_name = "IN")]
    input: Option<PathBuf>,
    /// Output file, or - for standard output. Written through a temporary file, so a failure
    /// leaves an existing OUT untouched.
    #[arg(value_name = "OUT")]
    output: Option<PathBuf>,
}

pub fn lock(args: LockArgs) -> Result<()> {
    match &args.model {
        Some(model) => lock_model(model, &args),
        None => raw_transform(args.raw, Direction::Lock),
    }
}

fn lock_model(path: &Path, args: &LockArgs) -> Result<()> {
    let (Some(quant), Some(out)) = (args.quant, &args.out) else {
        bail!("usage: deeplock lock --model M.safetensors --quant int8|none --key-file KEYFILE --out M.dlk [--dataset mnist]");
    };
    if args.raw.input.is_some() {
        bail!("--model takes no IN/OUT arguments; the output is --out");
    }
    let key = args.raw.key.load()?;
    let model = safetensors::read_file(path).with_context(|| format!("{}", path.display()))?;
    let (precision, layers, payload) = match quant {
        Quant::Int8 => {
            let q = quantize_with(&model, args.dataset.as_deref(), &args.data, args.weight_scales)?;
            (Precision::Int8, q.layer_descs(), q.to_payload())
        }
        Quant::None => (Precision::Float32, model.layer_descs(), model.to_payload()),
    };
    let locked = LockedModel::lock(precision, layers, payload, &key)?;
    locked.write_file(out).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "locked {} ({}) into {}: {} payload bytes",
        arch_string(&model.arch()),
        if quant == Quant::Int8 { "int8" } else { "float32" },
        out.display(),
        locked.payload.len()
    );
    Ok(())
}

pub fn unlock(args: UnlockArgs) -> Result<()> {
    raw_transform(args.raw, Direction::Unlock)
}

fn raw_transform(args: RawArgs, direction: Direction) -> Result<()> {
    let verb = if direction == Direction::Lock { "lock" } else { "unlock" };
    let (Some(input), Some(output)) = (&args.input, &args.output) else {
        bail!("usage: deeplock {verb} --raw --key-file KEYFILE IN OUT");
    };
    if !args.raw {
        bail!("say how to read IN: --raw treats it as a byte stream");
    }
    let key = args.key.load()?;
    if input != Path::new("-") && output != Path::new("-") && same_file(input, output) {
        bail!("IN and OUT are the same file; write to a new file instead");
    }
    let mut reader: Box<dyn Read> = if input == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        Box::new(BufReader::new(File::open(input).with_context(|| format!("cannot open {}", input.display()))?))
    };
    if output == Path::new("-") {
        let mut out = BufWriter::new(io::stdout().lock());
        transform_stream(&mut reader, &mut out, &key, direction).context("writing to standard output")?;
        return Ok(());
    }
    // Through the one atomic-write helper: a failure leaves no half-written OUT.
    write_atomically(output, Access::Shared, Replace::Allowed, |mut out| transform(&mut reader, &mut out, &key, direction, input))
        .with_context(|| format!("cannot write {}", output.display()))
}

fn transform(reader: &mut impl Read, out: &mut impl Write, key: &MasterKey, direction: Direction, input: &Path) -> Result<()> {
    transform_stream(reader, out, key, direction).with_context(|| format!("while processing {}", input.display()))?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}
