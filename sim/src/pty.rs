//! The virtual board on a pseudo-terminal: any program that opens a serial port (the
//! `deeplock` CLI with `--port /dev/pts/N`, a terminal, a test) talks to the RTL exactly as to
//! the hardware.

use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serialport::{SerialPort, TTYPort};

use crate::board::VirtualBoard;

/// Clocks simulated between looks at the pseudo-terminal.
const CHUNK: u64 = 4_000;
/// After this many quiet clocks (both lines idle, 3.3 ms of board time) nothing is in progress:
/// the bridge waits for the host instead of simulating an idle board.
const QUIET: u64 = 200_000;

/// A pseudo-terminal pair: the host opens `path()`, the bridge serves the other end.
pub struct PtyBridge {
    master: TTYPort,
    /// Held open so the terminal stays up between host sessions.
    _slave: TTYPort,
    path: String,
}

impl PtyBridge {
    pub fn open() -> io::Result<Self> {
        let (master, slave) = TTYPort::pair().map_err(io::Error::other)?;
        let path = slave.name().ok_or_else(|| io::Error::other("the pseudo-terminal has no name"))?;
        Ok(PtyBridge { master, _slave: slave, path })
    }

    /// The serial port a host opens (`/dev/pts/N`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Bridges host and board until `stop` is set.
    pub fn serve(&mut self, board: &mut VirtualBoard, stop: &AtomicBool) -> io::Result<()> {
        let mut buf = [0u8; 4096];
        while !stop.load(Ordering::Relaxed) {
            let wait = if board.quiet_cycles() > QUIET { Duration::from_millis(20) } else { Duration::ZERO };
            self.master.set_timeout(wait).map_err(io::Error::other)?;
            match self.master.read(&mut buf) {
                Ok(n) => board.send(&buf[..n]),
                Err(e) if matches!(e.kind(), io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted) => {}
                Err(e) => return Err(e),
            }
            board.run(CHUNK);
            let out = board.take_received();
            if !out.is_empty() {
                self.master.write_all(&out)?;
            }
        }
        Ok(())
    }
}
