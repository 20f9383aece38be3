//! The UART transport, on the `serialport` crate: 8N1, no flow control (the Alchitry Cu's
//! FT2232H wires only RX and TX; the protocol's responses are the flow control).

use std::io::{Read, Write};
use std::time::Duration;

use serialport::SerialPort;

use super::{Transport, TransportError};

/// The Alchitry Cu bitstream's baud rate ([`crate::boards::ALCHITRY_CU`]).
pub const DEFAULT_BAUD: u32 = crate::boards::ALCHITRY_CU.baud;

pub struct UartTransport {
    port: Box<dyn SerialPort>,
    path: String,
    baud: u32,
}

impl UartTransport {
    /// Opens `path` (e.g. /dev/ttyUSB1 or a virtual board's /dev/pts/N) at `baud`, 8N1.
    pub fn open(path: &str, baud: u32) -> Result<Self, TransportError> {
        let no_device = |reason: String| TransportError::NoDevice { port: path.to_string(), reason };
        if !std::path::Path::new(path).exists() && !path.starts_with("COM") {
            return Err(no_device("no such serial port (is the board plugged in? the Cu's UART is usually the second ttyUSB)".into()));
        }
        let port = serialport::new(path, baud)
            .data_bits(serialport::DataBits::Eight)
            .parity(serialport::Parity::None)
            .stop_bits(serialport::StopBits::One)
            .flow_control(serialport::FlowControl::None)
            .timeout(Duration::from_millis(100))
            .open()
            .map_err(|e| match e.kind() {
                serialport::ErrorKind::Io(std::io::ErrorKind::PermissionDenied) => {
                    no_device("permission denied (add yourself to the dialout group, then log in again)".into())
                }
                _ => no_device(e.description),
            })?;
        // Whatever a previous session left in the buffers is not ours.
        let _ = port.clear(serialport::ClearBuffer::All);
        Ok(UartTransport { port, path: path.to_string(), baud })
    }
}

impl Transport for UartTransport {
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        self.port.write_all(bytes)?;
        self.port.flush()?;
        Ok(())
    }

    fn receive(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError> {
        self.port.set_timeout(timeout.max(Duration::from_millis(1))).map_err(|e| std::io::Error::other(e.description))?;
        match self.port.read(buf) {
            Ok(n) => Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut || e.kind() == std::io::ErrorKind::WouldBlock => Ok(0),
            Err(e) => Err(e.into()),
        }
    }

    fn describe(&self) -> String {
        format!("{} at {} baud", self.path, self.baud)
    }

    fn bytes_per_second(&self) -> Option<f64> {
        Some(self.baud as f64 / 10.0)
    }
}
