//! `train`: a float MLP on a data set, saved as safetensors.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;
use deeplock::dataset::Split;
use deeplock::model::{arch_string, parse_arch};
use deeplock::safetensors;
use deeplock::train::{float_accuracy, train as train_model, TrainConfig};

use crate::dataset_args::DataDirArg;
use crate::progress;

/// Train a float MLP on a data set and save it as safetensors.
///
/// Dense layers with ReLU between them, softmax cross-entropy, AdamW with cosine decay (candle).
/// The file follows the PyTorch convention (`0.weight` [out, in], `0.bias`, `2.weight`, …; see
/// docs/model-import.md). Inputs are the image's pixels row-major, each divided by 255.
/// Deterministic: the same data, options and --seed give the same file.
#[derive(Args)]
pub struct TrainArgs {
    /// mnist, fashion, or a directory of MNIST-format IDX files.
    #[arg(long, value_name = "NAME|DIR")]
    dataset: String,
    #[command(flatten)]
    data: DataDirArg,
    /// Layer sizes, input first, e.g. 784-16-10.
    #[arg(long, value_name = "SIZES", default_value = "784-16-10")]
    arch: String,
    /// Where to write the model (.safetensors).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Seed of the initialization and the shuffling.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Passes over the training split [default: 60 for mnist, 20 otherwise].
    #[arg(long)]
    epochs: Option<usize>,
    /// Images per optimizer step.
    #[arg(long, default_value_t = TrainConfig::new(vec![]).batch_size)]
    batch_size: usize,
    /// Peak learning rate (cosine decay to 0).
    #[arg(long, default_value_t = TrainConfig::new(vec![]).learning_rate)]
    lr: f64,
    /// Augmentation: move each training image by up to this many pixels each way, 0 for none
    /// [default: 1 for mnist, 0 otherwise].
    #[arg(long)]
    shift: Option<usize>,
    /// AdamW weight decay.
    #[arg(long, default_value_t = TrainConfig::new(vec![]).weight_decay)]
    weight_decay: f64,
}

pub fn train(args: TrainArgs) -> Result<()> {
    let sizes = parse_arch(&args.arch)?;
    let data = args.data.load(&args.dataset, Split::Train)?;
    let recipe = TrainConfig::recommended(&args.dataset, sizes);
    let config = TrainConfig {
        epochs: args.epochs.unwrap_or(recipe.epochs),
        shift: args.shift.unwrap_or(recipe.shift),
        batch_size: args.batch_size,
        learning_rate: args.lr,
        weight_decay: args.weight_decay,
        seed: args.seed,
        ..recipe
    };
    let bar = progress::bar(0, "train");
    let start = Instant::now();
    let model = train_model(&data, &config, &mut |p| {
        bar.set_length(p.total_steps as u64);
        bar.set_position(p.step as u64);
        bar.set_message(format!("epoch {}/{} loss {:.4}", p.epoch, p.epochs, p.loss));
    })?;
    bar.finish_and_clear();
    let seconds = start.elapsed().as_secs_f64();
    safetensors::write_file(&model, &args.out).with_context(|| format!("cannot write {}", args.out.display()))?;
    let test = args.data.load(&args.dataset, Split::Test)?;
    eprintln!(
        "trained {} on {} ({} images, {} epochs) in {seconds:.1} s: train accuracy {:.2}%, test accuracy {:.2}%; wrote {}",
        arch_string(&model.arch()),
        args.dataset,
        data.len(),
        config.epochs,
        100.0 * float_accuracy(&model, &data),
        100.0 * float_accuracy(&model, &test),
        args.out.display()
    );
    Ok(())
}
