//! The reference inference: the bit-exact int8 golden model the accelerator must match logit for
//! logit, and the float32 reference for float models.
//!
//! Both run from what a device would hold: the unlocked payload in device layout plus the `.dlk`
//! layer table. With a wrong key the payload is garbage, and the int8 reference still gives one
//! exactly defined result (the rules are in `layout`), which the RTL must reproduce too.

use crate::format::LockedModel;
use crate::layout::{accumulate, requantize, Precision};
use crate::model::{FloatMlp, Int8Mlp, ModelError};
use crate::MasterKey;

/// Why an input cannot be run through a model.
#[derive(Debug, thiserror::Error)]
pub enum InferError {
    #[error("input has {found} values, the model expects {expected}")]
    InputSize { expected: usize, found: usize },
}

fn check_input(expected: usize, found: usize) -> Result<(), InferError> {
    if expected == found {
        Ok(())
    } else {
        Err(InferError::InputSize { expected, found })
    }
}

impl Int8Mlp {
    /// The int32 logits for one uint8 input (a 28 x 28 image: the raw pixels, row-major).
    ///
    /// Every layer computes `acc = bias + sum(w * x)` (wrapping int32) per row; all layers but
    /// the last requantize `acc` to uint8 with the row's multiplier and shift; the last layer's
    /// `acc` are the logits.
    pub fn logits(&self, input: &[u8]) -> Result<Vec<i32>, InferError> {
        check_input(self.layers[0].in_features, input.len())?;
        let mut x = input.to_vec();
        let last = self.layers.len() - 1;
        for (index, layer) in self.layers.iter().enumerate() {
            let accs = layer.headers.iter().zip(layer.weights.chunks_exact(layer.in_features)).map(|(h, w)| (h, accumulate(h.bias, w, &x)));
            if index == last {
                return Ok(accs.map(|(_, acc)| acc).collect());
            }
            x = accs.map(|(&h, acc)| requantize(acc, h)).collect();
        }
        unreachable!("a model has at least one layer")
    }
}

impl FloatMlp {
    /// Every layer's output for a real-valued input (ReLU after all layers but the last).
    pub fn activations(&self, input: &[f32]) -> Vec<Vec<f32>> {
        let mut outputs: Vec<Vec<f32>> = Vec::with_capacity(self.layers.len());
        let last = self.layers.len() - 1;
        for (index, layer) in self.layers.iter().enumerate() {
            let x = outputs.last().map_or(input, |v| v.as_slice());
            let y = layer
                .weight
                .chunks_exact(layer.in_features)
                .zip(&layer.bias)
                .map(|(row, &b)| {
                    let v = row.iter().zip(x).fold(b, |acc, (&w, &xi)| acc + w * xi);
                    // NaN stays NaN (a garbage model must not look valid); f32::max would hide it.
                    if index < last && v < 0.0 {
                        0.0
                    } else {
                        v
                    }
                })
                .collect();
            outputs.push(y);
        }
        outputs
    }

    /// The float32 logits for one uint8 image: pixel / 255, then the layers.
    pub fn logits(&self, input: &[u8]) -> Result<Vec<f32>, InferError> {
        check_input(self.layers[0].in_features, input.len())?;
        let x: Vec<f32> = input.iter().map(|&p| pixel_to_f32(p)).collect();
        Ok(self.activations(&x).pop().expect("a model has at least one layer"))
    }
}

/// The float input convention: pixel / 255.
pub fn pixel_to_f32(p: u8) -> f32 {
    f32::from(p) / 255.0
}

/// The predicted class of float logits: the lowest index among the largest values, or `None`
/// when any logit is NaN or infinite (a wrong key's garbage: counted as wrong, never a class).
pub fn float_argmax(logits: &[f32]) -> Option<usize> {
    if logits.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let mut best: Option<(usize, f32)> = None;
    for (i, &v) in logits.iter().enumerate() {
        if !matches!(best, Some((_, b)) if v <= b) {
            best = Some((i, v));
        }
    }
    best.map(|(i, _)| i)
}

/// A model ready to run: an unlocked payload interpreted by its layer table.
#[derive(Clone, Debug, PartialEq)]
pub enum UnlockedModel {
    Int8(Int8Mlp),
    Float32(FloatMlp),
}

impl UnlockedModel {
    /// Unlocks `model` with `key` and reads the payload as the device would. A wrong key gives a
    /// well-defined garbage model, not an error (check the key first if that matters).
    pub fn unlock(model: &LockedModel, key: &MasterKey) -> Result<Self, ModelError> {
        let plain = model.unlocked_payload(key);
        Self::from_plaintext(model, &plain)
    }

