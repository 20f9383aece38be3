//! `info`, `load` and `eval` on a board: the Alchitry Cu over its UART, or a virtual board on a
//! pseudo-terminal (`deeplock-sim board`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use deeplock::board::BoardStatus;
use deeplock::memory_map::DeviceInfo;
use deeplock::protocol::ErrorCode;
use deeplock::transport::Transport;
use serde_json::{json, Value};

use crate::backends::board::{upload, utilization_text};
use crate::device_model::DeviceModel;
use crate::key_args::KeyArgs;
use crate::port_args::PortArgs;

/// Identify the board on --port: its build, state, uptime and link error counters.
///
/// Reads INFO (what the bitstream is: lanes, memory, clock, baud) and STATUS (key and model
/// loaded, inferences run, last error, uptime, and the device's counts of bad frames).
#[derive(Args)]
#[command(after_help = "Example:\n  deeplock --port /dev/ttyUSB1 info")]
pub struct InfoArgs {
    #[command(flatten)]
    port: PortArgs,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
}

/// Load a key and a locked int8 model onto the board on --port.
///
/// The key is checked against the model's key check first (a wrong key is refused unless
/// --skip-key-check). The key replaces whatever key the device held and is never echoed back;
/// the weights travel and stay locked, and the device verifies their CRC before accepting them.
#[derive(Args)]
#[command(after_help = "Example:\n  deeplock --port /dev/ttyUSB1 load --model m.dlk --key-file m.key")]
pub struct LoadArgs {
    #[command(flatten)]
    port: PortArgs,
    /// The locked model (.dlk, int8).
    #[arg(long, value_name = "FILE.dlk")]
    model: PathBuf,
    #[command(flatten)]
    key: KeyArgs,
    /// Load the key even if it fails the model's key check (to measure a wrong key).
    #[arg(long)]
    skip_key_check: bool,
}

pub fn info(args: InfoArgs, port: &PortArgs) -> Result<()> {
    let mut board = args.port.or(port).connect()?;
    let status = board.status()?;
    let where_ = board.link().transport().describe();
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", info_json(&where_, board.info(), &status))?;
        return Ok(());
    }
    let (i, s, l) = (board.info(), &status.core, &status.link);
    let flag = |on: bool, yes: &str, no: &str| if on { yes.to_owned() } else { no.to_owned() };
    writeln!(out, "port:      {where_}")?;
    writeln!(
        out,
        "device:    board \"{}\", protocol {}, {} lane{}, S-Boxes in {}{}",
        i.board,
        i.protocol_version,
        i.lanes,
        if i.lanes == 1 { "" } else { "s" },
        if i.sbox_in_logic { "logic" } else { "block RAM" },
        if i.bypass { ", BYPASS build (no unlocking: measurement only)" } else { "" }
    )?;
    writeln!(out, "clock:     {:.3} MHz core, UART {} baud", i.clock_hz as f64 / 1e6, i.baud)?;
    writeln!(out, "locks:     runs {} mode", i.lock_modes)?;
    writeln!(
        out,
        "capacity:  {} bytes of weights, {}-byte input slots, up to {} layers and {} classes, frames up to {} bytes",
        i.weight_capacity, i.slot_bytes, i.max_layers, i.max_classes, i.max_payload
    )?;
    writeln!(out, "key:       {}", flag(s.key_loaded, "loaded", "none"))?;
    writeln!(out, "model:     {}", flag(s.model_ready, "loaded and verified", "none"))?;
    writeln!(out, "core:      {}, {} inferences since reset, last error: {}", flag(s.busy, "busy", "idle"), s.runs, error_text(s.last_error))?;
    let uptime = if i.clock_hz == 0 { 0.0 } else { s.uptime_cycles as f64 / i.clock_hz as f64 };
    let uptime = if uptime < 1.0 { format!("{:.3} ms", 1e3 * uptime) } else { format!("{uptime:.3} s") };
    writeln!(out, "uptime:    {} cycles ({uptime})", s.uptime_cycles)?;
    writeln!(
        out,
        "link:      {} good frames; {} bad headers, {} bad CRCs, {} timed out, {} refused",
        l.frames_ok, l.bad_headers, l.bad_crcs, l.timeouts, l.refusals
    )?;
    Ok(())
}

fn error_text(code: u8) -> String {
    match ErrorCode::from_code(code) {
        Some(ErrorCode::Ok) => "none".into(),
        Some(e) => format!("{} ({})", e.name(), e.describe()),
        None => format!("unknown code {code:#04x}"),
    }
}

fn info_json(port: &str, i: &DeviceInfo, status: &BoardStatus) -> Value {
    let (s, l) = (&status.core, &status.link);
    json!({
        "port": port,
        "info": {
            "board": i.board, "protocol_version": i.protocol_version, "lanes": i.lanes, "max_layers": i.max_layers,
            "sbox_in_logic": i.sbox_in_logic, "bypass": i.bypass, "weight_capacity": i.weight_capacity,
            "slot_bytes": i.slot_bytes, "max_classes": i.max_classes, "clock_hz": i.clock_hz, "baud": i.baud,
            "max_payload": i.max_payload,
            "lock_modes": {"paper": i.lock_modes.paper, "hardened": i.lock_modes.hardened},
        },
        "status": {
            "key_loaded": s.key_loaded, "model_ready": s.model_ready, "busy": s.busy, "runs": s.runs,
            "last_error": ErrorCode::from_code(s.last_error).map_or_else(|| format!("{:#04x}", s.last_error), |e| e.name().to_owned()),
            "uptime_cycles": s.uptime_cycles,
        },
        "link": {
            "frames_ok": l.frames_ok, "bad_headers": l.bad_headers, "bad_crcs": l.bad_crcs, "timeouts": l.timeouts,
            "refusals": l.refusals,
        },
    })
}

pub fn load(args: LoadArgs, port: &PortArgs) -> Result<()> {
    // The key, resolved once: checked against the model here, then sent with it.
    let key = args.key.for_model(&args.model)?;
    let model = DeviceModel::load(&args.model, key.as_ref(), args.skip_key_check)?;
    let key = key.expect("DeviceModel::load refuses a model without its key");
    let mut board = args.port.or(port).connect()?;
    let span = upload(&mut board, &model, &key)?;
    let where_ = board.link().transport().describe();
    let check = if model.key_matches { "key check passed" } else { "key check FAILED, loaded anyway (--skip-key-check)" };
    println!(
        "loaded {} ({} int8, {} locked bytes) and its key onto board \"{}\" at {where_} ({check}); the device verified the weights' CRC",
        args.model.display(),
        model.arch(),
        model.model.payload.len(),
        board.info().board,
    );
    println!("upload: {:.4} s board time, {}", span.seconds, utilization_text(&span));
    Ok(())
}
