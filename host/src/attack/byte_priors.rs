//! What a payload byte probably is, before any key is known: the attacker's model of the
//! plaintext, from the layer table alone (which every `.dlk` header carries in the clear).
//!
//! Each payload byte has a *role* (docs/model-format.md, `layout`): in an int8 model a weight,
//! a padding byte, one of the row header's bytes (bias, multiplier, shift, reserved); in a
//! float32 model one of the four bytes of a little-endian `f32`. A role comes with a probability
//! distribution over the 256 byte values, written here as a log-likelihood ratio against the
//! uniform distribution, `llr(v) = log2(256 * P(v))` bits: positive for values more likely than
//! chance. Under a wrong key the unlocked byte is uniform and `E[2^llr] = 1`, which is what makes
//! the sequential test of the search sound (a wrong guess reaches +A bits with probability at
//! most 2^-A).
//!
//! The distributions are generic, not fitted to one model: written by this project's packer
//! (reserved and padding bytes zero, the last layer's multiplier and shift zero, multipliers
//! normalized into 32768..=65535), biases of a few thousand units, int8 weights spread over the
//! whole int8 range but denser near 0 (per-row scales make every row reach ±127), float32
//! parameters of magnitude 2^-15 … 2 with most between 2^-8 and 2^-1. Each keeps some mass on
//! every value, so a model that breaks an assumption slows the search down rather than fooling it.

use crate::format::ModelHeader;
use crate::layout::{int8_row_bytes, Precision, ROW_HEADER_BYTES};

/// What a payload byte is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Nothing known (uniform): low bytes of biases and multipliers, float mantissas.
    Unknown,
    /// Exactly 0 in files this project writes: reserved header bytes, padding weights, the last
    /// layer's multiplier and shift.
    Zero,
    /// An int8 weight.
    Int8Weight,
    /// Byte 2 of an int32 bias (0x00 or 0xFF when |bias| < 2^16).
    BiasByte2,
    /// Byte 3 of an int32 bias (0x00 or 0xFF when |bias| < 2^24).
    BiasByte3,
    /// The high byte of a hidden row's multiplier (0x80..=0xFF once normalized).
    MultiplierHigh,
    /// A hidden row's requantization shift.
    Shift,
    /// Byte 3 of a little-endian float32: the sign and the exponent's top seven bits.
    FloatSignExponent,
}

impl Role {
    /// Every role, in the order of [`ByteModel::table`].
    pub const ALL: [Role; 8] =
        [Role::Unknown, Role::Zero, Role::Int8Weight, Role::BiasByte2, Role::BiasByte3, Role::MultiplierHigh, Role::Shift, Role::FloatSignExponent];

    fn index(self) -> u8 {
        Role::ALL.iter().position(|&r| r == self).unwrap() as u8
    }

