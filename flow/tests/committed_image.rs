//! The committed Alchitry Cu image checked as a user would check it, without a rebuild: its
//! sha256 is the report's, and icetime (from a fresh `iceunpack`) still finds the core clock with
//! at least 10% slack and the very Fmax the report states. Needs fpga-icestorm and its chip
//! database (`make setup` installs both).

use std::path::PathBuf;

use deeplock_flow::board::icetime_image;
use deeplock_spec::boards::ALCHITRY_CU;
use sha2::{Digest, Sha256};

fn image_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../bitstreams/alchitry-cu")
}

fn report() -> String {
    std::fs::read_to_string(image_dir().join("report.txt")).expect("bitstreams/alchitry-cu/report.txt")
}

#[test]
fn committed_image_is_the_one_its_report_describes() {
    let bin = std::fs::read(image_dir().join("deeplock.bin")).expect("bitstreams/alchitry-cu/deeplock.bin");
    let sha: String = Sha256::digest(&bin).iter().map(|b| format!("{b:02x}")).collect();
    let report = report();
    let line = report.lines().find(|l| l.starts_with("image")).expect("report has an image line");
    assert!(line.contains(&sha), "deeplock.bin (sha256 {sha}) is not the image the report names: {line}");
    assert!(line.contains(&format!("{} bytes", bin.len())), "{line}");
}

#[test]
fn committed_image_closes_the_core_clock_in_icetime() {
    let dir = std::env::temp_dir().join(format!("deeplock-flow-icetime-{}", std::process::id()));
    let target_mhz = ALCHITRY_CU.clock_hz as f64 / 1e6;
    let timing = icetime_image(&image_dir().join("deeplock.bin"), &image_dir().join("deeplock.pcf"), &dir, target_mhz)
        .unwrap_or_else(|e| panic!("icetime on the committed image: {e}"));
    assert!(timing.mhz >= 1.10 * target_mhz, "icetime: {:.2} MHz, less than 10% over {target_mhz} MHz", timing.mhz);
    let stated = format!("{:.2} MHz ({:.2} ns critical path)", timing.mhz, timing.delay_ns);
    assert!(report().contains(&stated), "the report does not state icetime's {stated}");
    let _ = std::fs::remove_dir_all(&dir);
}
