//! The `synth unlock-core` job: place and route `UnlockCore` configurations and write the report.
//!
//! Each configuration is placed three ways: inside [`SynthHarness`](crate::synth_harness) (the
//! figures that count: Fmax with registered neighbours, and the total), the harness alone (its own
//! cost, subtracted to give the core's), and the core alone on package pins when its ports fit
//! (an exact cell count; its Fmax ignores the pin paths, so it is not judged).

use std::fmt::Write;
use std::path::{Path, PathBuf};

use crate::tools;
use crate::place::{place_and_route, ClockFmax, FlowConfig, FlowError, Placed};
use deeplock_hdl::crypto::sbox::SboxImpl;
use crate::synth_harness;
use deeplock_hdl::crypto::unlock_core::{self, CoreError};
use deeplock_spec::memory_map::LockModes;

/// The rust-hdl release the RTL is written with (hdl/Cargo.toml).
pub const RUST_HDL_VERSION: &str = "0.46";

/// One `synth unlock-core` invocation.
#[derive(Clone, Debug)]
pub struct Job {
    pub lanes: Vec<usize>,
    pub sboxes: Vec<SboxImpl>,
    /// The lock modes of every core placed (their key-stream engines).
    pub modes: LockModes,
    pub config: FlowConfig,
    /// Each configuration goes to `out_dir/unlock-core-<lanes>-<sbox>/`.
    pub out_dir: PathBuf,
    /// Also route the harness with seeds 1..=N (after the main seed) and list the Fmax spread.
    pub sweep_seeds: u64,
}

/// The figures of one configuration.
#[derive(Clone, Debug)]
pub struct ConfigResult {
    pub lanes: usize,
    pub sbox: SboxImpl,
    pub harness: Placed,
    pub baseline: Placed,
    pub bare: Option<Placed>,
    pub sweep: Vec<(u64, f64)>,
}

impl ConfigResult {
    /// Fmax of the harnessed design (its one clock).
    pub fn fmax(&self) -> &ClockFmax {
        &self.harness.clocks[0]
    }

    /// The core's own logic cells: total minus harness alone (packing makes this approximate).
    pub fn core_logic_cells(&self) -> i64 {
        self.harness.logic_cells as i64 - self.baseline.logic_cells as i64
    }
}

/// The key-stream engines of a core running `modes`.
fn engines(modes: LockModes) -> &'static str {
    match (modes.paper, modes.hardened) {
        (true, true) => "key schedule (paper) + Ascon key stream (hardened)",
        (false, true) => "Ascon key stream (hardened)",
        _ => "key schedule (paper)",
    }
}

/// Tool versions found on this machine.
#[derive(Clone, Debug)]
pub struct Versions {
    pub yosys: String,
    pub nextpnr: String,
}

pub fn tool_versions() -> Result<Versions, FlowError> {
    Ok(Versions { yosys: tools::version("yosys", "-V")?, nextpnr: tools::version("nextpnr-ice40", "--version")? })
}

