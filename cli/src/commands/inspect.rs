//! `inspect`: what a `.dlk` file holds, without any key material.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use deeplock::format::{Activation, LockedModel, FORMAT_VERSION};
use deeplock::layout::Precision;

/// Print a locked model's header: format, lock mode, layers, payload size.
///
/// Needs no key and prints none. The whole file is read and its checksum verified.
#[derive(Args)]
pub struct InspectArgs {
    /// The locked model (.dlk).
    #[arg(value_name = "FILE.dlk")]
    model: PathBuf,
}

pub fn inspect(args: InspectArgs) -> Result<()> {
    let model = LockedModel::read_file(&args.model).with_context(|| format!("{}", args.model.display()))?;
    let h = &model.header;
    println!("file:        {}", args.model.display());
    println!("format:      .dlk version {FORMAT_VERSION}, checksum OK");
    println!("lock mode:   paper (AES S-Box, extended AES-128 key schedule)");
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
        let act = match layer.activation {
            Activation::None => "none",
            Activation::Relu => "relu",
        };
        println!("  {i}: dense {:>6} -> {:<6} activation {act:<4}  output scale {:e}", layer.in_features, layer.out_features, layer.output_scale);
    }
    Ok(())
}
