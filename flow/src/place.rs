//! Our iCE40 synthesis flow: Verilog -> yosys `synth_ice40` -> nextpnr-ice40 with the real target
//! clock (`--freq`) -> optionally icepack. Unlike rust-hdl's `generate_bitstream` it checks every
//! tool's exit status, names a missing tool, judges timing against the target, and keeps all logs.
//!
//! Tools this was written against: Yosys 0.23, nextpnr-ice40 0.4 (Debian 12 packages); the report
//! records the versions actually found.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::tools;

/// An FPGA the flow can place for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    /// iCE40HX8K (Alchitry Cu).
    Hx8k,
}

impl Device {
    fn nextpnr_flag(self) -> &'static str {
        match self {
            Device::Hx8k => "--hx8k",
        }
    }

    /// User IOs of a package of this device, where known.
    pub fn package_ios(self, package: &str) -> Option<usize> {
        match (self, package) {
            (Device::Hx8k, "cb132") => Some(95),
            _ => None,
        }
    }
}

impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Device::Hx8k => "hx8k",
        })
    }
}

/// How to place and route one design.
#[derive(Clone, Debug)]
pub struct FlowConfig {
    pub device: Device,
    pub package: String,
    /// Target clock in MHz (nextpnr `--freq`, and the pass/fail line).
    pub freq_mhz: f64,
    /// nextpnr placer seed (fixed, so runs are reproducible).
    pub seed: u64,
    /// Pin constraints; without them nextpnr places the IOs itself.
    pub pcf: Option<String>,
    /// Also write `top.asc` and pack `top.bin`.
    pub bitstream: bool,
}

/// Fmax of one clock domain as nextpnr estimates it.
#[derive(Clone, Debug)]
pub struct ClockFmax {
    pub clock: String,
    pub achieved_mhz: f64,
    pub target_mhz: f64,
}

impl ClockFmax {
    pub fn passed(&self) -> bool {
        self.achieved_mhz >= self.target_mhz
    }
}

/// What one placed-and-routed design uses and reaches.
#[derive(Clone, Debug)]
pub struct Placed {
    pub logic_cells: u64,
    pub logic_cells_available: u64,
    pub block_rams: u64,
    pub block_rams_available: u64,
    pub ios: u64,
    pub global_buffers: u64,
    pub clocks: Vec<ClockFmax>,
    /// yosys cell counts after `synth_ice40` (SB_LUT4, SB_DFF*, SB_CARRY, SB_RAM40_4K, ...).
    pub cells: Vec<(String, u64)>,
    /// Where the Verilog, netlist and logs are.
    pub dir: PathBuf,
}

impl Placed {
    /// Fails unless every clock meets its target.
    pub fn check_timing(&self) -> Result<(), FlowError> {
        match self.clocks.iter().find(|c| !c.passed()) {
            None => Ok(()),
            Some(c) => Err(FlowError::TimingFailed {
                clock: c.clock.clone(),
                achieved_mhz: c.achieved_mhz,
                target_mhz: c.target_mhz,
                log: self.dir.join("nextpnr.log"),
            }),
        }
    }

    /// Sum of the yosys cell counts whose type starts with `prefix`.
    pub fn cells_of(&self, prefix: &str) -> u64 {
        self.cells.iter().filter(|(t, _)| t.starts_with(prefix)).map(|(_, n)| n).sum()
    }
}

/// Why the flow stopped.
#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    #[error("{tool} not found: {hint}", hint = tools::INSTALL_HINT)]
    ToolMissing { tool: String },
    #[error("cannot start {tool}: {cause}")]
    Spawn { tool: String, cause: std::io::Error },
    #[error("{tool} failed ({status}); see {}", log.display())]
    ToolFailed { tool: String, status: String, log: PathBuf },
    #[error("timing not met: clock {clock} reaches {achieved_mhz:.2} MHz, target {target_mhz} MHz (see {})", log.display())]
    TimingFailed { clock: String, achieved_mhz: f64, target_mhz: f64, log: PathBuf },
    #[error("{}: {cause}", path.display())]
    Io { path: PathBuf, cause: std::io::Error },
    #[error("{}: {reason}", path.display())]
    Report { path: PathBuf, reason: String },
}

