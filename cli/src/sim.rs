//! `eval --backend sim`: the accelerator's Verilated RTL in this process. It needs the `sim`
//! feature (and Verilator to build it); without it the backend says how to rebuild.

use anyhow::Result;

use crate::commands::eval::{Job, Outcome, SimConfigArg};

#[cfg(not(feature = "sim"))]
pub fn eval(_job: &Job, _config: SimConfigArg, _progress: &mut dyn FnMut(usize, usize)) -> Result<Outcome> {
    anyhow::bail!(
        "this deeplock was built without the simulator: rebuild it with `cargo install --path cli --features sim` (needs Verilator 5: sudo apt-get install verilator)"
    )
}

#[cfg(feature = "sim")]
pub fn eval(job: &Job, config: SimConfigArg, progress: &mut dyn FnMut(usize, usize)) -> Result<Outcome> {
    use anyhow::bail;
    use deeplock::eval::{evaluate, BackendError, InferenceBackend};
    use deeplock_sim::{SimConfig, SimCore};
    use serde_json::Value;

    use crate::commands::eval::board_time_figures;
    use crate::device_model::DeviceModel;

    /// The simulated core, keeping each inference's cycle count.
    struct Timed {
        core: SimCore,
        compute_cycles: u64,
    }

    impl InferenceBackend for Timed {
        fn name(&self) -> &str {
            "sim"
        }

        fn infer(&mut self, input: &[u8]) -> Result<Vec<i32>, BackendError> {
            let result = self.core.run(input).map_err(|e| BackendError::Other(Box::new(e)))?;
            self.compute_cycles += u64::from(result.cycles);
            Ok(result.logits)
        }
    }

    let Some(path) = job.model else {
        bail!("--model is required: which locked model should the simulated accelerator run?");
    };
    let model = DeviceModel::load(path, job.key, job.skip_key_check)?;
    let (data, name) = job.data()?;
    let config = match config {
        SimConfigArg::AlchitryCu => SimConfig::AlchitryCu,
        SimConfigArg::SimLarge => SimConfig::SimLarge,
    };
    let mut core = SimCore::new(config)?;
    core.load_key(&model.key)?;
    core.load_model(&model.model).map_err(|e| anyhow::anyhow!("{}: {e} (on the {} build)", path.display(), config.name()))?;
    let clock_hz = core.info().clock_hz;
    let start = core.cycles();
    let mut timed = Timed { core, compute_cycles: 0 };
    let report = evaluate(&mut timed, &name, job.split, &data, job.limit, progress)?;
    let simulated = timed.core.cycles() - start;
    let (mut figures, text) = board_time_figures(report.samples, timed.compute_cycles, simulated, clock_hz);
    figures.insert("sim_config".into(), Value::from(config.name()));
    figures.insert("lanes".into(), Value::from(timed.core.info().lanes));
    Ok(Outcome { report, precision: "int8", key_check: model.key_check(), figures, figures_text: Some(text) })
}
