//! `lock` and `unlock`.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use deeplock::format::LockedModel;
use deeplock::fs::{write_atomically, Access, Replace};
use deeplock::hardened_stream::MODEL_NONCE_BYTES;
use deeplock::layout::Precision;
use deeplock::lock::{transform_stream, Direction, LockMode, PAPER_MODE_WARNING};
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
/// (any size; constant memory). The key stream is hardened mode's (Ascon-AEAD128 under a fresh
/// nonce) unless --mode paper asks for the paper's.
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

/// Unlock a file locked with `deeplock lock --raw`: p[t] = InvSbox(c[t]) ^ s[t] (give the same
/// --mode).
#[derive(Args)]
pub struct UnlockArgs {
    #[command(flatten)]
    raw: RawArgs,
}

#[derive(Args)]
struct RawArgs {
    /// Treat IN as a raw byte stream. Hardened mode writes its 12-byte nonce first and the locked
    /// bytes after it (a byte's key-stream position is its offset after the nonce); paper mode
    /// writes the locked bytes alone (the position is the file offset).
    #[arg(long)]
    raw: bool,
    /// The key stream: hardened (Ascon-AEAD128, the default) or paper (the paper's AES key
    /// expansion: reproduces the paper, but the key can be recovered from a locked file alone).
    #[arg(long, value_enum, default_value = "hardened")]
    mode: ModeArg,
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

/// The lock modes a user can ask for.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ModeArg {
    Hardened,
    Paper,
}

impl ModeArg {
    /// The mode to lock with: hardened draws its nonce here. Paper mode warns once.
    fn for_locking(self) -> Result<LockMode> {
        match self {
            ModeArg::Hardened => LockMode::fresh_hardened().context("cannot draw the model's nonce"),
            ModeArg::Paper => {
                eprintln!("{PAPER_MODE_WARNING}");
                Ok(LockMode::Paper)
            }
        }
    }
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
    let mode = args.raw.mode.for_locking()?;
    let locked = LockedModel::lock_with(mode, precision, layers, payload, &key)?;
    locked.write_file(out).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "locked {} ({}, {} mode) into {}: {} payload bytes",
        arch_string(&model.arch()),
        if quant == Quant::Int8 { "int8" } else { "float32" },
        mode.name(),
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
    let mode = if direction == Direction::Lock { Some(args.mode.for_locking()?) } else { None };
    let mut reader: Box<dyn Read> = if input == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        Box::new(BufReader::new(File::open(input).with_context(|| format!("cannot open {}", input.display()))?))
    };
    if output == Path::new("-") {
        let mut out = BufWriter::new(io::stdout().lock());
        return transform(&mut reader, &mut out, &key, mode.unwrap_or(LockMode::Paper), args.mode, direction, Path::new("standard input"));
    }
    // Through the one atomic-write helper: a failure leaves no half-written OUT.
    write_atomically(output, Access::Shared, Replace::Allowed, |mut out| {
        transform(&mut reader, &mut out, &key, mode.unwrap_or(LockMode::Paper), args.mode, direction, input)
    })
    .with_context(|| format!("cannot write {}", output.display()))
}

/// Locks (with `mode`) or unlocks (in the mode `asked`, reading a hardened file's nonce first).
fn transform(reader: &mut impl Read, out: &mut impl Write, key: &MasterKey, mode: LockMode, asked: ModeArg, direction: Direction, input: &Path) -> Result<()> {
    let mode = match (direction, asked) {
        (Direction::Lock, _) => {
            if let LockMode::Hardened { nonce } = mode {
                out.write_all(&nonce)?;
            }
            mode
        }
        (Direction::Unlock, ModeArg::Paper) => LockMode::Paper,
        (Direction::Unlock, ModeArg::Hardened) => {
            let mut nonce = [0u8; MODEL_NONCE_BYTES];
            reader.read_exact(&mut nonce).with_context(|| {
                format!("{} is shorter than a hardened-mode nonce ({MODEL_NONCE_BYTES} bytes); was it locked with --mode paper?", input.display())
            })?;
            LockMode::Hardened { nonce }
        }
    };
    transform_stream(reader, out, key, mode, direction).with_context(|| format!("while processing {}", input.display()))?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}
