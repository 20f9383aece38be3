//! The logic (no block RAM) S-Box: a composite-field circuit derived at elaboration time from the
//! `deeplock` tables, as a small AND/XOR netlist that is both simulated and printed as Verilog.
//!
//! Every AES S-Box is affine ∘ inverse ∘ affine in GF(2^8). Inversion is cheap in the tower field
//! GF((2^4)^2): (hY + l)^-1 = (h·d)Y + (h + l)·d with d = (λh² + hl + l²)^-1, where only the 4-bit
//! inverse d is non-linear in a large way (4 LUT4s). The isomorphism into the tower and the affine
//! maps are found by search and by reading the `deeplock` tables, so the circuit carries no
//! hand-typed constants; `table()` must equal the software S-Box on all 256 inputs (tested).

use std::collections::HashMap;
use std::fmt::Write;

use deeplock_spec::sbox::{gf_mul, AES_POLY_LOW, INV_SBOX, SBOX};

/// Which table a lookup implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SboxKind {
    /// SubBytes (FIPS-197 S-Box), used by the key schedule.
    Forward,
    /// InvSubBytes, used by the unlock lanes.
    Inverse,
}

impl SboxKind {
    /// The software reference table (the single source of truth).
    pub fn table(self) -> &'static [u8; 256] {
        match self {
            SboxKind::Forward => &SBOX,
            SboxKind::Inverse => &INV_SBOX,
        }
    }
}

