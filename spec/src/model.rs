//! Multi-layer perceptrons: dense layers with ReLU between them and none after the last, as float32
//! parameters ([`FloatMlp`]) or as the int8 device form ([`Int8Mlp`]), and their payloads in the
//! device layout (see `layout`).
//!
//! Input convention of every model: a 28 x 28 image flattened row-major (784 values); a float
//! model sees each pixel as `pixel / 255` (in 0..=1) with no other normalization, an int8 model the
//! raw pixel byte (its input scale is 1/255).

use crate::format::{Activation, LayerDesc};
use crate::layout::{int8_row_bytes, layer_bytes, padded_inputs, Precision, RowHeader, ROW_HEADER_BYTES};

/// Why a model is not usable.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("architecture {0:?}: expected sizes joined by '-', e.g. 784-16-10, with at least two sizes all > 0")]
    BadArch(String),
    #[error("layer {index}: {reason}")]
    BadLayer { index: usize, reason: String },
    #[error("the model has no layers")]
    Empty,
    #[error("payload is {found} bytes, the layer table needs {expected}")]
    PayloadLength { expected: usize, found: usize },
}

/// Parses an architecture such as `784-16-10` (input size, hidden sizes, output size).
pub fn parse_arch(text: &str) -> Result<Vec<usize>, ModelError> {
    let sizes: Option<Vec<usize>> = text.split('-').map(|s| s.trim().parse().ok().filter(|&n| n > 0)).collect();
    match sizes {
        Some(s) if s.len() >= 2 => Ok(s),
        _ => Err(ModelError::BadArch(text.to_owned())),
    }
}

/// Formats sizes as `784-16-10`.
pub fn arch_string(sizes: &[usize]) -> String {
    sizes.iter().map(|s| s.to_string()).collect::<Vec<_>>().join("-")
}

/// Checks that `layers` is a chain of dense layers, ReLU on all but the last, which has none.
fn check_chain(layers: &[LayerDesc]) -> Result<(), ModelError> {
    if layers.is_empty() {
        return Err(ModelError::Empty);
    }
    for (index, layer) in layers.iter().enumerate() {
        let last = index + 1 == layers.len();
        let expected = if last { Activation::None } else { Activation::Relu };
        if layer.activation != expected {
            let reason = format!("activation {:?}: only ReLU between layers and none after the last is supported", layer.activation);
            return Err(ModelError::BadLayer { index, reason });
        }
        if let Some(next) = layers.get(index + 1) {
            if next.in_features != layer.out_features {
                return Err(ModelError::BadLayer { index, reason: format!("{} outputs feed a layer of {} inputs", layer.out_features, next.in_features) });
            }
        }
    }
    Ok(())
}

/// The activation of layer `index` of `count`.
fn activation(index: usize, count: usize) -> Activation {
    if index + 1 == count {
        Activation::None
    } else {
        Activation::Relu
    }
}

/// A float32 dense layer, PyTorch convention: `weight` is `[out, in]` row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct DenseF32 {
    pub in_features: usize,
    pub out_features: usize,
    pub weight: Vec<f32>,
    pub bias: Vec<f32>,
}

/// A float32 MLP.
#[derive(Clone, Debug, PartialEq)]
pub struct FloatMlp {
    pub layers: Vec<DenseF32>,
}

impl FloatMlp {
    /// Checks the layers' shapes and chaining.
    pub fn new(layers: Vec<DenseF32>) -> Result<Self, ModelError> {
        for (index, l) in layers.iter().enumerate() {
            if l.in_features == 0 || l.out_features == 0 || l.weight.len() != l.in_features * l.out_features || l.bias.len() != l.out_features {
                return Err(ModelError::BadLayer { index, reason: format!("weight {} / bias {} values do not fit {}x{}", l.weight.len(), l.bias.len(), l.out_features, l.in_features) });
            }
        }
        let model = FloatMlp { layers };
        check_chain(&model.layer_descs())?;
        Ok(model)
    }

    /// Sizes: inputs, then each layer's outputs.
    pub fn arch(&self) -> Vec<usize> {
        std::iter::once(self.layers[0].in_features).chain(self.layers.iter().map(|l| l.out_features)).collect()
    }

