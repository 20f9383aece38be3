//! The host end of the frame protocol: sequence numbers, a window of requests in flight,
//! response timeouts, bounded retries and resynchronization (docs/protocol.md §2).

use std::collections::VecDeque;
use std::fmt;
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use crate::protocol::{encode_frame, Command, Decoded, ErrorCode, FrameDecoder, MAX_OUTSTANDING, RESPONSE_FLAG};
use crate::transport::{Transport, TransportError};

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Transport(#[from] TransportError),
    #[error("no valid response to {cmd} from {device} after {attempts} attempts of {timeout:?}{hint}")]
    Timeout { cmd: &'static str, device: String, attempts: u32, timeout: Duration, hint: &'static str },
    #[error("the device refused {cmd}: {} ({})", code.name(), code.describe())]
    Refused { cmd: &'static str, code: ErrorCode },
    #[error("malformed response to {cmd}: {reason}")]
    BadResponse { cmd: &'static str, reason: String },
}

/// Timeouts and retries.
#[derive(Clone, Debug)]
pub struct LinkConfig {
    /// How long to wait for the oldest response before resending.
    pub response_timeout: Duration,
    /// Attempts per request, the first included.
    pub max_attempts: u32,
    /// Requests in flight (at most the device's input slots).
    pub window: usize,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig { response_timeout: Duration::from_secs(1), max_attempts: 4, window: MAX_OUTSTANDING }
    }
}

/// Traffic counters, for figures and diagnostics.
#[derive(Clone, Debug, Default)]
pub struct LinkStats {
    pub frames_sent: u64,
    pub bytes_sent: u64,
    pub bytes_received: u64,
    pub resends: u64,
}

/// One request to send. A LOAD_KEY payload is the master key itself, so every payload is wiped
/// when its request is dropped (resends reuse it; nothing copies it), and `Debug` shows only the
/// command and the payload's length. No `Clone`: a copy would be one more key to wipe.
pub struct Request {
    pub cmd: Command,
    pub payload: Zeroizing<Vec<u8>>,
}

impl Request {
    pub fn new(cmd: Command, payload: Vec<u8>) -> Self {
        Request { cmd, payload: Zeroizing::new(payload) }
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request").field("cmd", &self.cmd.name()).field("payload_len", &self.payload.len()).finish_non_exhaustive()
    }
}

struct InFlight {
    index: usize,
    seq: u8,
    request: Request,
    attempts: u32,
}

/// A framed, retrying connection to a device over any transport.
pub struct Link<T: Transport> {
    transport: T,
    decoder: FrameDecoder,
    next_seq: u8,
    pub config: LinkConfig,
    pub stats: LinkStats,
}

impl<T: Transport> Link<T> {
    pub fn new(transport: T, config: LinkConfig) -> Self {
        Link { transport, decoder: FrameDecoder::new(), next_seq: 0, config, stats: LinkStats::default() }
    }

    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Sends one request and returns its response data (after the OK status byte).
    pub fn transact(&mut self, cmd: Command, payload: Vec<u8>) -> Result<Vec<u8>, LinkError> {
        let mut data = None;
        self.pipeline([Request::new(cmd, payload)], |_, d| {
            data = Some(d);
            Ok(())
        })?;
        Ok(data.expect("pipeline returns only after every response"))
    }

    /// Sends `requests` with up to `config.window` in flight, calling `on_response(index, data)`
    /// as each one succeeds (responses can complete out of order after a resend).
    pub fn pipeline(
        &mut self,
        requests: impl IntoIterator<Item = Request>,
        mut on_response: impl FnMut(usize, Vec<u8>) -> Result<(), LinkError>,
    ) -> Result<(), LinkError> {
        let mut pending = requests.into_iter().enumerate();
        let mut in_flight: VecDeque<InFlight> = VecDeque::new();
        let mut last_progress = Instant::now();
        loop {
            while in_flight.len() < self.config.window.max(1) {
                let Some((index, request)) = pending.next() else { break };
                let seq = self.next_seq;
                self.next_seq = self.next_seq.wrapping_add(1);
                let entry = InFlight { index, seq, request, attempts: 0 };
                self.send(&entry)?;
                in_flight.push_back(InFlight { attempts: 1, ..entry });
                last_progress = Instant::now();
            }
            if in_flight.is_empty() {
                return Ok(());
            }
            match self.next_decoded(last_progress + self.config.response_timeout)? {
                Some(Decoded::Frame(frame)) => {
                    let Some(pos) = in_flight.iter().position(|p| p.seq == frame.seq && frame.cmd == p.request.cmd as u8 | RESPONSE_FLAG) else {
                        continue; // a late answer to something already settled
                    };
                    let cmd = in_flight[pos].request.cmd.name();
                    let Some(&status) = frame.payload.first() else {
                        return Err(LinkError::BadResponse { cmd, reason: "no status byte".into() });
                    };
                    match ErrorCode::from_code(status) {
                        Some(ErrorCode::Ok) => {
                            let done = in_flight.remove(pos).unwrap();
                            last_progress = Instant::now();
                            on_response(done.index, frame.payload[1..].to_vec())?;
                        }
                        // The request arrived damaged, or both slots were still taken: send again.
                        Some(ErrorCode::BadCrc) | Some(ErrorCode::Busy) => {
                            if status == ErrorCode::Busy as u8 {
                                std::thread::sleep(Duration::from_millis(1));
                            }
                            self.resend(&mut in_flight[pos])?;
                            last_progress = Instant::now();
                        }
                        Some(code) => return Err(LinkError::Refused { cmd, code }),
                        None => return Err(LinkError::BadResponse { cmd, reason: format!("unknown status {status:#04x}") }),
                    }
                }
                // A damaged response: its header says which request it answers.
                Some(Decoded::BadCrc { cmd, seq }) => {
                    if let Some(entry) = in_flight.iter_mut().find(|p| p.seq == seq && cmd == p.request.cmd as u8 | RESPONSE_FLAG) {
                        self.resend(entry)?;
                        last_progress = Instant::now();
                    }
                }
                None => {
                    // Nothing usable in time: whatever was half-received is abandoned and every
                    // request in flight goes again, oldest first.
                    self.decoder.abandon_partial();
                    for entry in in_flight.iter_mut() {
                        self.resend(entry)?;
                    }
                    last_progress = Instant::now();
                }
            }
        }
    }

    fn send(&mut self, entry: &InFlight) -> Result<(), LinkError> {
        // The frame on the wire holds the payload too (the key, for LOAD_KEY): wiped once sent.
        let bytes = Zeroizing::new(encode_frame(entry.request.cmd as u8, entry.seq, &entry.request.payload));
        self.transport.send(&bytes)?;
        self.stats.frames_sent += 1;
        self.stats.bytes_sent += bytes.len() as u64;
        Ok(())
    }

    fn resend(&mut self, entry: &mut InFlight) -> Result<(), LinkError> {
        if entry.attempts >= self.config.max_attempts {
            let hint = if self.decoder.skipped > 0 { ": bytes arrived but none formed a valid frame (is the baud rate right?)" } else { ": is the device running?" };
            return Err(LinkError::Timeout {
                cmd: entry.request.cmd.name(),
                device: self.transport.describe(),
                attempts: entry.attempts,
                timeout: self.config.response_timeout,
                hint,
            });
        }
        entry.attempts += 1;
        self.stats.resends += 1;
        self.send(entry)
    }

    /// The next decoded frame, or `None` if `deadline` passes first.
    fn next_decoded(&mut self, deadline: Instant) -> Result<Option<Decoded>, LinkError> {
        let mut buf = [0u8; 4096];
        loop {
            if let Some(decoded) = self.decoder.next() {
                return Ok(Some(decoded));
            }
            let now = Instant::now();
            if now >= deadline {
                return Ok(None);
            }
            let n = self.transport.receive(&mut buf, deadline - now)?;
            self.stats.bytes_received += n as u64;
            self.decoder.push(&buf[..n]);
        }
    }
}

#[cfg(test)]
mod tests;
