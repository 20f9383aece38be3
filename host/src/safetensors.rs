//! Float models as safetensors files in the PyTorch convention, so a model exported from PyTorch
//! (`safetensors.torch.save_file(model.state_dict(), ...)`) imports as is.
//!
//! The naming rule (docs/model-import.md): the model is an `nn.Sequential` of `nn.Linear` layers
//! with one `nn.ReLU` between consecutive ones and nothing after the last:
//! `Sequential(Linear, ReLU, Linear, ReLU, …, Linear)`. The Linear layers therefore sit at the
//! even indices 0, 2, 4, …, and the file holds exactly `<i>.weight` (shape `[out, in]`) and
//! `<i>.bias` (shape `[out]`) for each of them, float32 (float64 is accepted and rounded to
//! float32). Anything else is refused with a message naming the offending tensor.

use std::collections::BTreeMap;
use std::path::Path;

use ::safetensors::tensor::{Dtype, SafeTensors, TensorView};

use crate::model::{DenseF32, FloatMlp};

/// Why a safetensors file is not a model this crate can use.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("not a safetensors file ({0})")]
    NotSafetensors(String),
    #[error("the file holds no tensors")]
    Empty,
    #[error("tensor `{name}`: {reason}; expected nn.Sequential(Linear, ReLU, …, Linear) names `0.weight`, `0.bias`, `2.weight`, … (see docs/model-import.md)")]
    UnsupportedName { name: String, reason: String },
    #[error("tensor `{name}` has dtype {dtype}; only float32 (or float64) parameters are supported")]
    UnsupportedDtype { name: String, dtype: String },
    #[error("tensor `{name}` has shape {shape:?}; {expected}")]
    Shape { name: String, shape: Vec<usize>, expected: String },
    #[error("layer {index} has `{index}.weight` but no `{index}.bias`: every Linear layer needs a bias (bias=True)")]
    MissingBias { index: usize },
    #[error("layer {index} has `{index}.bias` but no `{index}.weight`")]
    MissingWeight { index: usize },
    #[error("no Linear layer at index {missing} although index {later} has one: expected Linear layers at 0, 2, 4, … with one ReLU between each pair")]
    Gap { missing: usize, later: usize },
    #[error("tensor `{name}` holds NaN or infinite values")]
    NotFinite { name: String },
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// Which parameter of a Linear layer a tensor is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Param {
    Weight,
    Bias,
}

/// Splits `<index>.weight` / `<index>.bias`, refusing every other name.
fn parse_name(name: &str) -> Result<(usize, Param), ImportError> {
    let bad = |reason: &str| ImportError::UnsupportedName { name: name.to_owned(), reason: reason.to_owned() };
    let (index, param) = name.split_once('.').ok_or_else(|| bad("not of the form <index>.<parameter>"))?;
    let index: usize = index
        .parse()
        .ok()
        .filter(|_| index.bytes().all(|b| b.is_ascii_digit()) && (index == "0" || !index.starts_with('0')))
        .ok_or_else(|| bad("the part before the first '.' is not a layer index (strip any prefix such as `model.`)"))?;
    let param = match param {
        "weight" => Param::Weight,
        "bias" => Param::Bias,
        _ => return Err(bad("only Linear layers (parameters `weight` and `bias`) are supported")),
    };
    if index % 2 == 1 {
        return Err(bad("parameters at an odd index: only Linear layers at even indices, with a parameter-free ReLU between them, are supported"));
    }
    Ok((index, param))
}

/// The values of a float tensor, as float32.
fn values(name: &str, view: &TensorView) -> Result<Vec<f32>, ImportError> {
    let data = view.data();
    let values: Vec<f32> = match view.dtype() {
        Dtype::F32 => data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        Dtype::F64 => data.chunks_exact(8).map(|c| f64::from_le_bytes(c.try_into().unwrap()) as f32).collect(),
        other => return Err(ImportError::UnsupportedDtype { name: name.to_owned(), dtype: format!("{other:?}") }),
    };
    if values.iter().any(|v| !v.is_finite()) {
        return Err(ImportError::NotFinite { name: name.to_owned() });
    }
    Ok(values)
}

