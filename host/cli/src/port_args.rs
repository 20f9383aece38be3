//! The serial port of a board (`--port`, `--baud`), global options of every board command.

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
    #[arg(long, value_name = "PORT", env = PORT_ENV_VAR, global = true)]
    pub port: Option<String>,
    /// The UART rate the bitstream was built for.
    #[arg(long, value_name = "BAUD", default_value_t = DEFAULT_BAUD, global = true)]
    pub baud: u32,
}

impl PortArgs {
    /// Opens the port and identifies the device (INFO).
    pub fn connect(&self) -> Result<Board<UartTransport>> {
        let Some(port) = &self.port else {
            bail!("no serial port: add --port PORT (the Cu's UART is usually /dev/ttyUSB1) or set {PORT_ENV_VAR}");
        };
        if self.baud == 0 {
            bail!("--baud must be positive (the Cu bitstream runs at {DEFAULT_BAUD})");
        }
        Ok(Board::connect(UartTransport::open(port, self.baud)?)?)
    }
}
