//! The `bitstream` job: the board top -> yosys -> nextpnr at the real core clock -> icepack, with
//! icetime as a second timing opinion, and the artifacts a user flashes and a reviewer checks:
//! `deeplock.bin`, `report.txt`, and the Verilog and pin file they came from.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::unlock_core::{tool_versions, utc_now, Versions, RUST_HDL_VERSION};
use crate::tools;
use crate::place::{place_and_route, Device, FlowConfig, FlowError, Placed};
use deeplock_hdl::datapath::accelerator::AcceleratorConfig;
use deeplock_hdl::board::alchitry_cu::{self, Revision, OSCILLATOR_HZ};
use deeplock_spec::memory_map::LockModes;

/// The nextpnr placer seed of the committed Cu image: the seed whose placement closed 60 MHz with
/// the most slack in the last sweep (README, "Figures"). The design fills 96% of the device, so
/// Fmax moves by a few MHz from seed to seed; the default rebuild uses this one.
pub const COMMITTED_SEED: u64 = 1;

/// One `bitstream` invocation.
#[derive(Clone, Debug)]
pub struct BoardJob {
    pub revision: Revision,
    /// Where the tools work and keep their logs (git-ignored).
    pub work_dir: PathBuf,
    /// Where `deeplock.bin`, `report.txt`, `deeplock.v` and `deeplock.pcf` go.
    pub out_dir: PathBuf,
    pub seed: u64,
    /// Timing must beat the core clock by this fraction (0.10: Fmax at least 110% of it).
    pub min_slack: f64,
    /// The lock modes the image runs (its key-stream engines); the shipped image's are
    /// `AcceleratorConfig::alchitry_cu().lock_modes`.
    pub lock_modes: LockModes,
}

/// icetime's estimate for the interior paths (register to register).
#[derive(Clone, Debug)]
pub struct Icetime {
    pub delay_ns: f64,
    pub mhz: f64,
}

#[derive(Clone, Debug)]
pub struct BoardBuild {
    pub placed: Placed,
    pub icetime: Icetime,
    pub core_clock_mhz: f64,
    pub bin_sha256: String,
    pub bin_bytes: usize,
    pub versions: Versions,
    pub icestorm: String,
}

impl BoardBuild {
    /// The core clock's Fmax (nextpnr) over its target, minus one.
    pub fn slack(&self) -> f64 {
        self.core_fmax() / self.core_clock_mhz - 1.0
    }

    /// nextpnr's estimate for the PLL's output clock (the only clocked logic).
    pub fn core_fmax(&self) -> f64 {
        self.placed.clocks.iter().map(|c| c.achieved_mhz).fold(f64::INFINITY, f64::min)
    }
}