    /// The layer table of a float32 `.dlk`.
    pub fn layer_descs(&self) -> Vec<LayerDesc> {
        let n = self.layers.len();
        self.layers
            .iter()
            .enumerate()
            .map(|(i, l)| LayerDesc { in_features: l.in_features as u32, out_features: l.out_features as u32, activation: activation(i, n), output_scale: 0.0 })
            .collect()
    }

    /// The float32 payload: per layer the weights `[out, in]` row-major, then the biases, LE.
    pub fn to_payload(&self) -> Vec<u8> {
        self.layers.iter().flat_map(|l| l.weight.iter().chain(&l.bias)).flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads a float32 payload (any bit patterns, NaN included) laid out by `layers`.
    pub fn from_payload(layers: &[LayerDesc], payload: &[u8]) -> Result<Self, ModelError> {
        check_chain(layers)?;
        let expected = payload_len(Precision::Float32, layers)?;
        if payload.len() != expected {
            return Err(ModelError::PayloadLength { expected, found: payload.len() });
        }
        let mut values = payload.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        let layers = layers
            .iter()
            .map(|d| {
                let (i, o) = (d.in_features as usize, d.out_features as usize);
                DenseF32 { in_features: i, out_features: o, weight: values.by_ref().take(i * o).collect(), bias: values.by_ref().take(o).collect() }
            })
            .collect();
        Ok(FloatMlp { layers })
    }
}

/// An int8 dense layer as the device holds it: per row a header and `in_features` weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Int8Layer {
    pub in_features: usize,
    pub out_features: usize,
    pub headers: Vec<RowHeader>,
    /// `[out, in]` row-major, without the padding.
    pub weights: Vec<i8>,
    /// Real value of one output unit (see `LayerDesc::output_scale`).
    pub output_scale: f32,
}

/// An int8 MLP in the device's form.
#[derive(Clone, Debug, PartialEq)]
pub struct Int8Mlp {
    pub layers: Vec<Int8Layer>,
}

impl Int8Mlp {
    /// The layer table of an int8 `.dlk`.
    pub fn layer_descs(&self) -> Vec<LayerDesc> {
        let n = self.layers.len();
        self.layers
            .iter()
            .enumerate()
            .map(|(i, l)| LayerDesc { in_features: l.in_features as u32, out_features: l.out_features as u32, activation: activation(i, n), output_scale: l.output_scale })
            .collect()
    }

    /// The int8 payload in device order: rows of header + weights padded with zeros.
    pub fn to_payload(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for l in &self.layers {
            for (header, row) in l.headers.iter().zip(l.weights.chunks_exact(l.in_features)) {
                out.extend_from_slice(&header.to_bytes());
                out.extend(row.iter().map(|&w| w as u8));
                out.resize(out.len() + padded_inputs(l.in_features) - l.in_features, 0);
            }
        }
        out
    }

    /// Reads an int8 payload laid out by `layers`. Every byte value is accepted (a wrong key
    /// gives garbage that still has one defined meaning); padding and reserved bytes are ignored.
    pub fn from_payload(layers: &[LayerDesc], payload: &[u8]) -> Result<Self, ModelError> {
        check_chain(layers)?;
        let expected = payload_len(Precision::Int8, layers)?;
        if payload.len() != expected {
            return Err(ModelError::PayloadLength { expected, found: payload.len() });
        }
        let mut rest = payload;
        let layers = layers
            .iter()
            .map(|d| {
                let (inputs, outputs) = (d.in_features as usize, d.out_features as usize);
                let (bytes, tail) = rest.split_at(outputs * int8_row_bytes(inputs));
                rest = tail;
                let rows = bytes.chunks_exact(int8_row_bytes(inputs));
                let headers = rows.clone().map(|r| RowHeader::from_bytes(r[..ROW_HEADER_BYTES].try_into().unwrap())).collect();
                let weights = rows.flat_map(|r| r[ROW_HEADER_BYTES..ROW_HEADER_BYTES + inputs].iter().map(|&b| b as i8)).collect();
                Int8Layer { in_features: inputs, out_features: outputs, headers, weights, output_scale: d.output_scale }
            })
            .collect();
        Ok(Int8Mlp { layers })
    }
}

