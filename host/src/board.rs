//! A Deep-Lock accelerator as a Rust object: identify it, load a key and a locked model, run
//! inferences. The same code drives the Alchitry Cu over its UART and the virtual board over a
//! pseudo-terminal.
//!
//! ```no_run
//! # #[cfg(feature = "serial")] fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use deeplock::board::Board;
//! use deeplock::transport::uart::{UartTransport, DEFAULT_BAUD};
//!
//! let mut board = Board::connect(UartTransport::open("/dev/ttyUSB1", DEFAULT_BAUD)?)?;
//! let model = deeplock::format::LockedModel::read_file("mnist.dlk".as_ref())?;
//! let key = deeplock::MasterKey::read_file("mnist.key".as_ref())?;
//! board.load_key(&key)?;
//! board.load_model(&model, &mut |_done, _total| {})?;
//! let result = board.run(&[0u8; 784])?;
//! println!("class {} in {} cycles", result.argmax, result.cycles);
//! # Ok(()) }
//! ```

mod measure;

pub use measure::{BoardEvaluation, BoardMark, BoardSpan};

use crate::format::{LockedModel, CRC32};
use crate::key::MasterKey;
use crate::layout::padded_inputs;
use crate::mapped::device_dims;
use crate::link::{Link, LinkConfig, LinkError, Request};
use crate::memory_map::{BlockError, CoreStatus, DeviceInfo, InferenceResult, ModelConfig, PlanError, STATUS_BYTES};
use crate::protocol::{Command, ErrorCode, LINK_COUNTERS, MAX_WEIGHT_CHUNK, PROTOCOL_VERSION};
use crate::transport::Transport;

/// Why a board operation failed.
#[derive(Debug, thiserror::Error)]
pub enum BoardError {
    #[error(transparent)]
    Link(#[from] LinkError),
    #[error("the device sent a malformed block: {0}")]
    Block(#[from] BlockError),
    #[error("the device speaks protocol version {0}; this host speaks {PROTOCOL_VERSION}")]
    ProtocolVersion(u8),
    #[error("this model cannot run on the device: {0}")]
    Unsuitable(String),
    #[error("this model does not fit the device: {0}")]
    DoesNotFit(#[from] PlanError),
    #[error("input has {got} values; the loaded model takes {expected}")]
    InputSize { got: usize, expected: usize },
}

/// The device's link counters (after the STATUS block of a STATUS response).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkCounters {
    pub frames_ok: u16,
    pub bad_headers: u16,
    pub bad_crcs: u16,
    pub timeouts: u16,
    pub refusals: u16,
}

/// What a STATUS request returns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardStatus {
    pub core: CoreStatus,
    pub link: LinkCounters,
}

/// A connected accelerator.
pub struct Board<T: Transport> {
    link: Link<T>,
    info: DeviceInfo,
    /// Inputs of the model this session loaded, if any.
    model_inputs: Option<usize>,
}

impl<T: Transport> Board<T> {
    /// Connects with default timeouts and identifies the device (INFO).
    pub fn connect(transport: T) -> Result<Self, BoardError> {
        Self::connect_with(transport, LinkConfig::default())
    }

    pub fn connect_with(transport: T, config: LinkConfig) -> Result<Self, BoardError> {
        let mut link = Link::new(transport, config);
        let info = DeviceInfo::parse(&link.transact(Command::Info, Vec::new())?)?;
        if info.protocol_version != PROTOCOL_VERSION {
            return Err(BoardError::ProtocolVersion(info.protocol_version));
        }
        Ok(Board { link, info, model_inputs: None })
    }

    pub fn info(&self) -> &DeviceInfo {
        &self.info
    }

    /// The link's traffic counters on this side.
    pub fn link(&self) -> &Link<T> {
        &self.link
    }

    pub fn status(&mut self) -> Result<BoardStatus, BoardError> {
        let data = self.link.transact(Command::Status, Vec::new())?;
        let core = CoreStatus::parse(&data)?;
        let counters = &data[STATUS_BYTES..];
        if counters.len() < 2 * LINK_COUNTERS {
            return Err(BlockError::TooShort { block: "STATUS link counters", got: counters.len(), need: 2 * LINK_COUNTERS }.into());
        }
        let c = |i: usize| u16::from_le_bytes([counters[2 * i], counters[2 * i + 1]]);
        let link = LinkCounters { frames_ok: c(0), bad_headers: c(1), bad_crcs: c(2), timeouts: c(3), refusals: c(4) };
        Ok(BoardStatus { core, link })
    }