/// Why a bitstream was not made.
#[derive(Debug, thiserror::Error)]
pub enum BoardError {
    #[error(transparent)]
    Flow(#[from] FlowError),
    #[error("timing slack too small: {fmax:.2} MHz for a {target} MHz clock is {:.1}% of slack, at least {:.0}% is required (see {})", 100.0 * (fmax / target - 1.0), 100.0 * min_slack, log.display())]
    Slack { fmax: f64, target: f64, min_slack: f64, log: PathBuf },
    #[error("icetime's report has no path delay: {}", .0.display())]
    Icetime(PathBuf),
    #[error("icetime cannot find its iCE40 chip database: install it with `apt-get install fpga-icestorm-chipdb` (or run `make setup`)")]
    NoChipdb,
}

/// Places, routes and packs the board, then checks timing with margin.
pub fn build(job: &BoardJob, mut progress: impl FnMut(&str)) -> Result<BoardBuild, BoardError> {
    let config = AcceleratorConfig::alchitry_cu();
    let core_clock_mhz = config.clock_hz as f64 / 1e6;
    let verilog = alchitry_cu::verilog_with(job.revision, job.lock_modes);
    let pcf = alchitry_cu::pcf(job.revision);
    let versions = tool_versions()?;
    // icepack and icetime print no version: name the package they came from, where there is one.
    tools::version("icepack", "-h")?;
    let icestorm = std::process::Command::new("dpkg-query")
        .args(["-W", "-f", "${Version}", "fpga-icestorm"])
        .output()
        .ok()
        .filter(|o| o.status.success() && !o.stdout.is_empty())
        .map(|o| format!("fpga-icestorm {}", String::from_utf8_lossy(&o.stdout)))
        .unwrap_or_else(|| "icestorm (icepack and icetime print no version)".into());
    // Before minutes of place and route: icetime must be able to judge the result.
    check_icetime(&job.work_dir)?;
    progress(&format!("placing {} at {core_clock_mhz} MHz (yosys, nextpnr, icepack; a few minutes)", job.revision.name()));
    let flow = FlowConfig {
        device: Device::Hx8k,
        package: "cb132".into(),
        freq_mhz: core_clock_mhz,
        seed: job.seed,
        pcf: Some(pcf.clone()),
        bitstream: true,
    };
    let placed = place_and_route(&verilog, &job.work_dir, &flow)?;
    progress("checking timing again with icetime");
    let icetime = run_icetime(&job.work_dir, core_clock_mhz)?;

    let bin = std::fs::read(job.work_dir.join("top.bin")).map_err(|e| FlowError::io(&job.work_dir.join("top.bin"), e))?;
    let build = BoardBuild {
        bin_sha256: Sha256::digest(&bin).iter().map(|b| format!("{b:02x}")).collect(),
        bin_bytes: bin.len(),
        placed,
        icetime,
        core_clock_mhz,
        versions,
        icestorm,
    };
    std::fs::create_dir_all(&job.out_dir).map_err(|e| FlowError::io(&job.out_dir, e))?;
    let write = |name: &str, bytes: &[u8]| {
        let path = job.out_dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| FlowError::io(&path, e))
    };
    write("deeplock.bin", &bin)?;
    write("deeplock.v", verilog.as_bytes())?;
    write("deeplock.pcf", pcf.as_bytes())?;
    let command = std::iter::once("deeplock-flow".to_string()).chain(std::env::args().skip(1)).collect::<Vec<_>>().join(" ");
    write("report.txt", report(job, &build, &command, &utc_now()).as_bytes())?;

    // The report is written either way; then timing is judged, with margin.
    build.placed.check_timing()?;
    if build.slack() < job.min_slack {
        return Err(BoardError::Slack {
            fmax: build.core_fmax(),
            target: core_clock_mhz,
            min_slack: job.min_slack,
            log: job.work_dir.join("nextpnr.log"),
        });
    }
    Ok(build)
}

/// Fails with [`BoardError::NoChipdb`] if icetime has no chip database for the HX8K (Debian ships
/// it in `fpga-icestorm-chipdb`, only a Recommends of `fpga-icestorm`).
pub fn check_icetime(dir: &Path) -> Result<(), BoardError> {
    std::fs::create_dir_all(dir).map_err(|e| FlowError::io(dir, e))?;
    let probe = dir.join("chipdb-probe.asc");
    std::fs::write(&probe, ".device 8k\n").map_err(|e| FlowError::io(&probe, e))?;
    let output = std::process::Command::new("icetime")
        .args(["-d", "hx8k", "-P", "cb132"])
        .arg(&probe)
        .output()
        .map_err(|e| tools::missing_or_io("icetime", e))?;
    // An empty design is refused either way; only the message tells a missing chip database.
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if said.contains("Can't find chipdb") {
        return Err(BoardError::NoChipdb);
    }
    Ok(())
}

/// icetime's estimate of a packed image (`iceunpack`, then icetime with its pin file), as the
/// board flow computes it: how a committed image is checked without rebuilding it.
pub fn icetime_image(bin: &Path, pcf: &Path, dir: &Path, target_mhz: f64) -> Result<Icetime, BoardError> {
    std::fs::create_dir_all(dir).map_err(|e| FlowError::io(dir, e))?;
    std::fs::copy(pcf, dir.join("top.pcf")).map_err(|e| FlowError::io(pcf, e))?;
    tools::run("iceunpack", &[bin.display().to_string(), "top.asc".into()], dir, "iceunpack.log")?;
    run_icetime(dir, target_mhz)
}

fn run_icetime(dir: &Path, target_mhz: f64) -> Result<Icetime, BoardError> {
    let args: Vec<String> = ["-d", "hx8k", "-P", "cb132", "-p", "top.pcf", "-i", "-t", "-c"]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("{target_mhz}"), "-r".into(), "icetime.txt".into(), "top.asc".into()])
        .collect();
    tools::run("icetime", &args, dir, "icetime.log")?;
    let path = dir.join("icetime.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| FlowError::io(&path, e))?;
    // "Total path delay: 10.64 ns (93.98 MHz)"
    let line = text.lines().find(|l| l.contains("Total path delay")).ok_or_else(|| BoardError::Icetime(path.clone()))?;
    let number = |after: &str| -> Option<f64> { line.split(after).next()?.split_whitespace().last()?.trim_start_matches('(').parse().ok() };
    match (number(" ns"), number(" MHz")) {
        (Some(delay_ns), Some(mhz)) => Ok(Icetime { delay_ns, mhz }),
        _ => Err(BoardError::Icetime(path)),
    }
}