/// A signal in the netlist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Zero,
    One,
    /// Bit i of the input byte.
    Input(u8),
    /// Output of gate i.
    Gate(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Op {
    Xor,
    And,
}

/// A two-input AND/XOR netlist.
#[derive(Clone, Debug)]
pub struct Netlist {
    inputs: usize,
    gates: Vec<(Op, Node, Node)>,
    outputs: Vec<Node>,
}

/// The logic S-Box: two netlists with a register between them. The cut sits after the 4-bit
/// inverse, so the register holds l, h and d = (λh² + hl + l²)^-1 (12 bits); both halves are about
/// four LUT4 levels deep. Seen from outside it is a registered lookup like the block RAM (whose
/// own register is on the address side).
#[derive(Clone, Debug)]
pub struct SboxCircuit {
    /// Input byte -> [l, h, d] (4 bits each).
    pub first: Netlist,
    /// [l, h, d] -> output byte.
    pub second: Netlist,
}

impl SboxCircuit {
    /// Bits held in the register between the halves.
    pub const MIDDLE_BITS: usize = 12;

    /// The S-Box circuit for `kind`.
    pub fn new(kind: SboxKind) -> SboxCircuit {
        let tower = Tower::new();
        let (pre, post) = match kind {
            // S(x) = post(inv(x)), so post(y) = S(inv(y)).
            SboxKind::Forward => (Affine::identity(), Affine::of(|y| SBOX[gf_inverse(y) as usize])),
            // S^-1(x) = inv(pre(x)), so pre(x) = inv(S^-1(x)).
            SboxKind::Inverse => (Affine::of(|x| gf_inverse(INV_SBOX[x as usize])), Affine::identity()),
        };
        let input_map = tower.to_tower.after(&pre);
        let output_map = post.after(&tower.from_tower);

        let mut b = Builder::default();
        let x: [Node; 8] = std::array::from_fn(|i| Node::Input(i as u8));
        let u = b.affine(&input_map, &x);
        let (l, h) = (nibble(&u, 0), nibble(&u, 4));
        // d = (λh² + hl + l²)^-1; the squarings and the λ scaling are linear over GF(2).
        let lambda_h2 = b.linear4(|v| gf16_mul(tower.lambda, gf16_mul(v, v)), &h);
        let l2 = b.linear4(|v| gf16_mul(v, v), &l);
        let hl = b.mul4(&h, &l);
        let delta: [Node; 4] = std::array::from_fn(|k| b.xor_all(&[lambda_h2[k], l2[k], hl[k]]));
        let d = b.inv4(&delta);
        let first = b.finish(8, [l, h, d].concat());

        let mut b = Builder::default();
        let m: Vec<Node> = (0..Self::MIDDLE_BITS).map(|i| Node::Input(i as u8)).collect();
        let (l, h, d): ([Node; 4], [Node; 4], [Node; 4]) =
            (std::array::from_fn(|i| m[i]), std::array::from_fn(|i| m[4 + i]), std::array::from_fn(|i| m[8 + i]));
        let h_out = b.mul4(&h, &d);
        let h_plus_l: [Node; 4] = std::array::from_fn(|k| b.xor(h[k], l[k]));
        let l_out = b.mul4(&h_plus_l, &d);
        let v: [Node; 8] = std::array::from_fn(|i| if i < 4 { l_out[i] } else { h_out[i - 4] });
        let outputs = b.affine(&output_map, &v);
        let second = b.finish(Self::MIDDLE_BITS, outputs.to_vec());
        SboxCircuit { first, second }
    }

    /// The S-Box value of one byte.
    pub fn eval(&self, x: u8) -> u8 {
        self.second.eval(self.first.eval(u64::from(x))) as u8
    }

    /// The function the circuit computes, as a table (used as the simulation model).
    pub fn table(&self) -> [u8; 256] {
        std::array::from_fn(|x| self.eval(x as u8))
    }

    /// Two-input gates (XOR, AND) in both halves.
    pub fn gate_counts(&self) -> (usize, usize) {
        let (a, b) = (self.first.gate_counts(), self.second.gate_counts());
        (a.0 + b.0, a.1 + b.1)
    }
}

impl Netlist {
    /// Number of input bits.
    pub fn inputs(&self) -> usize {
        self.inputs
    }

    /// Evaluates the netlist; input bit i is bit i of `x`, output bit i is bit i of the result.
    pub fn eval(&self, x: u64) -> u64 {
        let mut values = Vec::with_capacity(self.gates.len());
        let value = |n: Node, values: &Vec<bool>| match n {
            Node::Zero => false,
            Node::One => true,
            Node::Input(i) => (x >> i) & 1 == 1,
            Node::Gate(g) => values[g],
        };
        for &(op, a, b) in &self.gates {
            let (a, b) = (value(a, &values), value(b, &values));
            values.push(match op {
                Op::Xor => a ^ b,
                Op::And => a & b,
            });
        }
        self.outputs.iter().enumerate().fold(0u64, |acc, (i, &n)| acc | (u64::from(value(n, &values)) << i))
    }

    /// Number of two-input gates (XOR, AND).
    pub fn gate_counts(&self) -> (usize, usize) {
        let ands = self.gates.iter().filter(|g| g.0 == Op::And).count();
        (self.gates.len() - ands, ands)
    }

    /// Longest input-to-output path, in gates.
    pub fn depth(&self) -> usize {
        let mut depth = Vec::with_capacity(self.gates.len());
        let of = |n: Node, depth: &Vec<usize>| if let Node::Gate(g) = n { depth[g] } else { 0 };
        for &(_, a, b) in &self.gates {
            depth.push(1 + of(a, &depth).max(of(b, &depth)));
        }
        self.outputs.iter().map(|&n| of(n, &depth)).max().unwrap_or(0)
    }

    /// Verilog declarations computing `wire [N-1:0] <output>` from the vector `input` (wire names
    /// start with `prefix`).
    pub fn verilog(&self, prefix: &str, input: &str, output: &str) -> String {
        let name = |n: Node| match n {
            Node::Zero => "1'b0".to_string(),
            Node::One => "1'b1".to_string(),
            Node::Input(i) => format!("{input}[{i}]"),
            Node::Gate(g) => format!("{prefix}g{g}"),
        };
        let mut text = String::new();
        for (g, &(op, a, b)) in self.gates.iter().enumerate() {
            let op = if op == Op::Xor { "^" } else { "&" };
            let _ = writeln!(text, "wire {prefix}g{g} = {} {op} {};", name(a), name(b));
        }
        let bits: Vec<String> = self.outputs.iter().rev().map(|&n| name(n)).collect();
        let _ = writeln!(text, "wire [{}:0] {output} = {{{}}};", self.outputs.len() - 1, bits.join(", "));
        text
    }
}

fn nibble(bits: &[Node; 8], offset: usize) -> [Node; 4] {
    std::array::from_fn(|i| bits[offset + i])
}

/// Builds a netlist with constant folding and structural hashing (no duplicate gates).
#[derive(Default)]
struct Builder {
    gates: Vec<(Op, Node, Node)>,
    known: HashMap<(Op, Node, Node), Node>,
}

impl Builder {
    fn finish(self, inputs: usize, outputs: Vec<Node>) -> Netlist {
        Netlist { inputs, gates: self.gates, outputs }
    }

    fn gate(&mut self, op: Op, a: Node, b: Node) -> Node {
        let key = if a <= b { (op, a, b) } else { (op, b, a) };
        if let Some(&n) = self.known.get(&key) {
            return n;
        }
        self.gates.push(key);
        let n = Node::Gate(self.gates.len() - 1);
        self.known.insert(key, n);
        n
    }

    fn xor(&mut self, a: Node, b: Node) -> Node {
        match (a, b) {
            (Node::Zero, x) | (x, Node::Zero) => x,
            (x, y) if x == y => Node::Zero,
            _ => self.gate(Op::Xor, a, b),
        }
    }

    fn and(&mut self, a: Node, b: Node) -> Node {
        match (a, b) {
            (Node::Zero, _) | (_, Node::Zero) => Node::Zero,
            (Node::One, x) | (x, Node::One) => x,
            (x, y) if x == y => x,
            _ => self.gate(Op::And, a, b),
        }
    }

    /// XOR of all terms as a balanced tree (shallow for the LUT mapper to start from).
    fn xor_all(&mut self, terms: &[Node]) -> Node {
        match terms.len() {
            0 => Node::Zero,
            1 => terms[0],
            n => {
                let (a, b) = terms.split_at(n / 2);
                let (a, b) = (self.xor_all(a), self.xor_all(b));
                self.xor(a, b)
            }
        }
    }

    fn affine(&mut self, map: &Affine, x: &[Node; 8]) -> [Node; 8] {
        std::array::from_fn(|k| {
            let mut terms: Vec<Node> = (0..8).filter(|&i| (map.columns[i] >> k) & 1 == 1).map(|i| x[i]).collect();
            if (map.constant >> k) & 1 == 1 {
                terms.push(Node::One);
            }
            self.xor_all(&terms)
        })
    }

    /// A GF(2)-linear map of a nibble, given as a function.
    fn linear4(&mut self, f: impl Fn(u8) -> u8, v: &[Node; 4]) -> [Node; 4] {
        std::array::from_fn(|k| {
            let terms: Vec<Node> = (0..4).filter(|&i| (f(1 << i) >> k) & 1 == 1).map(|i| v[i]).collect();
            self.xor_all(&terms)
        })
    }

    /// GF(16) product as a bilinear form: out_k = XOR of a_i·b_j where z^i·z^j has bit k.
    fn mul4(&mut self, a: &[Node; 4], b: &[Node; 4]) -> [Node; 4] {
        std::array::from_fn(|k| {
            let mut terms = Vec::new();
            for i in 0..4 {
                for j in 0..4 {
                    if (gf16_mul(1 << i, 1 << j) >> k) & 1 == 1 {
                        terms.push(self.and(a[i], b[j]));
                    }
                }
            }
            self.xor_all(&terms)
        })
    }

    /// GF(16) inverse (0 -> 0) from its algebraic normal form (Möbius transform of the table).
    fn inv4(&mut self, v: &[Node; 4]) -> [Node; 4] {
        std::array::from_fn(|k| {
            let mut anf: Vec<u8> = (0..16u8).map(|x| (gf16_inverse(x) >> k) & 1).collect();
            for bit in 0..4 {
                for x in 0..16 {
                    if x & (1 << bit) != 0 {
                        anf[x] ^= anf[x ^ (1 << bit)];
                    }
                }
            }
            let mut terms = Vec::new();
            for (monomial, &coefficient) in anf.iter().enumerate() {
                if coefficient == 1 {
                    let mut product = Node::One;
                    for (i, &vi) in v.iter().enumerate() {
                        if monomial & (1 << i) != 0 {
                            product = self.and(product, vi);
                        }
                    }
                    terms.push(product);
                }
            }
            self.xor_all(&terms)
        })
    }
}

/// An affine map x -> Lx + c over GF(2)^8; column i is L applied to bit i.
#[derive(Clone, Debug)]
struct Affine {
    columns: [u8; 8],
    constant: u8,
}

impl Affine {
    fn identity() -> Affine {
        Affine { columns: std::array::from_fn(|i| 1 << i), constant: 0 }
    }

    /// Reads an affine map off a function given on all 256 inputs, checking that it is affine.
    fn of(f: impl Fn(u8) -> u8) -> Affine {
        let constant = f(0);
        let columns: [u8; 8] = std::array::from_fn(|i| f(1 << i) ^ constant);
        let map = Affine { columns, constant };
        for x in 0..=255u8 {
            assert_eq!(map.apply(x), f(x), "S-Box table is not affine around the field inverse");
        }
        map
    }

    fn apply(&self, x: u8) -> u8 {
        (0..8).filter(|&i| (x >> i) & 1 == 1).fold(self.constant, |acc, i| acc ^ self.columns[i])
    }

    /// self ∘ first.
    fn after(&self, first: &Affine) -> Affine {
        Affine::of(|x| self.apply(first.apply(x)))
    }
}

/// GF(2^4) modulo z^4 + z + 1, the ground field of the tower.
fn gf16_mul(a: u8, b: u8) -> u8 {
    let mut product = 0;
    for i in 0..4 {
        if (b >> i) & 1 == 1 {
            product ^= a << i;
        }
    }
    for bit in (4..8).rev() {
        if product & (1 << bit) != 0 {
            product ^= 0b10011 << (bit - 4);
        }
    }
    product
}

fn gf16_inverse(a: u8) -> u8 {
    (1..16).find(|&b| gf16_mul(a, b) == 1).unwrap_or(0)
}

/// Inverse in the AES field, from `deeplock`'s multiplication (0 -> 0).
fn gf_inverse(a: u8) -> u8 {
    (1..=255).find(|&b| gf_mul(a, b) == 1).unwrap_or(0)
}

/// GF((2^4)^2) = GF(16)[Y] / (Y² + Y + λ) and its isomorphism with the AES field.
struct Tower {
    lambda: u8,
    to_tower: Affine,
    from_tower: Affine,
}

impl Tower {
    fn new() -> Tower {
        // λ must make Y² + Y + λ irreducible: no y in GF(16) with y² + y = λ.
        let lambda = (1..16u8).find(|&c| (0..16u8).all(|y| gf16_mul(y, y) ^ y != c)).expect("GF(16) has such a λ");
        let mul = |a: u8, b: u8| {
            let (ah, al, bh, bl) = (a >> 4, a & 15, b >> 4, b & 15);
            let hh = gf16_mul(ah, bh);
            ((hh ^ gf16_mul(ah, bl) ^ gf16_mul(al, bh)) << 4) | (gf16_mul(hh, lambda) ^ gf16_mul(al, bl))
        };
        let powers = |beta: u8| {
            let mut p = [1u8; 9];
            for i in 1..9 {
                p[i] = mul(p[i - 1], beta);
            }
            p
        };
        // A root β of the AES polynomial: x^8 = x^4 + x^3 + x + 1 (AES_POLY_LOW). Among the 8
        // roots take the one with the sparsest basis change (fewest XORs before the LUT mapper).
        let to_tower = (2..=255u8)
            .filter(|&beta| {
                let p = powers(beta);
                p[8] == (0..8).filter(|&i| (AES_POLY_LOW >> i) & 1 == 1).fold(0, |acc, i| acc ^ p[i])
            })
            .map(|beta| {
                let p = powers(beta);
                Affine { columns: std::array::from_fn(|i| p[i]), constant: 0 }
            })
            .min_by_key(|m| m.columns.iter().map(|c| c.count_ones()).sum::<u32>())
            .expect("the AES polynomial has roots in the tower field");
        let mut inverse = [0u8; 256];
        for x in 0..=255u8 {
            inverse[to_tower.apply(x) as usize] = x;
        }
        let from_tower = Affine::of(|t| inverse[t as usize]);
        // The map must carry AES multiplication to tower multiplication.
        for (a, b) in [(0x57u8, 0x83u8), (0x02, 0x80), (0xff, 0xfe), (0x13, 0x37)] {
            assert_eq!(to_tower.apply(gf_mul(a, b)), mul(to_tower.apply(a), to_tower.apply(b)));
        }
        Tower { lambda, to_tower, from_tower }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circuits_equal_the_software_tables_on_all_inputs() {
        for kind in [SboxKind::Forward, SboxKind::Inverse] {
            let circuit = SboxCircuit::new(kind);
            assert_eq!(&circuit.table(), kind.table(), "{kind:?}");
            let (xors, ands) = circuit.gate_counts();
            assert!(xors + ands < 250, "{kind:?}: {xors} XOR + {ands} AND");
            assert!(circuit.first.inputs() == 8 && circuit.second.inputs() == SboxCircuit::MIDDLE_BITS);
        }
    }

    #[test]
    fn gf16_inverse_is_an_inverse() {
        for a in 1..16u8 {
            assert_eq!(gf16_mul(a, gf16_inverse(a)), 1);
        }
    }
}
