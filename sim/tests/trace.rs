//! Waveforms: `Clocked::trace_to` and `DEEPLOCK_TRACE=path.vcd` write a VCD of the unlock core
//! whose header declares its ports (and the blocks inside) and whose body covers every cycle.
//! They need the feature `trace` (`cargo test -p deeplock-sim --release --features trace`);
//! without it, asking for a trace must fail and name the feature.

mod support;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use deeplock_sim::clocked::TRACE_ENV;
use deeplock_sim::verilated::UnlockCore4;
use deeplock_sim::Clocked;
use support::unlock::{random_payload, Driver, Pass, Traffic};

/// Both tests create models, which read DEEPLOCK_TRACE: one at a time.
static ENV: Mutex<()> = Mutex::new(());

/// The unlock core's ports and widths (docs/rtl-unlock-core.md), 4 lanes.
const PORTS: [(&str, usize); 16] = [
    ("clock", 1),
    ("reset", 1),
    ("key$write", 1),
    ("key$write_data", 8),
    ("key$commit", 1),
    ("key$clear", 1),
    ("key$discard", 1),
    ("key$commit_error", 1),
    ("key$loaded", 1),
    ("restart", 1),
    ("locked_data", 32),
    ("locked_valid", 1),
    ("locked_ready", 1),
    ("plain_data", 32),
    ("plain_valid", 1),
    ("plain_ready", 1),
];

/// The scope of the core's module in the VCD.
const MODULE: &str = "top.top";

/// A VCD's declarations: (scope path joined by '.', signal name) -> (id code, width); and the
/// body after `$enddefinitions`.
struct Vcd {
    vars: HashMap<(String, String), (String, usize)>,
    body: String,
}

fn parse(path: &Path) -> Vcd {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let end = text.find("$enddefinitions").expect("a VCD header");
    let mut scopes: Vec<String> = Vec::new();
    let mut vars = HashMap::new();
    let words: Vec<&str> = text[..end].split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        match *w {
            "$scope" => scopes.push(words[i + 2].to_string()),
            "$upscope" => {
                scopes.pop();
            }
            // $var wire <width> <id> <name> [<range>] $end
            "$var" => {
                let width = words[i + 2].parse().expect("a width");
                vars.insert((scopes.join("."), words[i + 4].to_string()), (words[i + 3].to_string(), width));
            }
            _ => {}
        }
    }
    Vcd { vars, body: text[end..].to_string() }
}

/// Key load, restart, 100 beats at full speed; returns the cycles run.
fn short_run(sim: Clocked<UnlockCore4>) -> u64 {
    let mut d = Driver::new(sim, 5);
    let key = [0x2b; 16];
    d.load_key(&key);
    d.restart();
    let (locked, _) = random_payload(&mut d.rng, 400, &key);
    let mut pass = Pass::new(&locked, 4, 0);
    assert!(d.run(&mut pass, Traffic::FULL, 1000));
    d.cycles // dropping the driver flushes and closes the trace
}

fn check(path: &Path, cycles: u64) {
    let vcd = parse(path);
    let scopes: Vec<&String> = vcd.vars.keys().map(|(scope, _)| scope).collect();
    // The outer scope is the model (named `top` by the shim) with the ports; inside it, `top`,
    // the module, with the ports again, its wires, and a scope per block and register.
    for (port, width) in PORTS {
        let found = vcd.vars.get(&(MODULE.to_string(), port.to_string()));
        assert_eq!(found.map(|v| v.1), Some(width), "{}: port {port} in {MODULE}", path.display());
    }
    for block in ["key_register", "key_schedule", "lanes", "lanes.inv_sbox"] {
        let scope = format!("{MODULE}.{block}");
        assert!(scopes.iter().any(|s| **s == scope), "{}: no scope {scope}", path.display());
    }
    // A dump at every clock edge: times 0, 1, ..., 2 * cycles.
    let times: Vec<u64> = vcd.body.lines().filter_map(|l| l.strip_prefix('#')?.trim().parse().ok()).collect();
    assert_eq!(times.last(), Some(&(2 * cycles)), "{}: last time stamp", path.display());
    // plain_valid rises: the trace carries the run, not only the header.
    let id = &vcd.vars[&(MODULE.to_string(), "plain_valid".to_string())].0;
    assert!(vcd.body.lines().any(|l| l == format!("1{id}")), "{}: plain_valid never rises", path.display());
}

fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("deeplock-sim-{}-{name}.vcd", std::process::id()))
}

#[test]
#[cfg_attr(not(feature = "trace"), ignore = "needs --features trace")]
fn trace_to_writes_a_vcd_of_the_unlock_core() {
    let _env = ENV.lock().unwrap_or_else(|e| e.into_inner());
    let path = scratch("trace-to");
    let mut sim = Clocked::new(UnlockCore4::new());
    sim.trace_to(&path);
    let cycles = short_run(sim);
    check(&path, cycles);
    std::fs::remove_file(&path).unwrap();
}

#[test]
#[cfg_attr(not(feature = "trace"), ignore = "needs --features trace")]
fn deeplock_trace_env_writes_a_vcd_of_the_unlock_core() {
    let _env = ENV.lock().unwrap_or_else(|e| e.into_inner());
    let path = scratch("env");
    std::env::set_var(TRACE_ENV, &path);
    let sim = Clocked::new(UnlockCore4::new());
    std::env::remove_var(TRACE_ENV);
    let cycles = short_run(sim);
    check(&path, cycles);
    std::fs::remove_file(&path).unwrap();
}

#[test]
#[cfg_attr(feature = "trace", ignore = "this build can trace")]
#[should_panic(expected = "--features deeplock-sim/trace")]
fn without_the_feature_a_trace_request_names_it() {
    let _env = ENV.lock().unwrap_or_else(|e| e.into_inner());
    Clocked::new(UnlockCore4::new()).trace_to(&scratch("refused"));
}