    /// The role's distribution over byte values (sums to 1).
    fn distribution(self) -> [f64; 256] {
        let mut p = [0f64; 256];
        // `mass` spread evenly over `values`; what is left over goes to all 256 values.
        let mut spread = |values: &mut dyn Iterator<Item = u8>, mass: f64| {
            let values: Vec<u8> = values.collect();
            for &v in &values {
                p[v as usize] += mass / values.len() as f64;
            }
        };
        let floor = match self {
            Role::Unknown => 1.0,
            Role::Zero => {
                spread(&mut std::iter::once(0), 1.0 - 1e-6);
                1e-6
            }
            Role::Int8Weight => {
                // Laplace with a scale of 40 int8 steps over -127..=127 (symmetric quantization
                // never writes -128), 5% on everything.
                let weights: Vec<f64> = (-127i32..=127).map(|v| (-(v.abs() as f64) / 40.0).exp()).collect();
                let total: f64 = weights.iter().sum();
                for (v, w) in (-127i32..=127).zip(&weights) {
                    p[v as i8 as u8 as usize] += 0.95 * w / total;
                }
                0.05
            }
            Role::BiasByte2 => {
                spread(&mut [0x00, 0xff].into_iter(), 0.8);
                0.2
            }
            Role::BiasByte3 => {
                spread(&mut [0x00, 0xff].into_iter(), 0.94);
                0.06
            }
            Role::MultiplierHigh => {
                spread(&mut (0x80..=0xff), 0.95);
                0.05
            }
            Role::Shift => {
                spread(&mut (12..=44), 0.9);
                0.1
            }
            Role::FloatSignExponent => {
                // Share of each exponent pair 2^(2k-127) … 2^(2k+1-127), by the byte's low seven
                // bits k, for either sign; exact zeros; the rest anywhere.
                let exponents = [(0x3f, 0.05), (0x3e, 0.22), (0x3d, 0.30), (0x3c, 0.22), (0x3b, 0.10), (0x3a, 0.05), (0x39, 0.03), (0x38, 0.02), (0x37, 0.01)];
                for (k, share) in exponents {
                    p[k] += 0.45 * share;
                    p[0x80 | k] += 0.45 * share;
                }
                p[0x00] += 0.01;
                p[0x80] += 0.01;
                0.08
            }
        };
        for v in p.iter_mut() {
            *v += floor / 256.0;
        }
        p
    }
}

/// A role's log-likelihood ratios and its likely values.
#[derive(Clone, Debug)]
pub struct RoleTable {
    /// `log2(256 * P(v))` for every plaintext value `v`.
    pub llr: [f32; 256],
    /// The values with `llr >= 0` (at least as likely as chance), most likely first: the
    /// candidates the search branches on.
    pub likely: Vec<u8>,
    /// False for a uniform role: it neither prunes nor counts as evidence.
    pub informative: bool,
}

impl RoleTable {
    fn new(role: Role) -> Self {
        let p = role.distribution();
        let informative = role != Role::Unknown;
        let llr = std::array::from_fn(|v| if informative { (256.0 * p[v]).log2() as f32 } else { 0.0 });
        let mut likely: Vec<u8> = (0..=255u8).filter(|&v| llr[v as usize] >= 0.0).collect();
        likely.sort_by(|&a, &b| llr[b as usize].total_cmp(&llr[a as usize]).then(a.cmp(&b)));
        RoleTable { llr, likely, informative }
    }
}

/// The roles of a model's payload bytes and their tables.
#[derive(Clone, Debug)]
pub struct ByteModel {
    tables: Vec<RoleTable>,
    /// (first payload byte, precision, in_features, out_features, is the last layer) per layer.
    layers: Vec<(u64, Precision, usize, usize, bool)>,
    payload_len: u64,
}

