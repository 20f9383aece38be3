//! The serial port of a board (`--port`, `--baud`). The options are accepted before the
//! command (`deeplock --port P info`) and after it (`deeplock info --port P`), and appear only
//! in the help of the commands that talk to a board.

use anyhow::{bail, Result};
use clap::Args;
use deeplock::board::Board;
use deeplock::transport::uart::{UartTransport, DEFAULT_BAUD};

/// The environment variable that names the board's serial port.
pub const PORT_ENV_VAR: &str = "DEEPLOCK_PORT";

#[derive(Args, Debug, Clone)]
pub struct PortArgs {
    /// The board's serial port: the Alchitry Cu's UART (usually the second ttyUSB, e.g.
    /// /dev/ttyUSB1) or a virtual board's /dev/pts/N. Used by info, load, eval.
    #[arg(long, value_name = "PORT", env = PORT_ENV_VAR)]
    pub port: Option<String>,
    /// The UART rate the bitstream was built for [default: 12000000].
    #[arg(long, value_name = "BAUD")]
    pub baud: Option<u32>,
}

impl PortArgs {
    /// These options where given after the command, else `before` (given before it).
    pub fn or(&self, before: &PortArgs) -> PortArgs {
        PortArgs { port: self.port.clone().or_else(|| before.port.clone()), baud: self.baud.or(before.baud) }
    }

    /// Opens the port and identifies the device (INFO).
    pub fn connect(&self) -> Result<Board<UartTransport>> {
        let Some(port) = &self.port else {
            bail!("no serial port: add --port PORT (the Cu's UART is usually /dev/ttyUSB1) or set {PORT_ENV_VAR}");
        };
        let baud = self.baud.unwrap_or(DEFAULT_BAUD);
        if baud == 0 {
            bail!("--baud must be positive (the Cu bitstream runs at {DEFAULT_BAUD})");
        }
        Ok(Board::connect(UartTransport::open(port, baud)?)?)
    }
}
