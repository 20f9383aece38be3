//! The measurements behind the quantization choices (docs/quantization.md): for each model, int8
//! with per-channel and with per-tensor weight scales against the float model on the test split.
//!
//! usage: cargo run --release -p deeplock --example quantization_report -- [MODEL_DIR] [DATA_DIR]
//! (defaults build/accuracy and data; MODEL_DIR holds <dataset>-<arch>.safetensors, as written by
//! scripts/accuracy-table.sh).

use std::path::PathBuf;

use deeplock::dataset::{load, Split};
use deeplock::infer::{float_argmax, pixel_to_f32};
use deeplock::layout::argmax;
use deeplock::safetensors;
use deeplock::quantize::{quantize, WeightScales};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let models = PathBuf::from(args.next().unwrap_or_else(|| "build/accuracy".into()));
    let data = PathBuf::from(args.next().unwrap_or_else(|| "data".into()));
    println!("| model | weight scales | test accuracy | predictions differing from float | logit RMS error / float logit RMS |");
    println!("|---|---|---|---|---|");
    for (ds, arch) in [("mnist", "784-16-10"), ("mnist", "784-128-64-10"), ("fashion", "784-16-10"), ("fashion", "784-128-64-10")] {
        let model = safetensors::read_file(&models.join(format!("{ds}-{arch}.safetensors")))?;
        let train = load(&data.join(ds), Split::Train)?;
        let test = load(&data.join(ds), Split::Test)?;
        let float: Vec<Vec<f32>> = (0..test.len()).map(|i| model.logits(test.image(i))).collect::<Result<_, _>>()?;
        println!("| {ds} {arch} | float | {:.2}% | | |", 100.0 * accuracy(float.iter().map(|l| float_argmax(l)), &test.labels));
        for scales in [WeightScales::PerChannel, WeightScales::PerTensor] {
            let q = quantize(&model, &train, scales)?;
            let step = q.layers.last().unwrap().output_scale as f64;
            let int8: Vec<Vec<i32>> = (0..test.len()).map(|i| q.logits(test.image(i))).collect::<Result<_, _>>()?;
            let differ = int8.iter().zip(&float).filter(|(q, f)| argmax(q) != float_argmax(f)).count();
            let (mut err, mut norm) = (0f64, 0f64);
            for (q, f) in int8.iter().zip(&float) {
                for (&qv, &fv) in q.iter().zip(f) {
                    err += (qv as f64 * step - fv as f64).powi(2);
                    norm += (fv as f64).powi(2);
                }
            }
            println!(
                "| {ds} {arch} | {scales:?} | {:.2}% | {differ} of {} | {:.4} |",
                100.0 * accuracy(int8.iter().map(|l| argmax(l)), &test.labels),
                test.len(),
                (err / norm).sqrt()
            );
        }
        let mut first: Vec<f32> = Vec::new();
        for i in 0..train.len().min(deeplock::quantize::MAX_CALIBRATION_IMAGES) {
            let x: Vec<f32> = train.image(i).iter().map(|&p| pixel_to_f32(p)).collect();
            first.extend(&model.activations(&x)[0]);
        }
        first.sort_by(f32::total_cmp);
        let at = |q: f64| first[((first.len() - 1) as f64 * q) as usize];
        eprintln!("{ds} {arch}: first hidden layer on calibration images: max {:.2}, 99.99% {:.2}, 99.9% {:.2}, 99% {:.2}, zero {:.0}%", at(1.0), at(0.9999), at(0.999), at(0.99), 100.0 * first.iter().filter(|&&a| a == 0.0).count() as f64 / first.len() as f64);
    }
    Ok(())
}

fn accuracy(predictions: impl Iterator<Item = Option<usize>>, labels: &[u8]) -> f64 {
    let correct = predictions.zip(labels).filter(|(p, &l)| *p == Some(l as usize)).count();
    correct as f64 / labels.len() as f64
}
