//! The device layout of a model's payload: the order in which the accelerator reads the bytes.
//! The key-stream position of a byte is its offset in this layout, so the layout is part of the
//! locking scheme and is shared by the packer, the CPU reference and the RTL.
//!
//! int8 models: layer after layer, row after row (output neuron after output neuron). A row is an
//! 8-byte [`RowHeader`] followed by the row's int8 weights in input order, zero-padded to a
//! multiple of [`ROW_ALIGN`] bytes. Because every row is a whole number of 8-byte units, the same
//! payload feeds 1, 2, 4 or 8 unlock lanes.
//!
//! float32 models (the paper's setting): layer after layer, the weights `[out, in]` row-major
//! then the biases `[out]`, every value little-endian, so parameter `i` takes key word `w[4 + i]`.

/// Row lengths (header and weights) are multiples of this many bytes: the widest lane count.
pub const ROW_ALIGN: usize = 8;
/// Bytes of the header in front of every int8 row.
pub const ROW_HEADER_BYTES: usize = 8;

/// How parameters are stored in the payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// int8 weights with per-row int32 bias and requantization (runs on the accelerator).
    Int8,
    /// float32 weights and biases (the paper's setting; CPU reference only).
    Float32,
}

/// `n` rounded up to a multiple of [`ROW_ALIGN`].
pub const fn padded_inputs(n: usize) -> usize {
    n.div_ceil(ROW_ALIGN) * ROW_ALIGN
}

/// Bytes of one int8 row: header plus padded weights.
pub const fn int8_row_bytes(in_features: usize) -> usize {
    ROW_HEADER_BYTES + padded_inputs(in_features)
}

/// Bytes a dense layer occupies in the payload, or `None` on overflow.
pub fn layer_bytes(precision: Precision, in_features: usize, out_features: usize) -> Option<usize> {
    match precision {
        Precision::Int8 => {
            let row = in_features.checked_next_multiple_of(ROW_ALIGN)?.checked_add(ROW_HEADER_BYTES)?;
            out_features.checked_mul(row)
        }
        Precision::Float32 => in_features.checked_add(1)?.checked_mul(out_features)?.checked_mul(4),
    }
}

/// The per-row parameters in front of every int8 row, little-endian:
/// `bias: i32 | multiplier: u16 | shift: u8 | reserved: u8 (0)`.
///
/// The row's output is `clamp((acc * multiplier + round) >> shift, 0, 255)` for a hidden (ReLU)
/// layer, where `acc` is the int32 sum of bias and products and `round = 1 << (shift - 1)`
/// (0 when `shift` is 0); the last layer outputs `acc` itself and ignores multiplier and shift.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct RowHeader {
    pub bias: i32,
    pub multiplier: u16,
    pub shift: u8,
}

/// Largest requantization shift: the product `acc * multiplier` has at most 48 bits.
pub const MAX_SHIFT: u8 = 47;

impl RowHeader {
    pub fn to_bytes(self) -> [u8; ROW_HEADER_BYTES] {
        let mut bytes = [0u8; ROW_HEADER_BYTES];
        bytes[0..4].copy_from_slice(&self.bias.to_le_bytes());
        bytes[4..6].copy_from_slice(&self.multiplier.to_le_bytes());
        bytes[6] = self.shift;
        bytes
    }

    pub fn from_bytes(bytes: &[u8; ROW_HEADER_BYTES]) -> Self {
        RowHeader {
            bias: i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]),
            multiplier: u16::from_le_bytes([bytes[4], bytes[5]]),
            shift: bytes[6],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mnist_784_16_10_sizes() {
        assert_eq!(int8_row_bytes(784), 792);
        assert_eq!(layer_bytes(Precision::Int8, 784, 16), Some(12_672));
        assert_eq!(layer_bytes(Precision::Int8, 16, 10), Some(240));
        assert_eq!(layer_bytes(Precision::Float32, 784, 16), Some((784 * 16 + 16) * 4));
        assert_eq!(padded_inputs(10), 16);
    }

    #[test]
    fn row_header_round_trip() {
        let h = RowHeader { bias: -123_456, multiplier: 0xbeef, shift: 40 };
        assert_eq!(RowHeader::from_bytes(&h.to_bytes()), h);
        assert_eq!(h.to_bytes()[7], 0);
    }

    #[test]
    fn overflow_is_reported() {
        assert_eq!(layer_bytes(Precision::Int8, usize::MAX - 3, 2), None);
        assert_eq!(layer_bytes(Precision::Float32, usize::MAX, 1), None);
    }
}
