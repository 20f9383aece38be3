//! `keygen` and `keystream`.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use deeplock::keyschedule::KeyStream;
use deeplock::MasterKey;

use crate::key_args::KeyArgs;

/// Generate a 128-bit master key from the operating system's random number generator.
///
/// The key is written as 32 hex digits to a new file with mode 0600. Keep it apart from the
/// locked models: whoever holds both can use the model.
#[derive(Args)]
pub struct KeygenArgs {
    /// Where to write the key.
    #[arg(long, value_name = "KEYFILE")]
    out: PathBuf,
    /// Replace an existing key file (the old key is lost, and with it every model locked by it).
    #[arg(long)]
    force: bool,
}

pub fn keygen(args: KeygenArgs) -> Result<()> {
    MasterKey::generate()?.write_file(&args.out, args.force)?;
    eprintln!("wrote a new 128-bit key to {} (mode 0600)", args.out.display());
    Ok(())
}

/// Print key-stream words w[4+W], w[5+W], … as 8 lowercase hex digits, one per line.
///
/// For test vectors and hardware debugging. The output is secret: any four consecutive words
/// of the stream give back the master key.
#[derive(Args)]
pub struct KeystreamArgs {
    #[command(flatten)]
    key: KeyArgs,
    /// How many words to print.
    #[arg(long, value_name = "N")]
    words: u64,
    /// Start at word w[4 + W] (the key-stream word for payload bytes 4W .. 4W+3).
    #[arg(long, value_name = "W", default_value_t = 0)]
    offset: u64,
}

pub fn keystream(args: KeystreamArgs) -> Result<()> {
    let key = args.key.load()?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for word in KeyStream::starting_at_word(&key, args.offset).take(args.words as usize) {
        writeln!(out, "{word:08x}").context("writing to standard output")?;
    }
    out.flush().context("writing to standard output")?;
    Ok(())
}
