//! Post-training int8 quantization into the device's arithmetic (see `layout`).
//!
//! - Weights: symmetric int8 in -127..=127, scale `max|w| / 127` per output row (per-channel) or
//!   per layer (per-tensor). The LAST layer always uses one scale for the whole layer: its raw
//!   int32 accumulators are the logits, compared across rows by argmax, so they must share a unit.
//! - Activations: uint8, zero point 0. The input is the raw pixel (scale 1/255). A hidden layer's
//!   output scale is its largest post-ReLU value over the calibration images, divided by 255.
//! - Bias: `round(b / (s_w * s_in))`, int32.
//! - Requantization of a hidden row: the real factor `M = s_w * s_in / s_out` becomes
//!   `multiplier / 2^shift` with the multiplier normalized into 32768..=65535 where the shift range
//!   (0..=`MAX_SHIFT`) allows, so M keeps 16 significant bits (relative error <= 2^-16).
//!
//! docs/quantization.md records the per-channel / per-tensor measurements behind the default.

use crate::dataset::LabeledImages;
use crate::infer::pixel_to_f32;
use crate::layout::{RowHeader, MAX_SHIFT};
use crate::model::{FloatMlp, Int8Layer, Int8Mlp};

/// How the weights of hidden layers are scaled (the last layer is always per-tensor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum WeightScales {
    /// One scale per output row: each row's weights use the full int8 range.
    #[default]
    PerChannel,
    /// One scale per layer.
    PerTensor,
}

/// Calibration images used at most (a prefix of the training split, all classes evenly).
pub const MAX_CALIBRATION_IMAGES: usize = 10_000;

/// Why a model cannot be quantized.
#[derive(Debug, thiserror::Error)]
pub enum QuantizeError {
    #[error("no calibration images")]
    NoCalibration,
    #[error("calibration images have {found} pixels, the model takes {expected} inputs")]
    InputSize { expected: usize, found: usize },
}

/// The requantization factor `m` as `multiplier / 2^shift`: the largest shift in 0..=MAX_SHIFT
/// whose rounded multiplier still fits 16 bits. Factors too large saturate at 65535 / 2^0.
pub fn encode_multiplier(m: f64) -> (u16, u8) {
    if m.is_nan() || m <= 0.0 {
        return (0, 0);
    }
    for shift in (0..=MAX_SHIFT).rev() {
        let scaled = (m * 2f64.powi(shift as i32)).round();
        if scaled <= u16::MAX as f64 {
            return (scaled as u16, shift);
        }
    }
    (u16::MAX, 0)
}

/// Symmetric int8 quantization of `values` with `scale`.
fn quantize_weights(values: &[f32], scale: f64) -> impl Iterator<Item = i8> + '_ {
    values.iter().map(move |&w| (w as f64 / scale).round().clamp(-127.0, 127.0) as i8)
}

/// Scale that maps the largest magnitude to 127 (1 for an all-zero tensor).
fn weight_scale(values: &[f32]) -> f64 {
    let max = values.iter().fold(0f64, |m, &w| m.max((w as f64).abs()));
    if max > 0.0 {
        max / 127.0
    } else {
        1.0
    }
}

/// The largest output of every hidden layer over the calibration images.
fn hidden_maxima(model: &FloatMlp, calibration: &LabeledImages) -> Vec<f64> {
    let hidden = model.layers.len() - 1;
    let mut maxima = vec![0f64; hidden];
    let n = calibration.len().min(MAX_CALIBRATION_IMAGES);
    for i in 0..n {
        let x: Vec<f32> = calibration.image(i).iter().map(|&p| pixel_to_f32(p)).collect();
        for (max, layer) in maxima.iter_mut().zip(model.activations(&x)) {
            *max = layer.iter().fold(*max, |m, &v| m.max(v as f64));
        }
    }
    maxima
}

