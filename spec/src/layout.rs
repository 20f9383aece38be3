//! The device layout of a model's payload: the order in which the accelerator reads the bytes.
//! The key-stream position of a byte is its offset in this layout, so the layout is part of the
//! locking scheme and is shared by the packer, the CPU reference and the RTL.
//!
//! int8 models: layer after layer, row after row (output neuron after output neuron). A row is an
//! 8-byte [`RowHeader`] followed by the row's int8 weights in input order, zero-padded to a
//! multiple of [`ROW_ALIGN`] bytes. Because every row is a whole number of 8-byte units, the same
//! payload feeds 1, 2, 4 or 8 unlock lanes.
//!
//! The arithmetic of an int8 model (the golden model `crate::infer` implements it):
//! - weights int8 (symmetric, zero point 0); activations uint8 (zero point 0). The first layer's
//!   input is the raw 0..255 pixel (real value pixel / 255).
//! - row accumulator [`accumulate`]: `acc = bias + sum(w * x)` over the layer's real inputs in
//!   wrapping 32-bit arithmetic; padding weights and the reserved header byte are ignored,
//!   whatever their value.
//! - every layer but the last is ReLU and outputs [`requantize`]`(acc, header)` (uint8); the last
//!   layer outputs `acc` as its int32 logit; the class is [`argmax`] (lowest index on ties).
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

/// Requantizes a hidden (ReLU) row's accumulator to its uint8 output, exactly as the device does.
///
/// The rule, for EVERY header value (a wrong key unlocks arbitrary headers, and the device must
/// still produce this result):
///
/// ```text
/// y = clamp(floor((acc * multiplier + round) / 2^shift), 0, 255)
///     round = 2^(shift - 1) if shift > 0, else 0
/// ```
///
/// computed on mathematical integers (`acc` is the wrapped int32 accumulator, `multiplier` the
/// unsigned 16-bit field, `shift` the unsigned 8-bit field, any of 0..=255). `floor` of a division
/// by 2^shift is an arithmetic right shift. A device computes it exactly with:
///
/// - `shift > MAX_SHIFT` (48..=255): `y = 0`. Proof: `|acc * multiplier| < 2^31 * 2^16 = 2^47`
///   and `round = 2^(shift-1) >= 2^47`, so `0 < acc * multiplier + round < 2^shift`.
/// - `shift <= MAX_SHIFT`: the signed product needs 48 bits, the sum with `round` 49 bits; an
///   arithmetic right shift by `shift`, then the clamp.
///
/// The last layer does not requantize: it outputs `acc` (multiplier and shift are ignored).
pub fn requantize(acc: i32, header: RowHeader) -> u8 {
    if header.shift > MAX_SHIFT {
        return 0;
    }
    let shift = u32::from(header.shift);
    let round = if shift == 0 { 0 } else { 1i64 << (shift - 1) };
    let y = (i64::from(acc) * i64::from(header.multiplier) + round) >> shift;
    y.clamp(0, 255) as u8
}

/// The row's accumulator: `bias + sum(w[i] * x[i])` over the row's `inputs.len()` real inputs,
/// in wrapping 32-bit two's-complement arithmetic (so any weights, including garbage from a wrong
/// key, give one defined result). Padding weights beyond the inputs are never used.
pub fn accumulate(bias: i32, weights: &[i8], inputs: &[u8]) -> i32 {
    weights.iter().zip(inputs).fold(bias, |acc, (&w, &x)| acc.wrapping_add(i32::from(w) * i32::from(x)))
}

/// The predicted class: the index of the largest logit, the LOWEST such index on ties; `None`
/// for no logits.
pub fn argmax(logits: &[i32]) -> Option<usize> {
    let mut best: Option<(usize, i32)> = None;
    for (i, &v) in logits.iter().enumerate() {
        if !matches!(best, Some((_, b)) if v <= b) {
            best = Some((i, v));
        }
    }
    best.map(|(i, _)| i)
}

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

    /// The rule as written, on unbounded integers: no shortcut shared with `requantize`.
    fn requantize_bigint(acc: i32, multiplier: u16, shift: u8) -> u8 {
        use num_bigint::BigInt;
        let round = if shift == 0 { BigInt::from(0) } else { BigInt::from(1) << (shift as usize - 1) };
        let y: BigInt = (BigInt::from(acc) * BigInt::from(multiplier) + round) >> shift as usize;
        y.clamp(BigInt::from(0), BigInt::from(255)).try_into().unwrap()
    }

    #[test]
    fn requantize_matches_the_rule_for_every_shift_and_extreme_values() {
        let accs = [i32::MIN, i32::MIN + 1, -65_536, -256, -1, 0, 1, 127, 128, 255, 256, 65_535, 1 << 24, i32::MAX - 1, i32::MAX];
        let multipliers = [0u16, 1, 2, 255, 256, 32_767, 32_768, 40_000, 65_534, 65_535];
        for shift in 0..=255u8 {
            for &acc in &accs {
                for &multiplier in &multipliers {
                    let h = RowHeader { bias: 0, multiplier, shift };
                    assert_eq!(requantize(acc, h), requantize_bigint(acc, multiplier, shift), "acc {acc} multiplier {multiplier} shift {shift}");
                }
            }
        }
    }

    #[test]
    fn requantize_random_headers_match_the_rule() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        for _ in 0..200_000 {
            let (acc, multiplier, shift) = (rng.gen::<i32>() >> rng.gen_range(0..32), rng.gen::<u16>(), rng.gen::<u8>() % 64);
            assert_eq!(requantize(acc, RowHeader { bias: 0, multiplier, shift }), requantize_bigint(acc, multiplier, shift));
        }
    }

    #[test]
    fn requantize_rounds_half_up_and_saturates() {
        let h = |multiplier, shift| RowHeader { bias: 0, multiplier, shift };
        assert_eq!(requantize(3, h(1, 1)), 2); // 1.5 rounds up
        assert_eq!(requantize(1, h(1, 1)), 1); // 0.5 rounds up
        assert_eq!(requantize(-1, h(1, 1)), 0); // -0.5 rounds up to 0
        assert_eq!(requantize(-3, h(1, 1)), 0); // -1.5 -> -1 -> ReLU 0
        assert_eq!(requantize(1000, h(1, 0)), 255);
        assert_eq!(requantize(200, h(1, 0)), 200);
        assert_eq!(requantize(i32::MAX, h(u16::MAX, MAX_SHIFT)), 1);
        assert_eq!(requantize(i32::MAX, h(u16::MAX, MAX_SHIFT + 1)), 0);
    }

    #[test]
    fn accumulate_wraps_and_ignores_extra_weights() {
        assert_eq!(accumulate(i32::MAX, &[1], &[1]), i32::MIN);
        assert_eq!(accumulate(i32::MIN, &[-1], &[1]), i32::MAX);
        assert_eq!(accumulate(10, &[-128, 127, 99], &[255, 2]), 10 - 128 * 255 + 254);
    }

    #[test]
    fn argmax_takes_the_lowest_index_on_ties() {
        assert_eq!(argmax(&[3, 7, 7, -1]), Some(1));
        assert_eq!(argmax(&[i32::MIN, i32::MIN]), Some(0));
        assert_eq!(argmax(&[]), None);
    }

    #[test]
    fn overflow_is_reported() {
        assert_eq!(layer_bytes(Precision::Int8, usize::MAX - 3, 2), None);
        assert_eq!(layer_bytes(Precision::Float32, usize::MAX, 1), None);
    }
}
