//! `eval --backend board`: a board (or virtual board) on --port, with the model it holds or the
//! one --model loads first. Also the upload `load` shares.

use anyhow::{bail, Result};
use deeplock::board::{Board, BoardSpan};
use deeplock::transport::Transport;
use deeplock::MasterKey;
use serde_json::{json, Map, Value};

use super::{board_time_figures, Job, Outcome};
use crate::device_model::DeviceModel;
use crate::port_args::PortArgs;
use crate::progress;

/// Key, then weights (with a progress bar) and configuration; the upload's board time.
pub fn upload<T: Transport>(board: &mut Board<T>, model: &DeviceModel, key: &MasterKey) -> Result<BoardSpan> {
    board.load_key(key)?;
    let bar = progress::bytes_bar(model.model.payload.len() as u64, "upload");
    let from = board.mark()?;
    board.load_model(&model.model, &mut |sent, _| bar.set_position(sent))?;
    let to = board.mark()?;
    bar.finish_and_clear();
    Ok(board.span(&from, &to))
}

/// How busy the link was, as text.
pub fn utilization_text(span: &BoardSpan) -> String {
    match span.link_utilization {
        Some(u) => format!("link {:.1}% busy host to device ({} bytes)", 100.0 * u, span.bytes_to_device),
        None => format!("{} bytes sent (the device reports no UART rate)", span.bytes_to_device),
    }
}

/// `eval` on the board: with `job.model`, load it (and the key) first; otherwise run what the
/// board holds. The evaluation itself is `Board::evaluate`: `DeviceBackend` between two uptime
/// readings.
pub fn eval(port: &PortArgs, job: &Job, progress: &mut dyn FnMut(usize, usize)) -> Result<Outcome> {
    let model = match job.model {
        Some(path) => Some(DeviceModel::load(path, job.key, job.skip_key_check)?),
        None => None,
    };
    let mut board = port.connect()?;
    if model.is_none() {
        let status = board.status()?.core;
        if !status.key_loaded || !status.model_ready {
            let missing = if status.key_loaded { "no verified model" } else { "no key" };
            let port = port.port.as_deref().unwrap_or("PORT");
            bail!("the board has {missing} loaded: run `deeplock --port {port} load --model M.dlk --key-file K` first, or add --model and --key-file");
        }
    }
    let (data, name) = job.data()?;
    if let (Some(model), Some(key)) = (&model, job.key) {
        upload(&mut board, model, key)?;
    }
    let evaluation = board.evaluate(&name, job.split, &data, job.limit, progress)?;
    let span = &evaluation.span;
    let samples = evaluation.report.samples;
    let (mut figures, mut text) = board_time_figures(samples, evaluation.compute_cycles, span.cycles, board.info().clock_hz);
    let link: Map<String, Value> = [
        ("port", json!(board.link().transport().describe())),
        ("baud", json!(board.info().baud)),
        ("bytes_to_device", json!(span.bytes_to_device)),
        ("bytes_from_device", json!(span.bytes_from_device)),
        ("link_utilization", json!(span.link_utilization)),
        ("link_utilization_from_device", json!(span.link_utilization_from_device)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    figures.extend(link);
    text.push_str(&format!("; {}", utilization_text(span)));
    Ok(Outcome {
        report: evaluation.report,
        precision: "int8",
        key_check: model.as_ref().map_or("unknown", DeviceModel::key_check),
        figures,
        figures_text: Some(text),
    })
}