/// Quantizes `model`, calibrating activation ranges on (a prefix of) `calibration`.
pub fn quantize(model: &FloatMlp, calibration: &LabeledImages, scales: WeightScales) -> Result<Int8Mlp, QuantizeError> {
    if calibration.is_empty() {
        return Err(QuantizeError::NoCalibration);
    }
    let inputs = model.layers[0].in_features;
    if calibration.image_len() != inputs {
        return Err(QuantizeError::InputSize { expected: inputs, found: calibration.image_len() });
    }
    let maxima = hidden_maxima(model, calibration);
    let last = model.layers.len() - 1;
    let mut s_in = 1.0 / 255.0;
    let mut layers = Vec::with_capacity(model.layers.len());
    for (index, layer) in model.layers.iter().enumerate() {
        let rows: Vec<&[f32]> = layer.weight.chunks_exact(layer.in_features).collect();
        let tensor_scale = weight_scale(&layer.weight);
        let row_scales: Vec<f64> = match scales {
            WeightScales::PerChannel if index != last => rows.iter().map(|r| weight_scale(r)).collect(),
            _ => vec![tensor_scale; rows.len()],
        };
        // An all-zero hidden layer (max 0) outputs zeros whatever its scale: pick 1.
        let s_out = if index == last { tensor_scale * s_in } else { Some(maxima[index] / 255.0).filter(|&s| s > 0.0).unwrap_or(1.0) };
        let mut weights = Vec::with_capacity(layer.weight.len());
        let mut headers = Vec::with_capacity(rows.len());
        for ((row, &s_w), &b) in rows.iter().zip(&row_scales).zip(&layer.bias) {
            weights.extend(quantize_weights(row, s_w));
            let bias = (b as f64 / (s_w * s_in)).round().clamp(i32::MIN as f64, i32::MAX as f64) as i32;
            let (multiplier, shift) = if index == last { (0, 0) } else { encode_multiplier(s_w * s_in / s_out) };
            headers.push(RowHeader { bias, multiplier, shift });
        }
        layers.push(Int8Layer { in_features: layer.in_features, out_features: layer.out_features, headers, weights, output_scale: s_out as f32 });
        s_in = s_out;
    }
    Ok(Int8Mlp { layers })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DenseF32;
    use rand::{Rng, SeedableRng};

    #[test]
    fn multipliers_keep_sixteen_bits() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        for _ in 0..10_000 {
            let m = 10f64.powf(rng.gen_range(-9.0..3.0));
            let (mult, shift) = encode_multiplier(m);
            assert!(mult >= 32_768, "{m}: {mult} >> {shift}");
            let got = mult as f64 / 2f64.powi(shift as i32);
            assert!((got - m).abs() / m <= 1.0 / 65_536.0, "{m}: {got}");
        }
        assert_eq!(encode_multiplier(1.0), (32_768, 15));
        assert_eq!(encode_multiplier(0.0), (0, 0));
        assert_eq!(encode_multiplier(1e6), (u16::MAX, 0));
        // Tiny factors run out of shift: a small multiplier at the largest shift.
        assert_eq!(encode_multiplier(2f64.powi(-34)), (8_192, MAX_SHIFT));
        assert_eq!(encode_multiplier(2f64.powi(-50)), (0, MAX_SHIFT));
    }

    /// A random model of the given sizes with weights around `scale`.
    fn random_model(rng: &mut impl Rng, sizes: &[usize], scale: f32) -> FloatMlp {
        let layers = sizes
            .windows(2)
            .map(|s| DenseF32 {
                in_features: s[0],
                out_features: s[1],
                weight: (0..s[0] * s[1]).map(|_| rng.gen_range(-scale..scale)).collect(),
                bias: (0..s[1]).map(|_| rng.gen_range(-0.1..0.1)).collect(),
            })
            .collect();
        FloatMlp::new(layers).unwrap()
    }

    fn random_images(rng: &mut impl Rng, n: usize, side: usize) -> LabeledImages {
        LabeledImages { rows: side, cols: side, pixels: (0..n * side * side).map(|_| rng.gen()).collect(), labels: vec![0; n] }
    }

    #[test]
    fn weights_are_within_half_a_step() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(2);
        let model = random_model(&mut rng, &[16, 8, 4], 0.5);
        let calibration = random_images(&mut rng, 50, 4);
        for scales in [WeightScales::PerChannel, WeightScales::PerTensor] {
            let q = quantize(&model, &calibration, scales).unwrap();
            for (index, (f, l)) in model.layers.iter().zip(&q.layers).enumerate() {
                for (r, row) in f.weight.chunks_exact(f.in_features).enumerate() {
                    let per_row = scales == WeightScales::PerChannel && index + 1 < model.layers.len();
                    let s_w = if per_row { weight_scale(row) } else { weight_scale(&f.weight) };
                    let qrow = &l.weights[r * f.in_features..(r + 1) * f.in_features];
                    if per_row {
                        assert!(qrow.iter().any(|w| w.abs() == 127), "each row uses the full range");
                    }
                    for (&w, &qw) in row.iter().zip(qrow) {
                        assert!((qw as f64 * s_w - w as f64).abs() <= s_w / 2.0 + 1e-12);
                    }
                }
            }
        }
    }

    #[test]
    fn int8_outputs_track_the_float_model() {
        // Hidden outputs within a few uint8 steps of the float value; logits within a few
        // percent of the logit range; and int8 inference agrees with the float argmax mostly.
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        let model = random_model(&mut rng, &[64, 32, 10], 0.15);
        let data = random_images(&mut rng, 400, 8);
        let q = quantize(&model, &data, WeightScales::PerChannel).unwrap();
        let (mut agree, mut worst_hidden, mut worst_logit) = (0, 0f64, 0f64);
        for i in 0..data.len() {
            let x: Vec<f32> = data.image(i).iter().map(|&p| pixel_to_f32(p)).collect();
            let acts = model.activations(&x);
            let logits = q.logits(data.image(i)).unwrap();
            // Hidden layer, recomputed by the int8 rule.
            let l0 = &q.layers[0];
            for (r, (&h, &f)) in l0.headers.iter().zip(&acts[0]).enumerate() {
                let acc = crate::layout::accumulate(h.bias, &l0.weights[r * 64..(r + 1) * 64], data.image(i));
                let y = crate::layout::requantize(acc, h) as f64;
                worst_hidden = worst_hidden.max((y - f as f64 / l0.output_scale as f64).abs());
            }
            let range = acts[1].iter().fold(0f64, |m, &v| m.max((v as f64).abs()));
            for (&l, &f) in logits.iter().zip(&acts[1]) {
                worst_logit = worst_logit.max((l as f64 * q.layers[1].output_scale as f64 - f as f64).abs() / range);
            }
            agree += usize::from(crate::layout::argmax(&logits) == crate::infer::float_argmax(&acts[1]));
        }
        assert!(worst_hidden <= 1.5, "hidden error {worst_hidden} steps");
        assert!(worst_logit <= 0.05, "logit error {worst_logit}");
        assert!(agree >= 380, "argmax agreement {agree}/400");
    }

    #[test]
    fn bad_calibration_is_refused() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(4);
        let model = random_model(&mut rng, &[16, 4], 1.0);
        assert!(matches!(quantize(&model, &random_images(&mut rng, 0, 4), WeightScales::PerChannel), Err(QuantizeError::NoCalibration)));
        assert!(matches!(quantize(&model, &random_images(&mut rng, 3, 3), WeightScales::PerChannel), Err(QuantizeError::InputSize { expected: 16, found: 9 })));
    }
}