    /// Replaces whatever key the device holds with `key`. The key goes to the device and
    /// nowhere else; it is never echoed back.
    pub fn load_key(&mut self, key: &MasterKey) -> Result<(), BoardError> {
        self.clear_key()?;
        // The link wraps the payload so it is wiped after the exchange (and out of `Debug`).
        match self.link.transact(Command::LoadKey, key.bytes().to_vec()) {
            Ok(_) => Ok(()),
            // Only after our own clear: a retried LOAD_KEY whose first copy was applied.
            Err(LinkError::Refused { code: ErrorCode::KeyAlreadyLoaded, .. }) if self.link.stats.resends > 0 => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    pub fn clear_key(&mut self) -> Result<(), BoardError> {
        self.link.transact(Command::ClearKey, Vec::new())?;
        Ok(())
    }

    /// Uploads a locked int8 model (weights stay locked on the wire and on the device), then
    /// has the device verify it. `progress(bytes_sent, total)` is called after every chunk.
    pub fn load_model(&mut self, model: &LockedModel, progress: &mut dyn FnMut(u64, u64)) -> Result<(), BoardError> {
        let config = self.plan(model)?;
        self.upload_payload(&model.payload, progress)?;
        self.commit(&config, model.header.layers[0].in_features as usize)
    }

    /// The CONFIG block for `model` on this device, or why it cannot run here.
    pub fn plan(&self, model: &LockedModel) -> Result<ModelConfig, BoardError> {
        let dims = device_dims(model).map_err(BoardError::Unsuitable)?;
        Ok(ModelConfig::plan(&dims, CRC32.checksum(&model.payload), model.header.lock_mode, &self.info)?)
    }

    /// Sends a locked payload in LOAD_WEIGHTS chunks, two in flight. Chunks may be resent or
    /// sent again later: `commit` checks the whole payload.
    pub fn upload_payload(&mut self, payload: &[u8], progress: &mut dyn FnMut(u64, u64)) -> Result<(), BoardError> {
        self.model_inputs = None;
        let total = payload.len() as u64;
        let chunks = payload.chunks(MAX_WEIGHT_CHUNK).enumerate().map(|(i, chunk)| {
            let mut request = ((i * MAX_WEIGHT_CHUNK) as u32).to_le_bytes().to_vec();
            request.extend_from_slice(chunk);
            Request::new(Command::LoadWeights, request)
        });
        let mut sent = 0u64;
        self.link.pipeline(chunks, |i, _| {
            sent += payload[i * MAX_WEIGHT_CHUNK..].len().min(MAX_WEIGHT_CHUNK) as u64;
            progress(sent, total);
            Ok(())
        })?;
        Ok(())
    }

    /// Sends the CONFIG block; the device checks it and the resident payload's CRC.
    pub fn commit(&mut self, config: &ModelConfig, inputs: usize) -> Result<(), BoardError> {
        self.link.transact(Command::LoadConfig, config.to_bytes_for(&self.info))?;
        self.model_inputs = Some(inputs);
        Ok(())
    }

    /// One inference.
    pub fn run(&mut self, input: &[u8]) -> Result<InferenceResult, BoardError> {
        let mut result = None;
        self.run_batch([input], &mut |_, r| result = Some(r))?;
        Ok(result.expect("run_batch answers every input"))
    }

    /// Inferences on many inputs, two in flight so the link never idles;
    /// `on_result(index, result)` gets every result.
    pub fn run_batch<'a>(
        &mut self,
        inputs: impl IntoIterator<Item = &'a [u8]>,
        on_result: &mut dyn FnMut(usize, InferenceResult),
    ) -> Result<(), BoardError> {
        let expected = self.model_inputs;
        let mut bad_input = None;
        let requests = inputs.into_iter().map_while(|input| {
            if let Some(expected) = expected.filter(|&e| e != input.len()) {
                bad_input = Some(BoardError::InputSize { got: input.len(), expected });
                return None;
            }
            let mut payload = input.to_vec();
            payload.resize(padded_inputs(input.len()), 0);
            Some(Request::new(Command::Run, payload))
        });
        let mut parse_error = None;
        self.link.pipeline(requests, |i, data| {
            match InferenceResult::parse(&data) {
                Ok(result) => on_result(i, result),
                Err(e) => parse_error = Some(e),
            }
            Ok(())
        })?;
        if let Some(e) = bad_input {
            return Err(e);
        }
        match parse_error {
            Some(e) => Err(e.into()),
            None => Ok(()),
        }
    }

    /// The result of the most recent run (READ_RESULT).
    pub fn last_result(&mut self) -> Result<InferenceResult, BoardError> {
        Ok(InferenceResult::parse(&self.link.transact(Command::ReadResult, Vec::new())?)?)
    }
}