    /// Reads an already unlocked payload laid out by `model`'s layer table.
    pub fn from_plaintext(model: &LockedModel, plain: &[u8]) -> Result<Self, ModelError> {
        let layers = &model.header.layers;
        Ok(match model.header.precision {
            Precision::Int8 => UnlockedModel::Int8(Int8Mlp::from_payload(layers, plain)?),
            Precision::Float32 => UnlockedModel::Float32(FloatMlp::from_payload(layers, plain)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::RowHeader;
    use crate::model::{DenseF32, Int8Layer};
    use rand::{Rng, SeedableRng};

    fn random_int8(rng: &mut impl Rng, sizes: &[usize]) -> Int8Mlp {
        let layers = sizes
            .windows(2)
            .map(|s| Int8Layer {
                in_features: s[0],
                out_features: s[1],
                headers: (0..s[1]).map(|_| RowHeader { bias: rng.gen_range(-5000..5000), multiplier: rng.gen(), shift: rng.gen_range(10..24) }).collect(),
                weights: (0..s[0] * s[1]).map(|_| rng.gen()).collect(),
                output_scale: 1.0,
            })
            .collect();
        Int8Mlp { layers }
    }

    /// The same network computed in f64 from the written rule: real sums, then
    /// floor(acc * m / 2^s + 1/2) clamped to 0..=255. Exact in f64 for these small layers.
    fn int8_by_float(m: &Int8Mlp, input: &[u8]) -> Vec<f64> {
        let mut x: Vec<f64> = input.iter().map(|&v| v as f64).collect();
        for (index, l) in m.layers.iter().enumerate() {
            let accs: Vec<f64> = (0..l.out_features)
                .map(|r| l.headers[r].bias as f64 + (0..l.in_features).map(|i| l.weights[r * l.in_features + i] as f64 * x[i]).sum::<f64>())
                .collect();
            if index + 1 == m.layers.len() {
                return accs;
            }
            x = accs.iter().zip(&l.headers).map(|(&a, h)| (a * h.multiplier as f64 / 2f64.powi(h.shift as i32) + 0.5).floor().clamp(0.0, 255.0)).collect();
        }
        unreachable!()
    }

    #[test]
    fn int8_inference_matches_a_float_computation_on_random_layers() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(11);
        for trial in 0..200 {
            let sizes = [rng.gen_range(1..40), rng.gen_range(1..20), rng.gen_range(1..12), rng.gen_range(1..11)];
            let model = random_int8(&mut rng, &sizes[..2 + trial % 3]);
            let input: Vec<u8> = (0..sizes[0]).map(|_| rng.gen()).collect();
            let got: Vec<f64> = model.logits(&input).unwrap().into_iter().map(f64::from).collect();
            assert_eq!(got, int8_by_float(&model, &input), "trial {trial} sizes {sizes:?}");
        }
    }

    #[test]
    fn int8_inference_survives_garbage() {
        // Random payload bytes (a wrong key): a result for every input, deterministic.
        let mut rng = rand::rngs::StdRng::seed_from_u64(5);
        let descs = random_int8(&mut rng, &[784, 16, 10]).layer_descs();
        let payload: Vec<u8> = (0..16 * 792 + 10 * 24).map(|_| rng.gen()).collect();
        let m = Int8Mlp::from_payload(&descs, &payload).unwrap();
        let input = vec![255u8; 784];
        assert_eq!(m.logits(&input).unwrap(), m.logits(&input).unwrap());
        assert_eq!(m.logits(&input).unwrap().len(), 10);
        assert!(matches!(m.logits(&input[1..]), Err(InferError::InputSize { expected: 784, found: 783 })));
    }

    #[test]
    fn float_inference_and_argmax() {
        let m = FloatMlp::new(vec![
            DenseF32 { in_features: 2, out_features: 2, weight: vec![1.0, 0.0, -1.0, 0.0], bias: vec![0.0, 0.5] },
            DenseF32 { in_features: 2, out_features: 2, weight: vec![2.0, 1.0, -1.0, 1.0], bias: vec![0.0, 0.25] },
        ])
        .unwrap();
        // x = (1, 0): hidden relu(1, -0.5) = (1, 0); logits (2, -0.75).
        assert_eq!(m.logits(&[255, 0]).unwrap(), vec![2.0, -0.75]);
        assert_eq!(float_argmax(&[1.0, 3.0, 3.0]), Some(1));
        assert_eq!(float_argmax(&[1.0, f32::NAN]), None);
        assert_eq!(float_argmax(&[f32::INFINITY, 1.0]), None);
        assert_eq!(float_argmax(&[]), None);
        let mut nan = m.clone();
        nan.layers[0].weight[0] = f32::NAN;
        assert_eq!(float_argmax(&nan.logits(&[255, 0]).unwrap()), None);
    }
}
