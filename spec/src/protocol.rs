//! The UART frame protocol (docs/protocol.md §2): frame layout, command and error codes, the
//! CRCs, and a host-side encoder and incremental decoder. The RTL builds its frame receiver and
//! transmitter from these same constants.

use crc::{Algorithm, Crc};

/// Two sync bytes open every frame.
pub const SYNC: [u8; 2] = [0xA5, 0x5A];
/// SYNC0 SYNC1 CMD SEQ LEN(2) HCRC.
pub const HEADER_BYTES: usize = 7;
/// The CRC-16 after the payload.
pub const TRAILER_BYTES: usize = 2;
/// Largest payload of any frame.
pub const MAX_PAYLOAD: usize = 1024;
/// Largest weight chunk in one LOAD_WEIGHTS frame (after its 4-byte offset), a multiple of 8.
pub const MAX_WEIGHT_CHUNK: usize = 1016;
/// Bytes of the offset in front of a LOAD_WEIGHTS chunk.
pub const WEIGHT_OFFSET_BYTES: usize = 4;
/// A response's CMD is the request's CMD with this bit set.
pub const RESPONSE_FLAG: u8 = 0x80;
/// A frame that stalls this long is dropped by the device.
pub const FRAME_TIMEOUT_US: u32 = 2_000;
/// Requests a host may have in flight without a response (the device's input slots).
pub const MAX_OUTSTANDING: usize = 2;
/// The protocol version reported in INFO.
pub const PROTOCOL_VERSION: u8 = 1;
/// Link counters in a STATUS response, after the core's STATUS block.
pub const LINK_COUNTERS: usize = 5;

/// Header check: CRC-8, polynomial 0x07, init 0 (CRC-8/SMBUS), over CMD, SEQ and LEN.
pub const HEADER_CRC_ALGORITHM: &Algorithm<u8> = &crc::CRC_8_SMBUS;
/// Frame check: CRC-16/CCITT-FALSE (polynomial 0x1021, init 0xFFFF, not reflected), over CMD,
/// SEQ, LEN, HCRC and the payload.
pub const FRAME_CRC_ALGORITHM: &Algorithm<u16> = &crc::CRC_16_IBM_3740;
pub const HEADER_CRC: Crc<u8> = Crc::<u8>::new(HEADER_CRC_ALGORITHM);
pub const FRAME_CRC: Crc<u16> = Crc::<u16>::new(FRAME_CRC_ALGORITHM);

/// Request codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Command {
    Info = 0x01,
    Status = 0x02,
    LoadKey = 0x10,
    ClearKey = 0x11,
    LoadWeights = 0x20,
    LoadConfig = 0x21,
    Run = 0x30,
    ReadResult = 0x31,
}

impl Command {
    pub const ALL: [Command; 8] = [
        Command::Info,
        Command::Status,
        Command::LoadKey,
        Command::ClearKey,
        Command::LoadWeights,
        Command::LoadConfig,
        Command::Run,
        Command::ReadResult,
    ];

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|c| *c as u8 == code)
    }

    pub fn name(self) -> &'static str {
        match self {
            Command::Info => "INFO",
            Command::Status => "STATUS",
            Command::LoadKey => "LOAD_KEY",
            Command::ClearKey => "CLEAR_KEY",
            Command::LoadWeights => "LOAD_WEIGHTS",
            Command::LoadConfig => "LOAD_CONFIG",
            Command::Run => "RUN",
            Command::ReadResult => "READ_RESULT",
        }
    }
}

/// Status codes: the first payload byte of every response, and the core's `last error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ErrorCode {
    Ok = 0x00,
    BadCrc = 0x01,
    BadLength = 0x02,
    UnknownCommand = 0x03,
    NoKey = 0x04,
    NoModel = 0x05,
    KeyAlreadyLoaded = 0x06,
    BadAddress = 0x07,
    BadConfig = 0x08,
    WeightsCrc = 0x09,
    Busy = 0x0A,
    NoResult = 0x0B,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 12] = [
        ErrorCode::Ok,
        ErrorCode::BadCrc,
        ErrorCode::BadLength,
        ErrorCode::UnknownCommand,
        ErrorCode::NoKey,
        ErrorCode::NoModel,
        ErrorCode::KeyAlreadyLoaded,
        ErrorCode::BadAddress,
        ErrorCode::BadConfig,
        ErrorCode::WeightsCrc,
        ErrorCode::Busy,
        ErrorCode::NoResult,
    ];

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|c| *c as u8 == code)
    }

    pub fn name(self) -> &'static str {
        match self {
            ErrorCode::Ok => "OK",
            ErrorCode::BadCrc => "BAD_CRC",
            ErrorCode::BadLength => "BAD_LENGTH",
            ErrorCode::UnknownCommand => "UNKNOWN_COMMAND",
            ErrorCode::NoKey => "NO_KEY",
            ErrorCode::NoModel => "NO_MODEL",
            ErrorCode::KeyAlreadyLoaded => "KEY_ALREADY_LOADED",
            ErrorCode::BadAddress => "BAD_ADDRESS",
            ErrorCode::BadConfig => "BAD_CONFIG",
            ErrorCode::WeightsCrc => "WEIGHTS_CRC",
            ErrorCode::Busy => "BUSY",
            ErrorCode::NoResult => "NO_RESULT",
        }
    }

    /// What a user should know, in a few words.
    pub fn describe(self) -> &'static str {
        match self {
            ErrorCode::Ok => "ok",
            ErrorCode::BadCrc => "the device received a corrupted frame",
            ErrorCode::BadLength => "the frame length is wrong for its command",
            ErrorCode::UnknownCommand => "the device does not know this command",
            ErrorCode::NoKey => "no key is loaded on the device",
            ErrorCode::NoModel => "no verified model is loaded on the device",
            ErrorCode::KeyAlreadyLoaded => "a key is already loaded (clear it first)",
            ErrorCode::BadAddress => "weights outside the device memory or not 8-byte aligned",
            ErrorCode::BadConfig => "the model configuration does not fit this device",
            ErrorCode::WeightsCrc => "the weights on the device do not match the model (upload again)",
            ErrorCode::Busy => "the device is busy",
            ErrorCode::NoResult => "no inference has run yet",
        }
    }
}

