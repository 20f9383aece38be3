//! `lock` and `unlock`.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use deeplock::lock::{transform_stream, Direction};
use deeplock::MasterKey;

use crate::key_args::KeyArgs;

/// Lock a file: every byte t becomes Sbox(p[t] ^ s[t]), s the key stream.
///
/// With --raw, IN is locked as a plain byte stream (any size; constant memory).
#[derive(Args)]
pub struct LockArgs {
    #[command(flatten)]
    raw: RawArgs,
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
    raw_transform(args.raw, Direction::Lock)
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
    write_atomically(output, |out| transform(&mut reader, out, &key, direction, input))
}

fn transform(reader: &mut impl Read, out: &mut impl Write, key: &MasterKey, direction: Direction, input: &Path) -> Result<()> {
    transform_stream(reader, out, key, direction).with_context(|| format!("while processing {}", input.display()))?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// Runs `write` into a temporary file beside `path`, then renames it into place.
pub fn write_atomically(path: &Path, write: impl FnOnce(&mut BufWriter<File>) -> Result<()>) -> Result<()> {
    let tmp = path.with_file_name(format!(".{}.partial", path.file_name().and_then(|n| n.to_str()).unwrap_or("out")));
    let file = File::create(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    let mut out = BufWriter::new(file);
    let result = write(&mut out).and_then(|_| {
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