/// The report text.
pub fn report(job: &BoardJob, b: &BoardBuild, command: &str, date: &str) -> String {
    let p = &b.placed;
    let config = AcceleratorConfig::alchitry_cu();
    let mut t = String::new();
    let _ = writeln!(t, "Deep-Lock on the Alchitry Cu ({}): bitstream report", job.revision.name());
    let _ = writeln!(t, "==================================================");
    let _ = writeln!(t, "date        {date}");
    let _ = writeln!(t, "command     {command}");
    let _ = writeln!(t, "tools       {}; {}; {}; rust-hdl {RUST_HDL_VERSION}", b.versions.yosys, b.versions.nextpnr, b.icestorm);
    let _ = writeln!(t, "device      iCE40HX8K-CB132; nextpnr-ice40 --hx8k --package cb132 --freq {} --seed {}", b.core_clock_mhz, job.seed);
    let _ = writeln!(
        t,
        "design      board top: PLL {} -> {} MHz, UART {} baud, accelerator core with {} lane(s), S-Boxes in {}, lock modes: {}",
        OSCILLATOR_HZ / 1_000_000,
        b.core_clock_mhz,
        config.baud,
        config.lanes,
        config.sbox,
        job.lock_modes
    );
    let _ = writeln!(t);
    let _ = writeln!(t, "timing (the core clock, the PLL's output, clocks every flip-flop)");
    for c in &p.clocks {
        let _ = writeln!(
            t,
            "  nextpnr   {:<28} {:>7.2} MHz, target {} MHz: {} ({:+.1}% slack)",
            format!("'{}'", c.clock),
            c.achieved_mhz,
            c.target_mhz,
            if c.passed() { "PASS" } else { "FAIL" },
            100.0 * (c.achieved_mhz / c.target_mhz - 1.0)
        );
    }
    let _ = writeln!(
        t,
        "  icetime   interior paths        {:>7.2} MHz ({:.2} ns critical path): {}",
        b.icetime.mhz,
        b.icetime.delay_ns,
        if b.icetime.mhz >= b.core_clock_mhz { "PASS" } else { "FAIL" }
    );
    let _ = writeln!(t, "  required  at least {:.0}% slack at {} MHz: {}", 100.0 * job.min_slack, b.core_clock_mhz, if b.slack() >= job.min_slack { "PASS" } else { "FAIL" });
    let _ = writeln!(t);
    let _ = writeln!(t, "utilization");
    let _ = writeln!(t, "  logic cells   {:>5} of {} ({:.0}%)", p.logic_cells, p.logic_cells_available, 100.0 * p.logic_cells as f64 / p.logic_cells_available as f64);
    let _ = writeln!(t, "  block RAMs    {:>5} of {}", p.block_rams, p.block_rams_available);
    let _ = writeln!(t, "  PLLs          {:>5} of 2", p.cells_of("SB_PLL40"));
    let _ = writeln!(t, "  IOs           {:>5} of 95", p.ios);
    let _ = writeln!(t, "  global nets   {:>5} of 8", p.global_buffers);
    let _ = writeln!(
        t,
        "  yosys cells   SB_LUT4 {}, flip-flops {}, SB_CARRY {}, SB_RAM40_4K {}",
        p.cells_of("SB_LUT4"),
        p.cells_of("SB_DFF"),
        p.cells_of("SB_CARRY"),
        p.cells_of("SB_RAM40_4K")
    );
    let _ = writeln!(t);
    let _ = writeln!(t, "image       deeplock.bin, {} bytes, sha256 {}", b.bin_bytes, b.bin_sha256);
    let _ = writeln!(t, "sources     deeplock.v (generated from hdl/), deeplock.pcf (from the top's pin definitions)");
    let _ = writeln!(t, "logs        {} (yosys.log, nextpnr.log, nextpnr-report.json, icetime.txt)", job.work_dir.display());
    t
}