/// Payload bytes a layer table needs.
fn payload_len(precision: Precision, layers: &[LayerDesc]) -> Result<usize, ModelError> {
    layers.iter().enumerate().try_fold(0usize, |total, (index, d)| {
        layer_bytes(precision, d.in_features as usize, d.out_features as usize)
            .and_then(|b| total.checked_add(b))
            .ok_or_else(|| ModelError::BadLayer { index, reason: "size overflows".into() })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_float() -> FloatMlp {
        let dense = |i: usize, o: usize, seed: f32| DenseF32 {
            in_features: i,
            out_features: o,
            weight: (0..i * o).map(|k| ((k as f32 + seed) * 0.37).sin()).collect(),
            bias: (0..o).map(|k| ((k as f32 - seed) * 0.91).cos() * 0.1).collect(),
        };
        FloatMlp::new(vec![dense(5, 3, 1.0), dense(3, 2, 2.0)]).unwrap()
    }

    #[test]
    fn arch_parsing() {
        assert_eq!(parse_arch("784-16-10").unwrap(), vec![784, 16, 10]);
        assert_eq!(arch_string(&[784, 128, 64, 10]), "784-128-64-10");
        for bad in ["784", "784-0-10", "784-x-10", "", "784--10"] {
            assert!(parse_arch(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn float_payload_round_trip_and_order() {
        let m = tiny_float();
        let payload = m.to_payload();
        assert_eq!(payload.len(), (5 * 3 + 3 + 3 * 2 + 2) * 4);
        // Parameter i is bytes 4i..4i+4: weights row-major, then biases, layer after layer.
        assert_eq!(&payload[4 * 15..4 * 16], &m.layers[0].bias[0].to_le_bytes());
        assert_eq!(&payload[4 * 18..4 * 19], &m.layers[1].weight[0].to_le_bytes());
        assert_eq!(FloatMlp::from_payload(&m.layer_descs(), &payload).unwrap(), m);
        assert!(matches!(FloatMlp::from_payload(&m.layer_descs(), &payload[1..]), Err(ModelError::PayloadLength { .. })));
    }

    #[test]
    fn int8_payload_round_trip_and_padding() {
        let layer = |i: usize, o: usize, scale: f32| Int8Layer {
            in_features: i,
            out_features: o,
            headers: (0..o).map(|r| RowHeader { bias: r as i32 - 7, multiplier: 300 + r as u16, shift: 9 }).collect(),
            weights: (0..i * o).map(|k| (k as i32 * 53 % 256 - 128) as i8).collect(),
            output_scale: scale,
        };
        let m = Int8Mlp { layers: vec![layer(10, 3, 0.5), layer(3, 2, 0.25)] };
        let payload = m.to_payload();
        assert_eq!(payload.len(), 3 * (8 + 16) + 2 * (8 + 8));
        assert_eq!(&payload[8..18], &m.layers[0].weights[..10].iter().map(|&w| w as u8).collect::<Vec<_>>()[..]);
        assert_eq!(&payload[18..24], &[0; 6]);
        assert_eq!(Int8Mlp::from_payload(&m.layer_descs(), &payload).unwrap(), m);
        // Garbage in padding and the reserved byte changes nothing.
        let mut dirty = payload.clone();
        dirty[20] = 0xaa;
        dirty[7] = 0x55;
        assert_eq!(Int8Mlp::from_payload(&m.layer_descs(), &dirty).unwrap(), m);
    }

    #[test]
    fn bad_layer_tables_are_rejected() {
        let mut descs = tiny_float().layer_descs();
        descs[1].activation = Activation::Relu;
        assert!(matches!(FloatMlp::from_payload(&descs, &[]), Err(ModelError::BadLayer { index: 1, .. })));
        let mut descs = tiny_float().layer_descs();
        descs[1].in_features = 4;
        assert!(matches!(Int8Mlp::from_payload(&descs, &[]), Err(ModelError::BadLayer { index: 0, .. })));
        assert!(matches!(Int8Mlp::from_payload(&[], &[]), Err(ModelError::Empty)));
    }
}
