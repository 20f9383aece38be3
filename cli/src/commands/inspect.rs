//! `inspect`: what a `.dlk` file holds, without any key material.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use deeplock::format::{Activation, LockMode, LockedModel};
use deeplock::layout::Precision;
use deeplock::lock::PAPER_MODE_WARNING;

/// Print a locked model's header: format, lock mode and nonce, layers, payload size.
///
/// Needs no key and prints none. The whole file is read and its checksum verified. A paper-mode
/// file gets a warning on standard error.
#[derive(Args)]
pub struct InspectArgs {
    /// The locked model (.dlk).
    #[arg(value_name = "FILE.dlk")]
    model: PathBuf,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
}

pub fn inspect(args: InspectArgs) -> Result<()> {
    let model = LockedModel::read_file(&args.model).with_context(|| format!("{}", args.model.display()))?;
    let version = file_version(&args.model)?;
    if args.json {
        println!("{}", as_json(&model, version));
    } else {
        print_text(&model, version, &args.model);
    }
    if model.header.lock_mode == LockMode::Paper {
        eprintln!("{PAPER_MODE_WARNING}");
    }
    Ok(())
}

/// The format version in the file's header (the reader accepts more than one).
fn file_version(path: &std::path::Path) -> Result<u16> {
    let mut head = [0u8; 10];
    std::fs::File::open(path)?.read_exact(&mut head)?;
    Ok(u16::from_le_bytes([head[8], head[9]]))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn mode_text(mode: LockMode) -> String {
    match mode {
        LockMode::Paper => "paper (AES S-Box over the extended AES-128 key schedule; reproduces the paper, not secure)".into(),
        LockMode::Hardened { nonce } => format!("hardened (AES S-Box over an Ascon-AEAD128 key stream), nonce {}", hex(&nonce)),
    }
}

fn print_text(model: &LockedModel, version: u16, path: &std::path::Path) {
    let h = &model.header;
    println!("file:        {}", path.display());
    println!("format:      .dlk version {version}, checksum OK");
    println!("lock mode:   {}", mode_text(h.lock_mode));
    println!(
        "precision:   {}",
        match h.precision {
            Precision::Int8 => "int8 weights, int32 biases, per-row requantization",
            Precision::Float32 => "float32 (paper setting; CPU reference only)",
        }
    );
    println!("payload:     {} bytes, locked", h.payload_len);
    println!("key check:   present (64-bit, salted)");
    println!("layers:      {}", h.layers.len());
    for (i, layer) in h.layers.iter().enumerate() {
        println!(
            "  {i}: dense {:>6} -> {:<6} activation {:<4}  output scale {:e}",
            layer.in_features,
            layer.out_features,
            activation_name(layer.activation),
            layer.output_scale
        );
    }
}

fn activation_name(a: Activation) -> &'static str {
    match a {
        Activation::None => "none",
        Activation::Relu => "relu",
    }
}

fn as_json(model: &LockedModel, version: u16) -> serde_json::Value {
    let h = &model.header;
    let layers: Vec<_> = h
        .layers
        .iter()
        .map(|l| serde_json::json!({"in": l.in_features, "out": l.out_features, "activation": activation_name(l.activation), "output_scale": l.output_scale}))
        .collect();
    let nonce = match h.lock_mode {
        LockMode::Paper => serde_json::Value::Null,
        LockMode::Hardened { nonce } => hex(&nonce).into(),
    };
    serde_json::json!({
        "format_version": version,
        "lock_mode": h.lock_mode.name(),
        "nonce": nonce,
        "precision": match h.precision { Precision::Int8 => "int8", Precision::Float32 => "float32" },
        "payload_bytes": h.payload_len,
        "layers": layers,
    })
}