/// Reads a model from safetensors bytes.
pub fn from_bytes(bytes: &[u8]) -> Result<FloatMlp, ImportError> {
    let file = SafeTensors::deserialize(bytes).map_err(|e| ImportError::NotSafetensors(e.to_string()))?;
    let mut params: BTreeMap<usize, BTreeMap<Param, (String, TensorView)>> = BTreeMap::new();
    for (name, view) in file.tensors() {
        let (index, param) = parse_name(&name)?;
        params.entry(index).or_default().insert(param, (name, view));
    }
    if params.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut layers: Vec<DenseF32> = Vec::new();
    for (position, (index, mut p)) in params.into_iter().enumerate() {
        if index != 2 * position {
            return Err(ImportError::Gap { missing: 2 * position, later: index });
        }
        let (w_name, w) = p.remove(&Param::Weight).ok_or(ImportError::MissingWeight { index })?;
        let (b_name, b) = p.remove(&Param::Bias).ok_or(ImportError::MissingBias { index })?;
        let &[out_features, in_features] = w.shape() else {
            return Err(ImportError::Shape { name: w_name, shape: w.shape().to_vec(), expected: "a Linear weight is [out_features, in_features]".into() });
        };
        if out_features == 0 || in_features == 0 {
            return Err(ImportError::Shape { name: w_name, shape: w.shape().to_vec(), expected: "a layer needs at least one input and one output".into() });
        }
        if b.shape() != [out_features] {
            return Err(ImportError::Shape { name: b_name, shape: b.shape().to_vec(), expected: format!("the bias of `{w_name}` must be [{out_features}]") });
        }
        if let Some(prev) = layers.last() {
            if prev.out_features != in_features {
                let expected = format!("the previous Linear layer has {} outputs, so this weight must be [_, {}]", prev.out_features, prev.out_features);
                return Err(ImportError::Shape { name: w_name, shape: w.shape().to_vec(), expected });
            }
        }
        layers.push(DenseF32 { in_features, out_features, weight: values(&w_name, &w)?, bias: values(&b_name, &b)? });
    }
    // The checks above already guarantee a valid chain.
    Ok(FloatMlp::new(layers).expect("layers were checked while reading"))
}

/// Reads a model from a safetensors file.
pub fn read_file(path: &Path) -> Result<FloatMlp, ImportError> {
    let bytes = std::fs::read(path).map_err(|source| ImportError::Io { path: path.display().to_string(), source })?;
    from_bytes(&bytes)
}

/// The model as safetensors bytes: `<2k>.weight` `[out, in]` and `<2k>.bias` `[out]`, float32.
pub fn to_bytes(model: &FloatMlp) -> Vec<u8> {
    let raw: Vec<(String, Vec<usize>, Vec<u8>)> = model
        .layers
        .iter()
        .enumerate()
        .flat_map(|(k, l)| {
            let le = |v: &[f32]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
            [(format!("{}.weight", 2 * k), vec![l.out_features, l.in_features], le(&l.weight)), (format!("{}.bias", 2 * k), vec![l.out_features], le(&l.bias))]
        })
        .collect();
    let views = raw.iter().map(|(name, shape, data)| (name.as_str(), TensorView::new(Dtype::F32, shape.clone(), data).expect("shape matches data")));
    // One entry only: the crate takes a HashMap, whose order (and so the file's bytes) would
    // otherwise vary from run to run.
    let metadata = Some([("format".to_string(), "pt".to_string())].into());
    ::safetensors::serialize(views, &metadata).expect("tensors built from a valid model serialize")
}

