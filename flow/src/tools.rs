//! Running the external tools: logs kept, exit status checked, missing tools named.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::place::FlowError;

/// What to tell a user who lacks a tool.
pub const INSTALL_HINT: &str = "install with: apt-get install yosys nextpnr-ice40";

/// Runs `program args` in `dir` with stdout and stderr going to `dir/<log>`. Fails on a missing
/// program or a non-zero exit status.
pub fn run(program: &str, args: &[String], dir: &Path, log: &str) -> Result<(), FlowError> {
    let log_path = dir.join(log);
    let file = File::create(&log_path).map_err(|e| FlowError::io(&log_path, e))?;
    let err_file = file.try_clone().map_err(|e| FlowError::io(&log_path, e))?;
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(err_file)
        .status()
        .map_err(|e| missing_or_io(program, e))?;
    if status.success() {
        Ok(())
    } else {
        Err(FlowError::ToolFailed { tool: program.to_string(), status: status.to_string(), log: log_path })
    }
}

/// The first line of `program <flag>` (e.g. "Yosys 0.23 (git sha1 7ce5011c24b)").
pub fn version(program: &str, flag: &str) -> Result<String, FlowError> {
    let output = Command::new(program).arg(flag).stdin(Stdio::null()).output().map_err(|e| missing_or_io(program, e))?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    Ok(text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("unknown version").to_string())
}

pub(crate) fn missing_or_io(program: &str, e: std::io::Error) -> FlowError {
    if e.kind() == std::io::ErrorKind::NotFound {
        FlowError::ToolMissing { tool: program.to_string() }
    } else {
        FlowError::Spawn { tool: program.to_string(), cause: e }
    }
}
