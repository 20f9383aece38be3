//! `cargo bench -p deeplock-sim`: simulated clock cycles per second, printed as a table.
//!
//! * the unlock core (4 and 8 lanes) streaming at full rate (`locked_valid` and `plain_ready`
//!   high, new data every clock) under Verilator and under rust-hdl's own simulator stepping the
//!   same blocks directly; their ratio;
//! * the accelerator (`accelerator_cu`) running inferences behind the memory-map driver, and the
//!   board (`board_cu`) receiving INFO request frames on its UART pin, and idle.
//!
//! Each figure is the best of three runs of at least a second (the machine is shared);
//! `-- --quick` makes one short run of each. The models are built as the features say: run it
//! once more with `--features trace` for the cost of trace support (off, and a VCD written).

#[path = "../tests/support/unlock.rs"]
#[allow(dead_code)]
mod unlock;

use std::time::{Duration, Instant};

use deeplock::format::{LockMode, LockedModel};
use deeplock::layout::{Precision, RowHeader};
use deeplock::model::{Int8Layer, Int8Mlp};
use deeplock::protocol::{Command, Frame};
use deeplock::MasterKey;
use deeplock_hdl::crypto::unlock_core::{UnlockCore4 as Hdl4, UnlockCore8 as Hdl8};
use deeplock_sim::verilated::{UnlockCore4, UnlockCore8};
use deeplock_sim::clocked::CAN_TRACE;
use deeplock_sim::{sim_core, Clocked, SimConfig, VirtualBoard};
use rand::{Rng, SeedableRng};
use unlock::{Inputs, RustHdl, UnlockPorts};

struct Settings {
    run: Duration,
    repeats: usize,
}

