//! Accuracy of a model on a labeled split, whatever runs the model.
//!
//! A device-like backend (this crate's CPU golden model, an RTL simulation, a board on a serial
//! link) implements [`InferenceBackend`]: uint8 image in, int32 logits out. Every such backend is
//! a [`Classifier`], and [`evaluate`] takes any classifier; the float32 reference is a classifier
//! of its own, since its logits are not integers.

use std::time::Instant;

use crate::dataset::{LabeledImages, Split};
use crate::infer::{float_argmax, InferError, UnlockedModel};
use crate::layout::argmax;
use crate::model::{FloatMlp, Int8Mlp};

/// Why a backend could not produce a result.
#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    #[error(transparent)]
    Infer(#[from] InferError),
    /// A backend's own failure (simulator, link, device), already described.
    #[error("{0}")]
    Other(Box<dyn std::error::Error + Send + Sync>),
}

/// Something that runs an int8 model as the device does: uint8 input (the raw pixels), int32
/// logits out.
pub trait InferenceBackend {
    /// Short name for reports: "cpu", "sim", "board", …
    fn name(&self) -> &str;
    /// The logits for one input.
    fn infer(&mut self, input: &[u8]) -> Result<Vec<i32>, BackendError>;
}

/// Something that predicts a class for a uint8 image.
pub trait Classifier {
    fn name(&self) -> &str;
    /// The predicted class, or `None` when the output names none (e.g. NaN logits).
    fn classify(&mut self, input: &[u8]) -> Result<Option<usize>, BackendError>;
}

impl<B: InferenceBackend + ?Sized> Classifier for B {
    fn name(&self) -> &str {
        InferenceBackend::name(self)
    }

    fn classify(&mut self, input: &[u8]) -> Result<Option<usize>, BackendError> {
        Ok(argmax(&self.infer(input)?))
    }
}

/// The int8 golden model on the CPU.
pub struct CpuInt8(pub Int8Mlp);

impl InferenceBackend for CpuInt8 {
    fn name(&self) -> &str {
        "cpu"
    }

    fn infer(&mut self, input: &[u8]) -> Result<Vec<i32>, BackendError> {
        Ok(self.0.logits(input)?)
    }
}

/// The float32 reference on the CPU.
pub struct CpuFloat(pub FloatMlp);

impl Classifier for CpuFloat {
    fn name(&self) -> &str {
        "cpu"
    }

    fn classify(&mut self, input: &[u8]) -> Result<Option<usize>, BackendError> {
        Ok(float_argmax(&self.0.logits(input)?))
    }
}

/// The CPU classifier for an unlocked model of either precision.
pub fn cpu_classifier(model: UnlockedModel) -> Box<dyn Classifier> {
    match model {
        UnlockedModel::Int8(m) => Box::new(CpuInt8(m)),
        UnlockedModel::Float32(m) => Box::new(CpuFloat(m)),
    }
}

/// The outcome of an evaluation. Serializes (without the per-image predictions) to the JSON
/// object `deeplock eval --json` prints.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct EvalReport {
    pub backend: String,
    pub dataset: String,
    pub split: Split,
    pub samples: usize,
    pub correct: usize,
    /// Images for which the model named no class (NaN or infinite float logits); counted wrong.
    pub no_prediction: usize,
    pub accuracy: f64,
    pub seconds: f64,
    /// The prediction for each image, in order.
    #[serde(skip)]
    pub predictions: Vec<Option<usize>>,
}

/// Runs `classifier` over the first `limit` images (all when `None`) of `data`, the `split` of
/// `dataset`, calling `progress(done, total)` after each image.
pub fn evaluate(
    classifier: &mut dyn Classifier,
    dataset: &str,
    split: Split,
    data: &LabeledImages,
    limit: Option<usize>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<EvalReport, BackendError> {
    let samples = limit.map_or(data.len(), |l| l.min(data.len()));
    let start = Instant::now();
    let mut predictions = Vec::with_capacity(samples);
    for i in 0..samples {
        predictions.push(classifier.classify(data.image(i))?);
        progress(i + 1, samples);
    }
    Ok(EvalReport::from_predictions(classifier.name(), dataset, split, &data.labels, predictions, start.elapsed().as_secs_f64()))
}

impl EvalReport {
    /// The report for `predictions` of the first images of a split whose labels are `labels`,
    /// for backends that produce predictions their own way (a board running a pipelined batch).
    pub fn from_predictions(backend: &str, dataset: &str, split: Split, labels: &[u8], predictions: Vec<Option<usize>>, seconds: f64) -> Self {
        let samples = predictions.len();
        let correct = predictions.iter().zip(labels).filter(|(p, &l)| **p == Some(l as usize)).count();
        EvalReport {
            backend: backend.to_owned(),
            dataset: dataset.to_owned(),
            split,
            samples,
            correct,
            no_prediction: predictions.iter().filter(|p| p.is_none()).count(),
            accuracy: if samples == 0 { 0.0 } else { correct as f64 / samples as f64 },
            seconds,
            predictions,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A backend that answers the first pixel as the class, or fails on pixel 99.
    struct Echo;

    impl InferenceBackend for Echo {
        fn name(&self) -> &str {
            "echo"
        }

        fn infer(&mut self, input: &[u8]) -> Result<Vec<i32>, BackendError> {
            if input[0] == 99 {
                return Err(BackendError::Other("device went away".into()));
            }
            let mut logits = vec![0; 3];
            logits[input[0] as usize % 3] = 1;
            Ok(logits)
        }
    }

    #[test]
    fn counts_correct_predictions_and_reports() {
        let data = LabeledImages { rows: 1, cols: 1, pixels: vec![0, 1, 2, 1], labels: vec![0, 1, 1, 2] };
        let mut seen = Vec::new();
        let report = evaluate(&mut Echo, "toy", Split::Test, &data, None, &mut |d, t| seen.push((d, t))).unwrap();
        assert_eq!((report.samples, report.correct, report.no_prediction), (4, 2, 0));
        assert_eq!(report.accuracy, 0.5);
        assert_eq!(report.predictions, vec![Some(0), Some(1), Some(2), Some(1)]);
        assert_eq!(seen.last(), Some(&(4, 4)));
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["backend"], "echo");
        assert_eq!(json["split"], "test");
        assert!(json.get("predictions").is_none());

        let limited = evaluate(&mut Echo, "toy", Split::Test, &data, Some(2), &mut |_, _| {}).unwrap();
        assert_eq!((limited.samples, limited.correct), (2, 2));
    }

    #[test]
    fn backend_failures_propagate() {
        let data = LabeledImages { rows: 1, cols: 1, pixels: vec![0, 99], labels: vec![0, 0] };
        let err = evaluate(&mut Echo, "toy", Split::Test, &data, None, &mut |_, _| {}).unwrap_err();
        assert_eq!(err.to_string(), "device went away");
    }
}