impl ByteModel {
    /// The model of the payload described by `header`'s layer table.
    pub fn new(header: &ModelHeader) -> Self {
        let mut start = 0u64;
        let count = header.layers.len();
        let layers = header
            .layers
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let (inputs, outputs) = (l.in_features as usize, l.out_features as usize);
                let entry = (start, header.precision, inputs, outputs, i + 1 == count);
                start += crate::layout::layer_bytes(header.precision, inputs, outputs).unwrap_or(0) as u64;
                entry
            })
            .collect();
        ByteModel { tables: Role::ALL.iter().map(|&r| RoleTable::new(r)).collect(), layers, payload_len: header.payload_len }
    }

    /// The table of a role code (from [`ByteModel::role_code`]).
    #[inline]
    pub fn table(&self, code: u8) -> &RoleTable {
        &self.tables[code as usize]
    }

    /// The role of payload byte `t` (`Unknown` past the end).
    pub fn role(&self, t: u64) -> Role {
        if t >= self.payload_len {
            return Role::Unknown;
        }
        let Some(&(start, precision, inputs, _, last)) = self.layers.iter().rev().find(|l| l.0 <= t) else { return Role::Unknown };
        let offset = t - start;
        match precision {
            Precision::Float32 => match offset % 4 {
                3 => Role::FloatSignExponent,
                _ => Role::Unknown,
            },
            Precision::Int8 => {
                let in_row = (offset % int8_row_bytes(inputs) as u64) as usize;
                match in_row {
                    0 | 1 => Role::Unknown,
                    2 => Role::BiasByte2,
                    3 => Role::BiasByte3,
                    4..=6 if last => Role::Zero,
                    4 => Role::Unknown,
                    5 => Role::MultiplierHigh,
                    6 => Role::Shift,
                    7 => Role::Zero,
                    _ if in_row - ROW_HEADER_BYTES < inputs => Role::Int8Weight,
                    _ => Role::Zero,
                }
            }
        }
    }

    /// The role of payload byte `t` as a code for [`ByteModel::table`].
    pub fn role_code(&self, t: u64) -> u8 {
        self.role(t).index()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{Activation, LayerDesc, LockMode};

    fn header(precision: Precision, sizes: &[u32]) -> ModelHeader {
        let layers: Vec<LayerDesc> =
            sizes.windows(2).map(|s| LayerDesc { in_features: s[0], out_features: s[1], activation: Activation::Relu, output_scale: 1.0 }).collect();
        let mut h = ModelHeader { lock_mode: LockMode::Paper, precision, layers, payload_len: 0, key_check_salt: [0; 16], key_check: [0; 8] };
        h.payload_len = h.expected_payload_len().unwrap();
        h
    }

    #[test]
    fn distributions_sum_to_one_and_likely_values_come_first() {
        for role in Role::ALL {
            let p = role.distribution();
            assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{role:?}");
            let table = RoleTable::new(role);
            assert!(table.likely.windows(2).all(|w| table.llr[w[0] as usize] >= table.llr[w[1] as usize]), "{role:?}");
        }
        assert_eq!(RoleTable::new(Role::Zero).likely, [0]);
        assert_eq!(RoleTable::new(Role::Unknown).likely.len(), 256);
        assert_eq!(RoleTable::new(Role::BiasByte3).likely, [0x00, 0xff]);
        assert_eq!(RoleTable::new(Role::Int8Weight).likely[0], 0);
        assert!(!RoleTable::new(Role::Int8Weight).likely.contains(&0x80));
    }

    #[test]
    fn int8_roles_follow_the_row_layout() {
        // 12 inputs pad to 16: rows of 24 bytes; then a last layer of 2 inputs (rows of 16 bytes).
        let model = ByteModel::new(&header(Precision::Int8, &[12, 2, 3]));
        let roles: Vec<Role> = (0..24).map(|t| model.role(t)).collect();
        use Role::*;
        assert_eq!(roles[..8], [Unknown, Unknown, BiasByte2, BiasByte3, Unknown, MultiplierHigh, Shift, Zero]);
        assert_eq!(roles[8..20], [Int8Weight; 12]);
        assert_eq!(roles[20..24], [Zero; 4]);
        assert_eq!(model.role(24 + 5), MultiplierHigh);
        // The last layer starts at 48: multiplier and shift are zero, two weights, six pads.
        let last: Vec<Role> = (48..64).map(|t| model.role(t)).collect();
        assert_eq!(last[..8], [Unknown, Unknown, BiasByte2, BiasByte3, Zero, Zero, Zero, Zero]);
        assert_eq!(last[8..10], [Int8Weight; 2]);
        assert_eq!(last[10..], [Zero; 6]);
        assert_eq!(model.role(48 + 3 * 16), Unknown, "past the payload");
    }

    #[test]
    fn float32_roles_are_the_exponent_byte() {
        let model = ByteModel::new(&header(Precision::Float32, &[3, 2]));
        assert_eq!((0..8).map(|t| model.role(t)).collect::<Vec<_>>()[..4], [Role::Unknown, Role::Unknown, Role::Unknown, Role::FloatSignExponent]);
        assert_eq!(model.role(4 * 8 - 1), Role::FloatSignExponent);
    }
}