/// One measurement: `f(budget)` simulates for about `budget` and returns the cycles it ran.
fn measure(s: &Settings, mut f: impl FnMut(Duration) -> u64) -> (u64, f64) {
    (0..s.repeats)
        .map(|_| {
            let start = Instant::now();
            let cycles = f(s.run);
            (cycles, cycles as f64 / start.elapsed().as_secs_f64())
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap()
}

/// Runs `chunk` (which simulates `cycles` cycles) until `budget` is spent; returns the cycles.
fn for_at_least(budget: Duration, cycles: u64, mut chunk: impl FnMut()) -> u64 {
    let start = Instant::now();
    let mut total = 0;
    while start.elapsed() < budget {
        chunk();
        total += cycles;
    }
    total
}

/// Random locked beats: the core unlocks whatever it gets, so the (all-zero) key after reset
/// does for speed.
fn beats(lanes: usize) -> Vec<u64> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    (0..4096).map(|_| rng.gen::<u64>() >> (64 - 8 * lanes)).collect()
}

/// Reset and restart: without a restart the key stream never starts and the core stalls. Ends
/// with the strobes low (the stream loops below set only the data ports).
fn start<P: UnlockPorts>(core: &mut P) {
    let idle = Inputs::default();
    for inputs in [Inputs { reset: true, ..idle }, Inputs { restart: true, ..idle }, idle] {
        core.apply(&inputs);
        core.cycle();
    }
}

/// Checks that the core streamed (a beat out in nearly every clock), so the figure is not that
/// of a stalled core.
fn check_streaming(what: &str, cycles: u64, beats_out: u64) {
    assert!(beats_out * 100 >= cycles * 99, "{what}: {beats_out} beats out in {cycles} clocks");
}

/// Full-rate streaming through any simulator of the core: per clock, new data on the input,
/// one clock, the output read (folded into a checksum so nothing is optimized away).
fn stream<P: UnlockPorts>(core: &mut P, data: &[u64], budget: Duration) -> u64 {
    let mut inputs = Inputs { locked_valid: true, plain_ready: true, ..Inputs::default() };
    let (mut sum, mut beats_out) = (0u64, 0u64);
    let cycles = for_at_least(budget, data.len() as u64, || {
        for &beat in data {
            inputs.locked_data = beat;
            core.apply(&inputs);
            core.cycle();
            let o = core.outputs();
            sum = sum.wrapping_add(o.plain_data);
            beats_out += o.plain_valid as u64;
        }
    });
    std::hint::black_box(sum);
    check_streaming("stream", cycles, beats_out);
    cycles
}

/// The same loop straight on a Verilated model: inputs set, `Clocked::cycle`, output read
/// (no separate settle: the rising-edge `eval` settles the new inputs first).
macro_rules! verilated_stream {
    ($sim:expr, $data:expr, $budget:expr) => {{
        let sim = $sim;
        sim.model.set_locked_valid(1);
        sim.model.set_plain_ready(1);
        let (mut sum, mut beats_out) = (0u64, 0u64);
        let cycles = for_at_least($budget, $data.len() as u64, || {
            for &beat in $data {
                sim.model.set_locked_data(beat);
                sim.cycle();
                sum = sum.wrapping_add(sim.model.plain_data());
                beats_out += sim.model.plain_valid();
            }
        });
        std::hint::black_box(sum);
        check_streaming("verilated stream", cycles, beats_out);
        cycles
    }};
}

/// A core, reset and restarted.
fn started<P: UnlockPorts>(mut core: P) -> P {
    start(&mut core);
    core
}

struct Row {
    model: &'static str,
    simulator: &'static str,
    what: &'static str,
    cycles: u64,
    per_second: f64,
}

fn row(model: &'static str, simulator: &'static str, what: &'static str, (cycles, per_second): (u64, f64)) -> Row {
    eprintln!("  {model} / {simulator} / {what}: {per_second:.0} cycles/s");
    Row { model, simulator, what, cycles, per_second }
}

/// A random int8 784-16-10 model, the Cu build's shape.
fn mnist_shaped_model() -> Int8Mlp {
    let mut rng = rand::rngs::StdRng::seed_from_u64(3);
    let layer = |rng: &mut rand::rngs::StdRng, inputs: usize, outputs: usize| Int8Layer {
        in_features: inputs,
        out_features: outputs,
        headers: (0..outputs).map(|_| RowHeader { bias: rng.gen_range(-5000..5000), multiplier: 40_000, shift: 20 }).collect(),
        weights: (0..inputs * outputs).map(|_| rng.gen()).collect(),
        output_scale: 0.01,
    };
    Int8Mlp { layers: vec![layer(&mut rng, 784, 16), layer(&mut rng, 16, 10)] }
}

fn main() {
    // `cargo bench` passes `--bench`; anything else it forwards comes after `--`.
    let quick = std::env::args().any(|a| a == "--quick");
    let s = if quick { Settings { run: Duration::from_millis(200), repeats: 1 } } else { Settings { run: Duration::from_secs(1), repeats: 3 } };
    let mut rows = Vec::new();
    let build = if CAN_TRACE { "stream (trace support, off)" } else { "stream" };
    eprintln!("models built {} feature `trace`", if CAN_TRACE { "with" } else { "without" });
    eprintln!("measuring (best of {} runs of {:?} each)", s.repeats, s.run);

    let (d4, d8) = (beats(4), beats(8));
    let mut v4 = started(Clocked::new(UnlockCore4::new()));
    rows.push(row("unlock_core4", "Verilator", build, measure(&s, |b| verilated_stream!(&mut v4, &d4, b))));
    let mut v4 = started(Clocked::new(UnlockCore4::new()));
    rows.push(row("unlock_core4", "Verilator", "stream via the tests' driver", measure(&s, |b| stream(&mut v4, &d4, b))));
    let mut vcd_bytes_per_clock = None;
    if CAN_TRACE {
        // A full-rate trace grows by ~0.7 KB a clock: keep this run short.
        let vcd = std::env::temp_dir().join(format!("deeplock-sim-bench-{}.vcd", std::process::id()));
        let mut traced = started(Clocked::new(UnlockCore4::new()));
        traced.trace_to(&vcd);
        let short = Settings { run: s.run / 4, repeats: 1 };
        let (cycles, rate) = measure(&short, |b| verilated_stream!(&mut traced, &d4, b));
        rows.push(row("unlock_core4", "Verilator", "stream, VCD trace on", (cycles, rate)));
        drop(traced);
        vcd_bytes_per_clock = std::fs::metadata(&vcd).ok().map(|m| m.len() as f64 / cycles as f64);
        let _ = std::fs::remove_file(&vcd);
    }
    let mut h4 = started(RustHdl::<Hdl4>::new());
    rows.push(row("unlock_core4", "rust-hdl", "stream (simulate, direct)", measure(&s, |b| stream(&mut h4, &d4, b))));

    let mut v8 = started(Clocked::new(UnlockCore8::new()));
    rows.push(row("unlock_core8", "Verilator", build, measure(&s, |b| verilated_stream!(&mut v8, &d8, b))));
    let mut h8 = started(RustHdl::<Hdl8>::new());
    rows.push(row("unlock_core8", "rust-hdl", "stream (simulate, direct)", measure(&s, |b| stream(&mut h8, &d8, b))));

    // The accelerator: inferences of a 784-16-10 model through the memory-map driver (one
    // clock per bus byte, then the core runs until idle).
    let key = MasterKey::from_bytes([9; 16]);
    let model = mnist_shaped_model();
    let locked = LockedModel::lock_with(LockMode::Paper, Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
    let mut core = sim_core(SimConfig::AlchitryCu).unwrap();
    core.load_key(&key).unwrap();
    core.load_model(&locked).unwrap();
    let image: Vec<u8> = (0..784).map(|i| (i * 7 % 256) as u8).collect();
    rows.push(row(
        "accelerator_cu",
        "Verilator",
        "784-16-10 inferences",
        measure(&s, |budget| {
            let (start, t) = (core.bus().cycles(), Instant::now());
            while t.elapsed() < budget {
                core.run(&image).unwrap();
            }
            core.bus().cycles() - start
        }),
    ));

    // The board: INFO request frames back to back on its RX pin (UART, frame receiver and
    // replies busy), and the board idle.
    let info = Frame { cmd: Command::Info as u8, seq: 0, payload: Vec::new() }.encode();
    let mut board = VirtualBoard::new();
    rows.push(row(
        "board_cu",
        "Verilator",
        "INFO frames on RX, back to back",
        measure(&s, |budget| {
            let (start, t) = (board.cycles(), Instant::now());
            while t.elapsed() < budget {
                board.send(&info.repeat(20)); // 180 bytes, 9,000 clocks at 5 clocks a bit
                while !board.rx_idle() {
                    board.run(1_000);
                }
                board.take_received();
            }
            board.cycles() - start
        }),
    ));
    let mut board = VirtualBoard::new();
    rows.push(row("board_cu", "Verilator", "idle", measure(&s, |budget| for_at_least(budget, 10_000, || board.run(10_000)))));

    println!();
    println!("| model | simulator | workload | cycles | cycles/s |");
    println!("|---|---|---|---:|---:|");
    for r in &rows {
        println!("| {} | {} | {} | {} | {:.0} |", r.model, r.simulator, r.what, r.cycles, r.per_second);
    }
    let rate = |model: &str, what: &str| rows.iter().find(|r| r.model == model && r.what == what).unwrap().per_second;
    println!();
    for model in ["unlock_core4", "unlock_core8"] {
        println!("{model}: Verilator / rust-hdl = {:.0}x", rate(model, build) / rate(model, "stream (simulate, direct)"));
    }
    if let Some(bytes) = vcd_bytes_per_clock {
        let slowdown = rate("unlock_core4", build) / rate("unlock_core4", "stream, VCD trace on");
        println!("unlock_core4: writing the VCD makes it {slowdown:.1}x slower ({bytes:.0} bytes of VCD per clock)");
    }
    let verilated = rate("unlock_core4", build);
    println!("acceptance (Verilator >= 1,000,000 cycles/s on unlock_core4): {}", if verilated >= 1e6 { "met" } else { "NOT met" });
}
