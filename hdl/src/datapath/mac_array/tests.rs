use super::*;
use deeplock_spec::layout::accumulate;

struct Row {
    bias: i32,
    weights: Vec<i8>,
    inputs: Vec<u8>,
    multiplier: u16,
    shift: u8,
    last: bool,
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn cycle<const N: usize, const BITS: usize>(m: &mut MacArray<N, BITS>) {
    assert!(simulate(m, 200));
    m.clock.next = true.into();
    assert!(simulate(m, 200));
    m.clock.next = false.into();
    assert!(simulate(m, 200));
}

/// Feeds `rows` with random input gaps and output back-pressure; returns the row outputs.
fn run<const N: usize, const BITS: usize>(rows: &[Row], rng: &mut Rng) -> Vec<(u32, u16, u8, bool)> {
    // Every beat: (weights, activations, mask, start, end, row index).
    let mut beats = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let n = row.weights.len();
        let count = n.div_ceil(N);
        for b in 0..count {
            let (mut w, mut x, mut mask) = (0u64, 0u64, 0u64);
            for lane in 0..N {
                let i = b * N + lane;
                // Padding lanes carry garbage: the mask must make them count for nothing.
                let (wi, xi) = if i < n { (row.weights[i] as u8, row.inputs[i]) } else { (rng.next() as u8, rng.next() as u8) };
                w |= (wi as u64) << (8 * lane);
                x |= (xi as u64) << (8 * lane);
                if i < n {
                    mask |= 1 << lane;
                }
            }
            beats.push((w, x, mask, b == 0, b + 1 == count, r));
        }
    }
    let mut m = MacArray::<N, BITS>::new();
    m.connect_all();
    m.reset.next = true;
    cycle(&mut m);
    m.reset.next = false;
    let mut outputs = Vec::new();
    let mut next = 0;
    let mut guard = 0;
    while outputs.len() < rows.len() {
        guard += 1;
        assert!(guard < 100 * beats.len() + 1000, "pipeline stuck");
        let offer = next < beats.len() && rng.next() % 4 != 0;
        m.beat.valid.next = offer;
        if let Some(&(w, x, mask, start, end, r)) = beats.get(next) {
            let row = &rows[r];
            m.beat.weights.next = w.to_bits();
            m.activations.next = x.to_bits();
            m.beat.lane_mask.next = mask.to_bits();
            m.beat.row_start.next = start;
            m.beat.row_end.next = end;
            m.beat.bias.next = (row.bias as u32).to_bits();
            m.beat.multiplier.next = row.multiplier.to_bits();
            m.beat.shift.next = row.shift.to_bits();
            m.beat.last_layer.next = row.last;
        }
        m.row.ready.next = rng.next() % 3 != 0;
        assert!(simulate(&mut m, 200));
        let taken = offer && m.beat.ready.val();
        if m.row.valid.val() && m.row.ready.val() {
            outputs.push((m.row.acc.val().to_u32(), m.row.multiplier.val().to_u32() as u16, m.row.shift.val().to_u32() as u8, m.row.last_layer.val()));
        }
        cycle(&mut m);
        if taken {
            next += 1;
        }
    }
    for _ in 0..5 {
        m.beat.valid.next = false;
        m.row.ready.next = true;
        cycle(&mut m);
    }
    assert!(m.empty.val(), "the pipeline should be empty at the end");
    outputs
}

fn random_rows(rng: &mut Rng, count: usize) -> Vec<Row> {
    (0..count)
        .map(|i| {
            let n = 1 + (rng.next() % 40) as usize;
            let bias = match i % 5 {
                0 => i32::MAX - (rng.next() % 1000) as i32, // exercises the wrapping
                1 => i32::MIN + (rng.next() % 1000) as i32,
                _ => rng.next() as i32 >> 8,
            };
            Row {
                bias,
                weights: (0..n).map(|_| rng.next() as i8).collect(),
                inputs: (0..n).map(|_| rng.next() as u8).collect(),
                multiplier: rng.next() as u16,
                shift: rng.next() as u8,
                last: rng.next() % 2 == 0,
            }
        })
        .collect()
}

fn check<const N: usize, const BITS: usize>(seed: u64) {
    let mut rng = Rng(seed);
    let rows = random_rows(&mut rng, 300);
    let outputs = run::<N, BITS>(&rows, &mut rng);
    for (row, out) in rows.iter().zip(&outputs) {
        assert_eq!(out.0 as i32, accumulate(row.bias, &row.weights, &row.inputs));
        assert_eq!((out.1, out.2, out.3), (row.multiplier, row.shift, row.last));
    }
}

#[test]
fn four_lanes_match_the_reference_under_back_pressure() {
    check::<4, 32>(0x1234_5678_9abc_def1);
}

#[test]
fn eight_lanes_match_the_reference_under_back_pressure() {
    check::<8, 64>(0x0fed_cba9_8765_4321);
}

#[test]
fn verilog_is_clean() {
    let mut m = MacArray::<4, 32>::new();
    m.connect_all();
    crate::testing::lint("mac_array", &generate_verilog(&m));
}
