//! A byte stream to a device: what the UART (the `deeplock` crate's `transport::uart`), a
//! pseudo-terminal or the virtual board in `deeplock-sim` all are.
//! A transport moves bytes; framing, retries and commands live in the host's `link` and `board`.

use std::time::Duration;

/// Why a transport failed.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("no device at {port}: {reason}")]
    NoDevice { port: String, reason: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A bidirectional byte stream to a device.
pub trait Transport {
    /// Writes all of `bytes`.
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError>;
    /// Reads what arrives within `timeout` into `buf`; `Ok(0)` when nothing arrived in time.
    fn receive(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError>;
    /// Where this transport goes, for messages ("/dev/ttyUSB1 at 12000000 baud").
    fn describe(&self) -> String;
    /// Bytes per second the line carries, if it has a known rate (for timeouts and figures).
    fn bytes_per_second(&self) -> Option<f64> {
        None
    }
}

impl<T: Transport + ?Sized> Transport for Box<T> {
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        (**self).send(bytes)
    }
    fn receive(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError> {
        (**self).receive(buf, timeout)
    }
    fn describe(&self) -> String {
        (**self).describe()
    }
    fn bytes_per_second(&self) -> Option<f64> {
        (**self).bytes_per_second()
    }
}