/// Writes the model to `path` atomically ([`crate::fs::write_atomically`]).
pub fn write_file(model: &FloatMlp, path: &Path) -> std::io::Result<()> {
    crate::fs::write_bytes_atomically(path, crate::fs::Access::Shared, &to_bytes(model))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DenseF32;

    fn tiny_float() -> FloatMlp {
        let dense = |i: usize, o: usize, seed: f32| DenseF32 {
            in_features: i,
            out_features: o,
            weight: (0..i * o).map(|k| ((k as f32 + seed) * 0.37).sin()).collect(),
            bias: (0..o).map(|k| ((k as f32 - seed) * 0.91).cos() * 0.1).collect(),
        };
        FloatMlp::new(vec![dense(5, 3, 1.0), dense(3, 2, 2.0)]).unwrap()
    }

    /// A safetensors file written by hand: 8-byte LE header length, JSON header, data.
    fn handmade(tensors: &[(&str, &str, Vec<usize>, usize)]) -> Vec<u8> {
        let mut header = serde_json::Map::new();
        let mut offset = 0;
        for (name, dtype, shape, width) in tensors {
            let n = shape.iter().product::<usize>() * width;
            header.insert(name.to_string(), serde_json::json!({"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + n]}));
            offset += n;
        }
        let json = serde_json::to_vec(&header).unwrap();
        [(json.len() as u64).to_le_bytes().to_vec(), json, vec![0u8; offset]].concat()
    }

    fn err(tensors: &[(&str, &str, Vec<usize>, usize)]) -> String {
        from_bytes(&handmade(tensors)).unwrap_err().to_string()
    }

    #[test]
    fn round_trip() {
        let m = tiny_float();
        let bytes = to_bytes(&m);
        assert_eq!(bytes, to_bytes(&m), "the same model gives the same bytes");
        assert_eq!(from_bytes(&bytes).unwrap(), m);
        let names: Vec<String> = SafeTensors::deserialize(&bytes).unwrap().names().into_iter().cloned().collect();
        assert_eq!(names.len(), 4);
        assert!(names.contains(&"2.weight".to_string()));
    }

    #[test]
    fn pytorch_style_file_imports() {
        let m = from_bytes(&handmade(&[("0.weight", "F32", vec![4, 6], 4), ("0.bias", "F32", vec![4], 4), ("2.weight", "F64", vec![3, 4], 8), ("2.bias", "F64", vec![3], 8)])).unwrap();
        assert_eq!(m.arch(), vec![6, 4, 3]);
    }

    #[test]
    fn malformed_models_are_refused_with_a_reason() {
        let w = |n: &'static str, s: Vec<usize>| (n, "F32", s, 4);
        assert!(err(&[w("0.weight", vec![4, 6])]).contains("no `0.bias`"));
        assert!(err(&[w("0.bias", vec![4])]).contains("no `0.weight`"));
        assert!(err(&[w("0.weight", vec![4, 6]), w("0.bias", vec![5])]).contains("must be [4]"));
        assert!(err(&[w("0.weight", vec![24]), w("0.bias", vec![4])]).contains("[out_features, in_features]"));
        let chain = err(&[w("0.weight", vec![4, 6]), w("0.bias", vec![4]), w("2.weight", vec![3, 5]), w("2.bias", vec![3])]);
        assert!(chain.contains("4 outputs"), "{chain}");
        assert!(err(&[w("0.weight", vec![4, 6]), w("0.bias", vec![4]), w("4.weight", vec![3, 4]), w("4.bias", vec![3])]).contains("no Linear layer at index 2"));
        assert!(err(&[w("1.weight", vec![4, 6]), w("1.bias", vec![4])]).contains("odd index"));
        assert!(err(&[w("0.weight", vec![4, 6]), w("0.bias", vec![4]), w("1.bias", vec![4])]).contains("odd index"));
        assert!(err(&[w("0.weight", vec![4, 6]), w("0.bias", vec![4]), w("0.running_mean", vec![4])]).contains("only Linear layers"));
        assert!(err(&[w("model.0.weight", vec![4, 6])]).contains("strip any prefix"));
        assert!(err(&[w("weight", vec![4, 6])]).contains("<index>.<parameter>"));
        assert!(err(&[w("00.weight", vec![4, 6])]).contains("layer index"));
        assert!(err(&[("0.weight", "F16", vec![4, 6], 2), w("0.bias", vec![4])]).contains("dtype F16"));
        assert!(err(&[]).contains("no tensors"));
        assert!(from_bytes(b"\x02\x00\x00\x00\x00\x00\x00\x00{}junk").unwrap_err().to_string().starts_with("not a safetensors file"));
        assert!(from_bytes(b"").unwrap_err().to_string().starts_with("not a safetensors file"));
        let mut nan = to_bytes(&tiny_float());
        let at = nan.len() - 4;
        nan[at..].copy_from_slice(&f32::NAN.to_le_bytes());
        assert!(matches!(from_bytes(&nan), Err(ImportError::NotFinite { .. })));
    }
}