impl FlowError {
    pub(crate) fn io(path: &Path, cause: std::io::Error) -> FlowError {
        FlowError::Io { path: path.to_path_buf(), cause }
    }
}

/// Places and routes the Verilog `verilog` (top module `top`) in `dir`. Tool errors fail; timing
/// is measured but judged by the caller ([`Placed::check_timing`]), so a report can show it.
pub fn place_and_route(verilog: &str, dir: &Path, config: &FlowConfig) -> Result<Placed, FlowError> {
    std::fs::create_dir_all(dir).map_err(|e| FlowError::io(dir, e))?;
    write(&dir.join("top.v"), verilog)?;
    // `check -assert` fails on logic loops, multiple or missing drivers.
    let script = "read_verilog top.v; synth_ice40 -top top -json top.json; check -assert; tee -q -o yosys-stat.txt stat";
    tools::run("yosys", &["-p".to_string(), script.to_string()], dir, "yosys.log")?;

    let mut args: Vec<String> = vec![
        config.device.nextpnr_flag().into(),
        "--package".into(),
        config.package.clone(),
        "--freq".into(),
        format!("{}", config.freq_mhz),
        "--seed".into(),
        config.seed.to_string(),
        "--json".into(),
        "top.json".into(),
        "--report".into(),
        "nextpnr-report.json".into(),
        // Timing is judged here from the report, so a failing run still yields its figures.
        "--timing-allow-fail".into(),
    ];
    match &config.pcf {
        Some(pcf) => {
            write(&dir.join("top.pcf"), pcf)?;
            args.extend(["--pcf".into(), "top.pcf".into()]);
        }
        None => args.push("--pcf-allow-unconstrained".into()),
    }
    if config.bitstream {
        args.extend(["--asc".into(), "top.asc".into()]);
    }
    tools::run("nextpnr-ice40", &args, dir, "nextpnr.log")?;
    if config.bitstream {
        tools::run("icepack", &["top.asc".into(), "top.bin".into()], dir, "icepack.log")?;
    }

    let mut placed = read_nextpnr_report(&dir.join("nextpnr-report.json"))?;
    placed.cells = read_yosys_stat(&dir.join("yosys-stat.txt"))?;
    placed.dir = dir.to_path_buf();
    Ok(placed)
}

fn write(path: &Path, text: &str) -> Result<(), FlowError> {
    std::fs::write(path, text).map_err(|e| FlowError::io(path, e))
}

/// Utilisation and Fmax from nextpnr's `--report` JSON.
fn read_nextpnr_report(path: &Path) -> Result<Placed, FlowError> {
    let bad = |reason: &str| FlowError::Report { path: path.to_path_buf(), reason: reason.to_string() };
    let text = std::fs::read_to_string(path).map_err(|e| FlowError::io(path, e))?;
    let json: Value = serde_json::from_str(&text).map_err(|e| bad(&format!("not JSON: {e}")))?;
    let used = |bel: &str, field: &str| json["utilization"][bel][field].as_u64().ok_or_else(|| bad(&format!("no utilization.{bel}.{field}")));
    let clocks: Vec<ClockFmax> = json["fmax"]
        .as_object()
        .ok_or_else(|| bad("no fmax section"))?
        .iter()
        .map(|(clock, v)| {
            Ok(ClockFmax {
                clock: clock.clone(),
                achieved_mhz: v["achieved"].as_f64().ok_or_else(|| bad("fmax without 'achieved'"))?,
                target_mhz: v["constraint"].as_f64().ok_or_else(|| bad("fmax without 'constraint'"))?,
            })
        })
        .collect::<Result<_, FlowError>>()?;
    if clocks.is_empty() {
        return Err(bad("nextpnr found no clock domain to time"));
    }
    Ok(Placed {
        logic_cells: used("ICESTORM_LC", "used")?,
        logic_cells_available: used("ICESTORM_LC", "available")?,
        block_rams: used("ICESTORM_RAM", "used")?,
        block_rams_available: used("ICESTORM_RAM", "available")?,
        ios: used("SB_IO", "used")?,
        global_buffers: used("SB_GB", "used")?,
        clocks,
        cells: Vec::new(),
        dir: PathBuf::new(),
    })
}

