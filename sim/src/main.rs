//! `deeplock-sim`: the virtual board on a pseudo-terminal.
//!
//! ```text
//! deeplock-sim board            # prints /dev/pts/N on its first line, serves until Ctrl-C
//! deeplock --port /dev/pts/N info
//! ```

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

use deeplock_sim::board::{VirtualBoard, BAUD, CLOCK_HZ};
use deeplock_sim::pty::PtyBridge;

#[derive(Parser)]
#[command(name = "deeplock-sim", version, about = "Cycle-accurate simulation of the Deep-Lock RTL")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the virtual Alchitry Cu: the bitstream's Verilog under Verilator, its UART pins driven
    /// bit by bit and bridged to a pseudo-terminal. Prints the terminal's path on the first line,
    /// then serves until interrupted (Ctrl-C, SIGTERM); a host opens it as it would /dev/ttyUSB1.
    Board {
        /// The build to simulate (only the bitstream's, alchitry-cu, has a board top).
        #[arg(long, default_value = "alchitry-cu")]
        config: String,
        /// The UART rate the host uses. The RTL's rate is fixed by the build (the Cu's, from
        /// deeplock_spec::boards::ALCHITRY_CU); a different rate is refused rather than silently ignored.
        #[arg(long, default_value_t = BAUD)]
        baud: u64,
    },
}

fn main() {
    if let Err(e) = run(Cli::parse()) {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Board { config, baud } => {
            if config != "alchitry-cu" {
                bail!("--config {config}: the virtual board simulates the alchitry-cu bitstream (sim-large has no board top; use `deeplock eval --backend sim`)");
            }
            if baud != BAUD {
                bail!("--baud {baud}: the alchitry-cu build's UART runs at {BAUD} baud ({CLOCK_HZ} Hz / {})", CLOCK_HZ / BAUD);
            }
            let stop = Arc::new(AtomicBool::new(false));
            let flag = Arc::clone(&stop);
            ctrlc::set_handler(move || flag.store(true, Ordering::Relaxed)).context("installing the Ctrl-C handler")?;
            let mut bridge = PtyBridge::open().context("opening a pseudo-terminal")?;
            let mut board = VirtualBoard::new();
            // The path alone on the first line: scripts read it.
            println!("{}", bridge.path());
            eprintln!("virtual Alchitry Cu: {BAUD} baud, {} MHz core clock; Ctrl-C stops it", CLOCK_HZ / 1_000_000);
            bridge.serve(&mut board, &stop).context("serving the pseudo-terminal")?;
            let seconds = board.cycles() as f64 / CLOCK_HZ as f64;
            eprintln!("virtual board stopped after {} core clocks ({seconds:.3} s of board time)", board.cycles());
            Ok(())
        }
    }
}
