//! `eval --backend sim`: the accelerator's Verilated RTL in this process, a `MappedCore` and so a
//! `deeplock::device::Device`, evaluated through `DeviceBackend` like a board. It needs the
//! `sim` feature (and Verilator to build it); without it the backend says how to rebuild.

use anyhow::Result;
use clap::ValueEnum;

use super::{Job, Outcome};

/// A simulated accelerator build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SimConfigArg {
    // The Alchitry Cu bitstream's core (help text from its build settings).
    #[value(help = cu_help())]
    AlchitryCu,
    // The simulation-only large build.
    #[value(help = large_help())]
    SimLarge,
}

/// The Cu build's help line, from its build settings (`deeplock::boards::ALCHITRY_CU`).
fn cu_help() -> String {
    let cu = deeplock::boards::ALCHITRY_CU;
    format!("The Alchitry Cu bitstream's core: {} lanes, 13 KiB of weights, {} MHz", cu.lanes, cu.clock_hz / 1_000_000)
}

/// The large build's help line, from its build settings (`deeplock::boards::SIM_LARGE`).
fn large_help() -> String {
    format!("{} lanes and 128 KiB of weights for larger models (simulation only)", deeplock::boards::SIM_LARGE.lanes)
}

/// What a build without the simulator says.
const REBUILD: &str =
    "this deeplock was built without the simulator: rebuild it with `cargo install --path cli --features sim` (needs Verilator 5: sudo apt-get install verilator)";

/// Whether this binary has the simulator; without it, how to get it.
pub fn available() -> Result<()> {
    if cfg!(feature = "sim") {
        Ok(())
    } else {
        anyhow::bail!(REBUILD)
    }
}

#[cfg(not(feature = "sim"))]
pub fn eval(_job: &Job, _config: SimConfigArg, _progress: &mut dyn FnMut(usize, usize)) -> Result<Outcome> {
    anyhow::bail!(REBUILD)
}

#[cfg(feature = "sim")]
pub fn eval(job: &Job, config: SimConfigArg, progress: &mut dyn FnMut(usize, usize)) -> Result<Outcome> {
    use anyhow::{bail, Context};
    use deeplock::device::{Device, DeviceBackend};
    use deeplock_sim::{sim_core, SimConfig};
    use serde_json::Value;

    use super::board_time_figures;
    use crate::device_model::DeviceModel;

    let Some(path) = job.model else {
        bail!("--model is required: which locked model should the simulated accelerator run?");
    };
    let model = DeviceModel::load(path, job.key, job.skip_key_check)?;
    let key = job.key.context("a locked model needs its key")?;
    let (data, name) = job.data()?;
    let config = match config {
        SimConfigArg::AlchitryCu => SimConfig::AlchitryCu,
        SimConfigArg::SimLarge => SimConfig::SimLarge,
    };
    let mut core = sim_core(config)?;
    core.load_key(key)?;
    core.load_model(&model.model).map_err(|e| anyhow::anyhow!("{}: {e} (on the {} build)", path.display(), config.name()))?;
    let (clock_hz, lanes) = (core.info().clock_hz, core.info().lanes);
    let start = core.bus().cycles();
    let mut backend = DeviceBackend::new(&mut core as &mut dyn Device);
    let report = backend.evaluate(&name, job.split, &data, job.limit, progress)?;
    let compute_cycles = backend.compute_cycles;
    let simulated = core.bus().cycles() - start;
    let (mut figures, text) = board_time_figures(report.samples, compute_cycles, simulated, clock_hz);
    figures.insert("sim_config".into(), Value::from(config.name()));
    figures.insert("lanes".into(), Value::from(lanes));
    Ok(Outcome { report, precision: "int8", key_check: model.key_check(), figures, figures_text: Some(text) })
}
