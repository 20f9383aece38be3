//! `flash`: writes a bitstream to the board's configuration flash with iceprog (fpga-icestorm).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

/// The environment variable naming the iceprog program (default: `iceprog` on PATH).
pub const ICEPROG_ENV_VAR: &str = "DEEPLOCK_ICEPROG";

/// Every iCE40 bitstream carries this synchronization word near its start.
const ICE40_SYNC: [u8; 4] = [0x7E, 0xAA, 0x99, 0x7E];

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BoardArg {
    /// Alchitry Cu (iCE40HX8K, FT2232H): iceprog writes its SPI flash over FTDI channel A.
    AlchitryCu,
}

/// Board revision: V2 moved six LEDs, so it has its own image.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RevisionArg {
    V1,
    V2,
}

/// Write the Deep-Lock bitstream to a board's flash (with iceprog), then verify it.
///
/// The board restarts from flash right away; its UART is usually the second ttyUSB of the
/// FT2232H (e.g. /dev/ttyUSB1). Needs iceprog from fpga-icestorm and access to the USB device
/// (root, or a udev rule for 0403:6010).
#[derive(Args)]
#[command(after_help = "Examples:
  deeplock flash --board alchitry-cu
  deeplock flash --board alchitry-cu --revision v2
  deeplock --port /dev/ttyUSB1 info          (then check the board answers)")]
pub struct FlashArgs {
    #[arg(long, value_enum)]
    board: BoardArg,
    #[arg(long, value_enum, default_value = "v1")]
    revision: RevisionArg,
    /// The image to write [default: bitstreams/alchitry-cu/deeplock.bin, or
    /// bitstreams/alchitry-cu-v2/deeplock.bin for V2, relative to the current directory].
    #[arg(long, value_name = "FILE.bin")]
    image: Option<PathBuf>,
}

pub fn flash(args: FlashArgs) -> Result<()> {
    let BoardArg::AlchitryCu = args.board;
    let name = match args.revision {
        RevisionArg::V1 => "alchitry-cu",
        RevisionArg::V2 => "alchitry-cu-v2",
    };
    let image = args.image.clone().unwrap_or_else(|| Path::new("bitstreams").join(name).join("deeplock.bin"));
    check_image(&image, name, args.image.is_none())?;

    let iceprog = std::env::var_os(ICEPROG_ENV_VAR).unwrap_or_else(|| "iceprog".into());
    let spinner = indicatif::ProgressBar::new_spinner().with_message(format!("flashing {} with iceprog", image.display()));
    spinner.enable_steady_tick(Duration::from_millis(100));
    let output = Command::new(&iceprog).arg(&image).output();
    spinner.finish_and_clear();
    let output = match output {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("iceprog not found ({}): install it: sudo apt-get install fpga-icestorm", iceprog.to_string_lossy())
        }
        Err(e) => return Err(e).with_context(|| format!("cannot run {}", iceprog.to_string_lossy())),
    };
    if !output.status.success() {
        bail!("{}", iceprog_failure(&String::from_utf8_lossy(&output.stderr), &String::from_utf8_lossy(&output.stdout), output.status.code()));
    }
    let revision = match args.revision {
        RevisionArg::V1 => "V1",
        RevisionArg::V2 => "V2",
    };
    println!("flashed and verified {} on the Alchitry Cu {revision}; next: deeplock --port /dev/ttyUSB1 info", image.display());
    Ok(())
}

/// Refuses a missing file or one that is not an iCE40 bitstream, before touching the board.
fn check_image(image: &Path, name: &str, default: bool) -> Result<()> {
    let bytes = match std::fs::read(image) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && default => bail!(
            "no image at {}: run from the repository root, pass --image FILE, or build one with `cargo run -p deeplock-flow --release -- bitstream --board {name}`",
            image.display()
        ),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", image.display())),
    };
    if !bytes.windows(ICE40_SYNC.len()).take(1024).any(|w| w == ICE40_SYNC) {
        bail!("{} is not an iCE40 bitstream (no sync word 7EAA997E near its start): flash the .bin that icepack wrote", image.display());
    }
    Ok(())
}

/// One line from iceprog's output saying why it failed.
fn iceprog_failure(stderr: &str, stdout: &str, code: Option<i32>) -> String {
    let text = format!("{stderr}\n{stdout}");
    if text.contains("Can't find iCE FTDI USB device") {
        return "no Alchitry Cu found on USB (iceprog: Can't find iCE FTDI USB device 0403:6010): is it plugged in?".into();
    }
    if text.contains("LIBUSB_ERROR_ACCESS") || text.contains("usb_open() failed") || text.contains("Permission denied") {
        return "iceprog may not open the board's USB device: run as root, or add a udev rule for 0403:6010 (MODE=\"0666\") and plug the board in again".into();
    }
    let reason = text.lines().map(str::trim).rfind(|l| !l.is_empty() && *l != "ABORT.").unwrap_or("no output");
    let code = code.map_or_else(|| "killed by a signal".to_owned(), |c| format!("exit code {c}"));
    format!("iceprog failed ({code}): {reason}")
}

#[cfg(test)]
mod tests {
    use super::iceprog_failure;

    #[test]
    fn failures_are_summarized() {
        let absent = "init..\nCan't find iCE FTDI USB device (vendor_id 0x0403, device_id 0x6010 or 0x6014).\nABORT.\n";
        assert!(iceprog_failure(absent, "", Some(2)).starts_with("no Alchitry Cu found on USB"));
        let other = "init..\ncdone: high\nflash ID: 0xFF 0xFF 0xFF\nVerify failed\nABORT.\n";
        assert_eq!(iceprog_failure(other, "", Some(3)), "iceprog failed (exit code 3): Verify failed");
    }
}
