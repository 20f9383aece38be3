//! The `synth accelerator` job: the Alchitry Cu's accelerator core (without the UART front end
//! and the board) placed on its own, its 89 ports on package pins, at a target clock; the
//! figures go beside the unlock core's in bitstreams/reports/.

use std::fmt::Write;
use std::path::PathBuf;

use rust_hdl::prelude::*;

use crate::unlock_core::{tool_versions, utc_now, Versions, RUST_HDL_VERSION};
use crate::place::{place_and_route, Device, FlowConfig, FlowError, Placed};
use deeplock_hdl::datapath::accelerator::{AcceleratorCu, AcceleratorConfig};

/// The core's share of the HX8K the issue allows (75% of 7,680 logic cells): room for the front end.
pub const CORE_LOGIC_CELL_BUDGET: u64 = 5_760;

#[derive(Clone, Debug)]
pub struct CoreJob {
    pub freq_mhz: f64,
    pub seed: u64,
    pub work_dir: PathBuf,
}

pub struct CoreResult {
    pub placed: Placed,
    pub versions: Versions,
}

pub fn run(job: &CoreJob) -> Result<CoreResult, FlowError> {
    let mut core = AcceleratorCu::new(&AcceleratorConfig::alchitry_cu());
    core.connect_all();
    let config = FlowConfig { device: Device::Hx8k, package: "cb132".into(), freq_mhz: job.freq_mhz, seed: job.seed, pcf: None, bitstream: false };
    Ok(CoreResult { placed: place_and_route(&generate_verilog(&core), &job.work_dir, &config)?, versions: tool_versions()? })
}

pub fn report(job: &CoreJob, r: &CoreResult, command: &str) -> String {
    let p = &r.placed;
    let config = AcceleratorConfig::alchitry_cu();
    let mut t = String::new();
    let _ = writeln!(t, "Deep-Lock accelerator core (alchitry-cu configuration): synthesis report");
    let _ = writeln!(t, "========================================================================");
    let _ = writeln!(t, "date      {}", utc_now());
    let _ = writeln!(t, "command   {command}");
    let _ = writeln!(t, "tools     {}; {}; rust-hdl {RUST_HDL_VERSION}", r.versions.yosys, r.versions.nextpnr);
    let _ = writeln!(t, "device    iCE40 hx8k, package cb132; nextpnr-ice40 --freq {} --seed {}", job.freq_mhz, job.seed);
    let _ = writeln!(
        t,
        "design    AcceleratorCu: {} lane(s), {} bytes of weights, S-Boxes in {}, 2 input slots; alone, its {} ports on pins",
        config.lanes,
        config.weight_bytes,
        config.sbox,
        p.ios
    );
    let _ = writeln!(t, "          (the board bitstream adds the UART front end, the PLL and the LEDs: bitstreams/alchitry-cu/report.txt)");
    let _ = writeln!(t);
    for c in &p.clocks {
        let _ = writeln!(
            t,
            "Fmax          {:.2} MHz for clock '{}' (target {} MHz): {}",
            c.achieved_mhz,
            c.clock,
            c.target_mhz,
            if c.passed() { "PASS" } else { "FAIL" }
        );
    }
    let _ = writeln!(
        t,
        "logic cells   {} of {} ({:.0}%); budget for the core {} (75%): {}",
        p.logic_cells,
        p.logic_cells_available,
        100.0 * p.logic_cells as f64 / p.logic_cells_available as f64,
        CORE_LOGIC_CELL_BUDGET,
        if p.logic_cells <= CORE_LOGIC_CELL_BUDGET { "PASS" } else { "FAIL" }
    );
    let _ = writeln!(t, "block RAMs    {} of {}: 26 weights, 4 input slots, 1 results", p.block_rams, p.block_rams_available);
    let _ = writeln!(
        t,
        "yosys cells   SB_LUT4 {}, flip-flops {}, SB_CARRY {}, SB_RAM40_4K {}",
        p.cells_of("SB_LUT4"),
        p.cells_of("SB_DFF"),
        p.cells_of("SB_CARRY"),
        p.cells_of("SB_RAM40_4K")
    );
    let _ = writeln!(t, "Fmax covers the paths between registers; inputs straight from pins are not timed (the front end registers them).");
    let _ = writeln!(t, "logs          {} (yosys.log, nextpnr.log, nextpnr-report.json)", job.work_dir.display());
    t
}