/// Cell counts of the top module from yosys `stat` ("     SB_LUT4      275").
fn read_yosys_stat(path: &Path) -> Result<Vec<(String, u64)>, FlowError> {
    let text = std::fs::read_to_string(path).map_err(|e| FlowError::io(path, e))?;
    let mut cells = Vec::new();
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        if let (Some(name), Some(count), None) = (fields.next(), fields.next(), fields.next()) {
            if name.starts_with("SB_") {
                if let Ok(n) = count.parse() {
                    cells.push((name.to_string(), n));
                }
            }
        }
    }
    if cells.is_empty() {
        return Err(FlowError::Report { path: path.to_path_buf(), reason: "no SB_* cells in yosys stat".into() });
    }
    Ok(cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(freq_mhz: f64) -> FlowConfig {
        FlowConfig { device: Device::Hx8k, package: "cb132".into(), freq_mhz, seed: 1, pcf: None, bitstream: false }
    }

    const COUNTER: &str = "module top(input clock, input enable, output reg [7:0] count);
    always @(posedge clock) if (enable) count <= count + 8'd1;
endmodule
";

    #[test]
    fn places_a_small_design_and_judges_timing() {
        let dir = deeplock_hdl::testing::scratch_dir("flow_counter");
        let placed = place_and_route(COUNTER, &dir, &config(100.0)).expect("flow runs");
        assert!(placed.logic_cells >= 8 && placed.logic_cells < 40, "{placed:?}");
        assert_eq!(placed.block_rams, 0);
        assert_eq!(placed.ios, 10);
        assert_eq!(placed.clocks.len(), 1);
        assert!(placed.clocks[0].passed() && placed.check_timing().is_ok());
        assert!(placed.cells_of("SB_DFF") == 8 && placed.cells_of("SB_LUT4") > 0);
        for log in ["yosys.log", "nextpnr.log", "nextpnr-report.json", "top.v"] {
            assert!(dir.join(log).exists(), "{log} kept");
        }
        // The same figures judged against an impossible target fail with the log named.
        let fast = Placed { clocks: vec![ClockFmax { target_mhz: 5000.0, ..placed.clocks[0].clone() }], ..placed };
        let err = fast.check_timing().unwrap_err().to_string();
        assert!(err.contains("timing not met") && err.contains("nextpnr.log"), "{err}");
    }

    #[test]
    fn tool_errors_and_missing_tools_fail_with_clear_messages() {
        let dir = deeplock_hdl::testing::scratch_dir("flow_broken");
        match place_and_route("module top(input a; endmodule", &dir, &config(100.0)) {
            Err(FlowError::ToolFailed { tool, log, .. }) => assert!(tool == "yosys" && log.ends_with("yosys.log")),
            other => panic!("expected a yosys failure, got {other:?}"),
        }
        let err = tools::run("deeplock-no-such-tool", &[], &dir, "x.log").unwrap_err();
        assert!(matches!(err, FlowError::ToolMissing { .. }));
        assert!(err.to_string().contains("apt-get install yosys nextpnr-ice40"));
    }

    #[test]
    fn rejects_reports_without_figures() {
        let dir = deeplock_hdl::testing::scratch_dir("flow_report");
        let path = dir.join("r.json");
        std::fs::write(&path, r#"{"utilization": {}, "fmax": {}}"#).unwrap();
        assert!(matches!(read_nextpnr_report(&path), Err(FlowError::Report { .. })));
        std::fs::write(&path, "not json").unwrap();
        assert!(matches!(read_nextpnr_report(&path), Err(FlowError::Report { .. })));
    }
}