/// Why a job failed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error(transparent)]
    Flow(#[from] FlowError),
    #[error(transparent)]
    Core(#[from] CoreError),
}

/// Ports of the bare core: clock, reset, 8 key-port bits and 7 strobes/flags, restart, two
/// streams of 8W data bits plus valid and ready, the mode bit and the 96-bit nonce (present in
/// every build; a paper-only core leaves them unread).
pub fn core_ports(lanes: usize) -> usize {
    21 + 97 + 16 * lanes
}

/// Places every configuration of `job`. Tool errors stop the job; timing is recorded, not judged.
pub fn run(job: &Job, mut progress: impl FnMut(&str)) -> Result<Vec<ConfigResult>, JobError> {
    let mut results = Vec::new();
    for &lanes in &job.lanes {
        for &sbox in &job.sboxes {
            let dir = job.out_dir.join(format!("unlock-core-{lanes}-{sbox}"));
            progress(&format!("{lanes} lanes, {sbox} S-Boxes: core in harness ({})", dir.join("harness").display()));
            let harness = place_and_route(&synth_harness::verilog(lanes, sbox, job.modes, true)?, &dir.join("harness"), &job.config)?;
            progress(&format!("{lanes} lanes, {sbox} S-Boxes: harness alone"));
            let baseline = place_and_route(&synth_harness::verilog(lanes, sbox, job.modes, false)?, &dir.join("baseline"), &job.config)?;
            let fits = job.config.device.package_ios(&job.config.package).is_some_and(|ios| core_ports(lanes) <= ios);
            let bare = if fits {
                progress(&format!("{lanes} lanes, {sbox} S-Boxes: core alone on {} pins", core_ports(lanes)));
                Some(place_and_route(&unlock_core::verilog(lanes, sbox, job.modes)?, &dir.join("core"), &job.config)?)
            } else {
                None
            };
            let mut sweep = Vec::new();
            for seed in (1..=job.sweep_seeds).filter(|&s| s != job.config.seed) {
                progress(&format!("{lanes} lanes, {sbox} S-Boxes: seed {seed}"));
                let config = FlowConfig { seed, ..job.config.clone() };
                let placed = place_and_route(&synth_harness::verilog(lanes, sbox, job.modes, true)?, &dir.join(format!("seed-{seed}")), &config)?;
                sweep.push((seed, placed.clocks[0].achieved_mhz));
            }
            results.push(ConfigResult { lanes, sbox, harness, baseline, bare, sweep });
        }
    }
    Ok(results)
}

/// The report text for `results`.
pub fn report(job: &Job, results: &[ConfigResult], versions: &Versions, command: &str, date: &str) -> String {
    let c = &job.config;
    let ios = c.device.package_ios(&c.package).map_or(String::new(), |n| format!(" ({n} user IOs)"));
    let mut t = String::new();
    let _ = writeln!(t, "Deep-Lock unlock core: synthesis report");
    let _ = writeln!(t, "=======================================");
    let _ = writeln!(t, "date      {date}");
    let _ = writeln!(t, "command   {command}");
    let _ = writeln!(t, "tools     {}; {}; rust-hdl {RUST_HDL_VERSION}", versions.yosys, versions.nextpnr);
    let _ = writeln!(t, "device    iCE40 {}, package {}{ios}; target {} MHz; nextpnr seed {}", c.device, c.package, c.freq_mhz, c.seed);
    let _ = writeln!(t, "flow      yosys synth_ice40 + check -assert; nextpnr-ice40 --{} --package {} --freq {} --seed {}", c.device, c.package, c.freq_mhz, c.seed);
    let _ = writeln!(t, "design    UnlockCore = key register + {} + W unlock lanes (one W-byte beat per clock),", engines(job.modes));
    let _ = writeln!(t, "          placed inside SynthHarness: every pin registered twice, a W-byte LFSR source, an");
    let _ = writeln!(t, "          XOR-folded 8-bit checksum sink, a 96-bit nonce register shifted in from the key pins, 28 IOs.");
    let _ = writeln!(t, "          Lock modes: {}{}.", job.modes, if job.modes.hardened { "; hardened engine: R = max(1, W/2) Ascon rounds per clock" } else { "" });
    let _ = writeln!(t);
    let _ = writeln!(t, "lanes  S-Box  Fmax MHz  timing  LCs total  harness  core=diff  core alone  BRAMs  IOs");
    for r in results {
        let bare = r.bare.as_ref().map_or("-".to_string(), |b| b.logic_cells.to_string());
        let _ = writeln!(
            t,
            "{:>5}  {:<5}  {:>8.2}  {:<6}  {:>9}  {:>7}  {:>9}  {:>10}  {:>5}  {:>3}",
            r.lanes,
            r.sbox,
            r.fmax().achieved_mhz,
            if r.fmax().passed() { "PASS" } else { "FAIL" },
            r.harness.logic_cells,
            r.baseline.logic_cells,
            r.core_logic_cells(),
            bare,
            r.harness.block_rams,
            r.harness.ios
        );
    }
    let _ = writeln!(t);
    let _ = writeln!(t, "LCs total: logic cells (LUT4 + FF) of core and harness as placed, of {}.", results.first().map_or(0, |r| r.harness.logic_cells_available));
    let _ = writeln!(t, "harness:   the harness alone (core bypassed and removed by yosys). core=diff: total - harness.");
    let _ = writeln!(t, "core alone: the bare core with its ports on package pins, when they fit ({} + 16 x lanes ports);", core_ports(0));
    let _ = writeln!(t, "           an exact count of its cells. Its Fmax is not judged: its inputs come straight from pins.");
    let _ = writeln!(t, "Fmax:      nextpnr's estimate for the harnessed design (all paths between registers).");
    for r in results {
        let _ = writeln!(t);
        let _ = writeln!(t, "## {} lanes, S-Box {}", r.lanes, r.sbox);
        let f = r.fmax();
        let _ = writeln!(
            t,
            "Fmax            {:.2} MHz for clock '{}' (target {} MHz): {}",
            f.achieved_mhz,
            f.clock,
            f.target_mhz,
            if f.passed() { "PASS" } else { "FAIL" }
        );
        if !r.sweep.is_empty() {
            let list: Vec<String> = std::iter::once((job.config.seed, f.achieved_mhz)).chain(r.sweep.iter().copied()).map(|(s, m)| format!("{s}: {m:.1}")).collect();
            let _ = writeln!(t, "seed sweep      {} MHz", list.join(", "));
        }
        let _ = writeln!(
            t,
            "throughput      one {}-byte beat per clock (tested) = {:.0} MB/s at {} MHz",
            r.lanes,
            r.lanes as f64 * f.target_mhz,
            f.target_mhz
        );
        if job.modes.hardened {
            let rounds = unlock_core::hardened_rounds_per_clock(r.lanes);
            let buffered = unlock_core::hardened_buffered(r.lanes);
            let chunk = deeplock_spec::hardened_stream::CHUNK_BYTES;
            let clocks = deeplock_hdl::crypto::ascon_key_stream::chunk_clocks(r.lanes, rounds, buffered);
            let _ = writeln!(
                t,
                "hardened        R = {rounds}, {}: {clocks} clocks per {chunk}-byte chunk ({} beats), {:.3} bytes per clock (tested)",
                if buffered { "buffered" } else { "unbuffered" },
                chunk / r.lanes,
                chunk as f64 / clocks as f64
            );
        }
        let _ = writeln!(
            t,
            "in harness      {} LCs, {} block RAMs, {} IOs, {} global buffers",
            r.harness.logic_cells, r.harness.block_rams, r.harness.ios, r.harness.global_buffers
        );
        let _ = writeln!(t, "                yosys: {}", cell_summary(&r.harness));
        let _ = writeln!(t, "harness alone   {} LCs ({})", r.baseline.logic_cells, cell_summary(&r.baseline));
        match &r.bare {
            Some(b) => {
                let _ = writeln!(t, "core alone      {} LCs, {} block RAMs, {} IOs ({})", b.logic_cells, b.block_rams, b.ios, cell_summary(b));
            }
            None => {
                let _ = writeln!(t, "core alone      - ({} ports do not fit the package)", core_ports(r.lanes));
            }
        }
        let _ = writeln!(t, "logs            {}", display_dir(r.harness.dir.parent().unwrap_or(Path::new("."))));
    }
    t
}

fn cell_summary(p: &Placed) -> String {
    format!(
        "SB_LUT4 {}, flip-flops {}, SB_CARRY {}, SB_RAM40_4K {}",
        p.cells_of("SB_LUT4"),
        p.cells_of("SB_DFF"),
        p.cells_of("SB_CARRY"),
        p.cells_of("SB_RAM40_4K")
    )
}

fn display_dir(dir: &Path) -> String {
    format!("{}/{{harness,baseline,core}}/ (yosys.log, nextpnr.log, nextpnr-report.json)", dir.display())
}

/// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_count_matches_the_generated_core() {
        for lanes in unlock_core::SUPPORTED_LANES {
            let v = unlock_core::verilog(lanes, SboxImpl::BlockRam, LockModes::BOTH).unwrap();
            let header = &v[v.find("module top(").unwrap()..];
            let header = &header[..header.find("// Stub signals").unwrap()];
            let bits: usize = header
                .lines()
                .filter(|l| l.trim_start().starts_with("input") || l.trim_start().starts_with("output"))
                .map(|l| match l.find('[') {
                    Some(i) => l[i + 1..l.find(':').unwrap()].trim().parse::<usize>().unwrap() + 1,
                    None => 1,
                })
                .sum();
            assert_eq!(bits, core_ports(lanes), "{lanes} lanes");
        }
    }

    #[test]
    fn utc_dates_are_civil_dates() {
        let now = utc_now();
        assert_eq!(now.len(), 20);
        assert!(now.starts_with("20") && now.ends_with('Z'), "{now}");
    }
}