/// One frame, either direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub cmd: u8,
    pub seq: u8,
    pub payload: Vec<u8>,
}

/// The header CRC of CMD, SEQ and LEN.
pub fn header_crc(cmd: u8, seq: u8, len: u16) -> u8 {
    let [lo, hi] = len.to_le_bytes();
    HEADER_CRC.checksum(&[cmd, seq, lo, hi])
}

impl Frame {
    /// The frame's bytes on the wire. Panics if the payload exceeds [`MAX_PAYLOAD`] (a
    /// programming error of the caller, not bad input).
    pub fn encode(&self) -> Vec<u8> {
        encode_frame(self.cmd, self.seq, &self.payload)
    }
}

/// The bytes on the wire of a frame with this command, sequence number and payload, without
/// building a [`Frame`] (so a caller holding a secret payload makes no copy of it but the
/// result, exactly `HEADER_BYTES + payload.len() + TRAILER_BYTES` long and never reallocated).
/// Panics if the payload exceeds [`MAX_PAYLOAD`].
pub fn encode_frame(cmd: u8, seq: u8, payload: &[u8]) -> Vec<u8> {
    assert!(payload.len() <= MAX_PAYLOAD, "frame payload of {} bytes", payload.len());
    let len = payload.len() as u16;
    let mut bytes = Vec::with_capacity(HEADER_BYTES + payload.len() + TRAILER_BYTES);
    bytes.extend_from_slice(&SYNC);
    bytes.extend_from_slice(&[cmd, seq]);
    bytes.extend_from_slice(&len.to_le_bytes());
    bytes.push(header_crc(cmd, seq, len));
    bytes.extend_from_slice(payload);
    let crc = FRAME_CRC.checksum(&bytes[SYNC.len()..]);
    bytes.extend_from_slice(&crc.to_le_bytes());
    bytes
}

/// What the decoder found in the byte stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    Frame(Frame),
    /// A header with a good HCRC whose payload failed the CRC (cmd and seq are trustworthy).
    BadCrc { cmd: u8, seq: u8 },
}

/// Incremental frame decoder with resynchronization: feed it bytes as they arrive. Garbage
/// between frames is skipped; a bad header or payload restarts the search one byte after the
/// sync that led to it.
#[derive(Default)]
pub struct FrameDecoder {
    buffer: Vec<u8>,
    /// Bytes skipped while hunting for a frame (for diagnostics).
    pub skipped: u64,
}

impl FrameDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, bytes: &[u8]) {
        self.buffer.extend_from_slice(bytes);
    }

    /// The next complete frame (or CRC failure) in what was pushed, if any.
    pub fn next(&mut self) -> Option<Decoded> {
        loop {
            let start = match self.buffer.windows(2).position(|w| w == SYNC) {
                Some(start) => start,
                None => {
                    // Keep a trailing SYNC0: its SYNC1 may be in the next push.
                    let keep = usize::from(self.buffer.last() == Some(&SYNC[0]));
                    self.discard(self.buffer.len() - keep);
                    return None;
                }
            };
            self.discard(start);
            if self.buffer.len() < HEADER_BYTES {
                return None;
            }
            let (cmd, seq) = (self.buffer[2], self.buffer[3]);
            let len = u16::from_le_bytes([self.buffer[4], self.buffer[5]]);
            if self.buffer[6] != header_crc(cmd, seq, len) || len as usize > MAX_PAYLOAD {
                self.discard(1);
                continue;
            }
            let total = HEADER_BYTES + len as usize + TRAILER_BYTES;
            if self.buffer.len() < total {
                return None;
            }
            let body = &self.buffer[SYNC.len()..total - TRAILER_BYTES];
            let stored = u16::from_le_bytes([self.buffer[total - 2], self.buffer[total - 1]]);
            if FRAME_CRC.checksum(body) != stored {
                self.discard(1);
                return Some(Decoded::BadCrc { cmd, seq });
            }
            let payload = self.buffer[HEADER_BYTES..total - TRAILER_BYTES].to_vec();
            self.buffer.drain(..total);
            return Some(Decoded::Frame(Frame { cmd, seq, payload }));
        }
    }

    /// Gives up on a frame that started but never finished (call after a timeout): the search
    /// restarts one byte after its sync, so a frame hidden in the abandoned one is found.
    pub fn abandon_partial(&mut self) {
        if self.buffer.starts_with(&SYNC) {
            self.discard(1);
        }
    }

    fn discard(&mut self, n: usize) {
        self.skipped += n as u64;
        self.buffer.drain(..n);
    }
}

#[cfg(test)]
mod tests;
