//! The board and flash commands' failures: each one exits non-zero with one clear line, in
//! bounded time, without a board or a simulator.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serialport::{SerialPort, TTYPort};

fn deeplock_in(dir: Option<&Path>, envs: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_deeplock"));
    command.args(args).env_remove("DEEPLOCK_KEY").env_remove("DEEPLOCK_PORT").env_remove("DEEPLOCK_ICEPROG");
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    command.envs(envs.iter().copied()).output().unwrap()
}

fn deeplock(args: &[&str]) -> Output {
    deeplock_in(None, &[], args)
}

fn one_line_error(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "expected failure, stderr: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "not one line: {stderr}");
    assert!(stderr.contains(needle), "{stderr:?} does not mention {needle:?}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn no_port_or_a_missing_device() {
    one_line_error(&deeplock(&["info"]), "no serial port: add --port PORT");
    one_line_error(&deeplock(&["--port", "/dev/ttyDEEPLOCK9", "info"]), "no device at /dev/ttyDEEPLOCK9: no such serial port");
    let out = deeplock_in(None, &[("DEEPLOCK_PORT", "/dev/ttyDEEPLOCK9")], &["eval", "--dataset", "mnist"]);
    one_line_error(&out, "no device at /dev/ttyDEEPLOCK9");
    one_line_error(&deeplock(&["--port", "/dev/ttyDEEPLOCK9", "--baud", "0", "info"]), "--baud must be positive");
}

/// A pseudo-terminal whose other end is held by `answer`'s thread until the returned guard drops.
fn pty(answer: fn(&[u8]) -> Vec<u8>) -> (String, impl Drop) {
    struct Stop(Arc<AtomicBool>, Option<std::thread::JoinHandle<()>>);
    impl Drop for Stop {
        fn drop(&mut self) {
            self.0.store(true, Ordering::Relaxed);
            let _ = self.1.take().unwrap().join();
        }
    }
    let (mut master, slave) = TTYPort::pair().unwrap();
    let path = slave.name().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let thread = std::thread::spawn(move || {
        let _slave = slave; // keeps the terminal up between openings
        master.set_timeout(Duration::from_millis(20)).unwrap();
        let mut buf = [0u8; 1024];
        while !flag.load(Ordering::Relaxed) {
            if let Ok(n) = master.read(&mut buf) {
                let reply = answer(&buf[..n]);
                let _ = master.write_all(&reply);
            }
        }
    });
    (path, Stop(stop, Some(thread)))
}

#[test]
fn a_silent_device_times_out_in_bounded_time() {
    let (path, _guard) = pty(|_| Vec::new());
    let start = Instant::now();
    let out = deeplock(&["--port", &path, "info"]);
    let elapsed = start.elapsed();
    one_line_error(&out, "no valid response to INFO");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the device running?"));
    assert!(elapsed < Duration::from_secs(10), "{elapsed:?}");
}

#[test]
fn garbage_suggests_the_baud_rate() {
    // What a UART at the wrong rate delivers: bytes, but never a frame.
    let (path, _guard) = pty(|request| request.iter().map(|b| b.rotate_left(3) | 0x40).chain([0x13, 0x37]).collect());
    let out = deeplock(&["--port", &path, "--baud", "115200", "info"]);
    one_line_error(&out, "is the baud rate right?");
}

#[test]
fn flash_failures_are_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty-path");
    std::fs::create_dir(&empty).unwrap();
    let image = dir.path().join("good.bin");
    std::fs::write(&image, [&[0xFF, 0x00, 0x00, 0xFF][..], &[0x7E, 0xAA, 0x99, 0x7E], &[0u8; 64]].concat()).unwrap();
    let image = image.to_str().unwrap();
    let path_without = [("PATH", empty.to_str().unwrap())];

    // No image in the default place (the current directory is not a checkout).
    let out = deeplock_in(Some(dir.path()), &path_without, &["flash", "--board", "alchitry-cu"]);
    one_line_error(&out, "no image at bitstreams/alchitry-cu/deeplock.bin");
    let out = deeplock_in(Some(dir.path()), &path_without, &["flash", "--board", "alchitry-cu", "--revision", "v2"]);
    one_line_error(&out, "bitstreams/alchitry-cu-v2/deeplock.bin");
    let not_a_bitstream = dir.path().join("notes.txt");
    std::fs::write(&not_a_bitstream, "hello").unwrap();
    let out = deeplock_in(None, &path_without, &["flash", "--board", "alchitry-cu", "--image", not_a_bitstream.to_str().unwrap()]);
    one_line_error(&out, "is not an iCE40 bitstream");

    // No iceprog on PATH.
    let out = deeplock_in(None, &path_without, &["flash", "--board", "alchitry-cu", "--image", image]);
    one_line_error(&out, "install it: sudo apt-get install fpga-icestorm");

    // An iceprog that finds no board (what the real one prints without a Cu on USB).
    let fake = dir.path().join("iceprog");
    std::fs::write(
        &fake,
        "#!/bin/sh\necho init.. >&2\necho \"Can't find iCE FTDI USB device (vendor_id 0x0403, device_id 0x6010 or 0x6014).\" >&2\necho ABORT. >&2\nexit 2\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = deeplock_in(None, &[("DEEPLOCK_ICEPROG", fake.to_str().unwrap())], &["flash", "--board", "alchitry-cu", "--image", image]);
    one_line_error(&out, "no Alchitry Cu found on USB");
}

#[cfg(not(feature = "sim"))]
#[test]
fn sim_backend_without_the_feature_says_how_to_rebuild() {
    let out = deeplock(&["eval", "--backend", "sim", "--model", "m.dlk", "--dataset", "mnist"]);
    one_line_error(&out, "cargo install --path cli --features sim");
}

#[test]
fn help_teaches_the_board_workflow() {
    let top = String::from_utf8(deeplock(&["--help"]).stdout).unwrap();
    for needle in ["--port", "DEEPLOCK_PORT", "load --model m.dlk", "deeplock-sim board", "flash"] {
        assert!(top.contains(needle), "--help lacks {needle:?}:\n{top}");
    }
    let eval = String::from_utf8(deeplock(&["eval", "--help"]).stdout).unwrap();
    for needle in ["link_utilization", "--backend sim", "sim-large", "board when --port"] {
        assert!(eval.contains(needle), "eval --help lacks {needle:?}:\n{eval}");
    }
}

#[test]
fn sim_config_help_states_the_cu_build_settings() {
    let help = String::from_utf8(deeplock(&["eval", "--help"]).stdout).unwrap();
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    let cu = deeplock::boards::ALCHITRY_CU;
    let cu_line = format!("alchitry-cu: The Alchitry Cu bitstream's core: {} lanes, 13 KiB of weights, {} MHz", cu.lanes, cu.clock_hz / 1_000_000);
    assert!(help.contains(&cu_line), "eval --help lacks {cu_line:?}:\n{help}");
    let large_line = format!("sim-large: {} lanes", deeplock::boards::SIM_LARGE.lanes);
    assert!(help.contains(&large_line), "eval --help lacks {large_line:?}:\n{help}");
}
