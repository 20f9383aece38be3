//! A UART protocol client written from docs/protocol.md alone, as firmware would be: it builds
//! frames byte by byte and reads the responses off the virtual board's TX pin, with no help from
//! the host driver. The conformance suite and the frame fuzzer drive the board with it
//! (included with `#[path = "support/raw_client.rs"] mod raw_client;`).

#![allow(dead_code)]

pub use deeplock::board::LinkCounters;
use deeplock::format::{LockedModel, CRC32};
use deeplock::layout::{padded_inputs, Precision};
use deeplock::memory_map::{CoreStatus, DeviceInfo, InferenceResult, ModelConfig, STATUS_BYTES};
use deeplock::model::Int8Mlp;
use deeplock::protocol::{encode_frame, Command, Decoded, ErrorCode, Frame, FrameDecoder, FRAME_TIMEOUT_US, LINK_COUNTERS, MAX_WEIGHT_CHUNK, RESPONSE_FLAG};
use deeplock::MasterKey;
use deeplock_sim::board::{VirtualBoard, BAUD, CLOCK_HZ};

/// Core clocks of one byte on the line (8N1).
pub const CLOCKS_PER_BYTE: u64 = 10 * CLOCK_HZ / BAUD;
/// Core clocks of the receiver's frame timeout.
pub const TIMEOUT_CLOCKS: u64 = FRAME_TIMEOUT_US as u64 * CLOCK_HZ / 1_000_000;
/// Quiet clocks after which no further response is expected: longer than the slowest answer
/// (CONFIG_COMMIT's payload check, ~26,000 clocks on the Cu) plus a frame timeout.
pub const SETTLE_CLOCKS: u64 = TIMEOUT_CLOCKS + 60_000;

pub struct RawClient {
    pub board: VirtualBoard,
    decoder: FrameDecoder,
    pub info: DeviceInfo,
    seq: u8,
}

impl RawClient {
    /// A freshly configured board, with its INFO read.
    pub fn new() -> Self {
        let mut client = RawClient { board: VirtualBoard::new(), decoder: FrameDecoder::new(), info: dummy_info(), seq: 0 };
        let info = client.request(Command::Info, &[]);
        assert_eq!(info.payload[0], 0, "INFO refused");
        client.info = DeviceInfo::parse(&info.payload[1..]).expect("INFO block");
        client
    }

    /// The next sequence number.
    pub fn next_seq(&mut self) -> u8 {
        self.seq = self.seq.wrapping_add(1);
        self.seq
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.board.send(bytes);
    }

    /// Sends one frame with the next sequence number; returns that number.
    pub fn send_frame(&mut self, cmd: u8, payload: &[u8]) -> u8 {
        let seq = self.next_seq();
        self.send(&encode_frame(cmd, seq, payload));
        seq
    }

    /// Simulates until the line has been quiet for [`SETTLE_CLOCKS`] (nothing left to send, no
    /// byte from the board), and returns every response that arrived.
    pub fn settle(&mut self) -> Vec<Decoded> {
        let mut out = Vec::new();
        loop {
            self.board.run(2_000);
            self.decoder.push(&self.board.take_received());
            while let Some(decoded) = self.decoder.next() {
                out.push(decoded);
            }
            if self.board.rx_idle() && self.board.quiet_cycles() >= SETTLE_CLOCKS {
                return out;
            }
        }
    }

    /// Every response that arrives until the line settles, as good frames (a response with a
    /// bad CRC fails the test: the board's TX is not noisy).
    pub fn responses(&mut self) -> Vec<Frame> {
        self.settle()
            .into_iter()
            .map(|d| match d {
                Decoded::Frame(f) => f,
                Decoded::BadCrc { cmd, seq } => panic!("response {cmd:#04x} seq {seq} with a bad CRC"),
            })
            .collect()
    }

    /// Sends a request and returns its one response, checking CMD | 0x80 and SEQ.
    pub fn request(&mut self, cmd: Command, payload: &[u8]) -> Frame {
        self.request_code(cmd as u8, payload)
    }

    /// As [`RawClient::request`], for any command code.
    pub fn request_code(&mut self, cmd: u8, payload: &[u8]) -> Frame {
        let seq = self.send_frame(cmd, payload);
        let responses = self.responses();
        assert_eq!(responses.len(), 1, "request {cmd:#04x}: {} responses: {responses:?}", responses.len());
        let response = responses.into_iter().next().unwrap();
        assert_eq!((response.cmd, response.seq), (cmd | RESPONSE_FLAG, seq), "response to {cmd:#04x} seq {seq}");
        response
    }

    /// The status byte of a request's response.
    pub fn status_of(&mut self, cmd: Command, payload: &[u8]) -> u8 {
        self.request(cmd, payload).payload[0]
    }

    /// STATUS and the link counters.
    pub fn status(&mut self) -> (CoreStatus, LinkCounters) {
        let response = self.request(Command::Status, &[]);
        assert_eq!(response.payload[0], 0, "STATUS refused");
        let data = &response.payload[1..];
        assert_eq!(data.len(), STATUS_BYTES + 2 * LINK_COUNTERS, "STATUS response length");
        let counter = |i: usize| u16::from_le_bytes([data[STATUS_BYTES + 2 * i], data[STATUS_BYTES + 2 * i + 1]]);
        let counters = LinkCounters { frames_ok: counter(0), bad_headers: counter(1), bad_crcs: counter(2), timeouts: counter(3), refusals: counter(4) };
        (CoreStatus::parse(&data[..STATUS_BYTES]).unwrap(), counters)
    }

    pub fn load_key(&mut self, key: &MasterKey) -> u8 {
        self.status_of(Command::LoadKey, key.bytes())
    }

    /// Uploads a locked model in chunks and commits its CONFIG; returns the CONFIG status.
    pub fn load_model(&mut self, model: &LockedModel) -> u8 {
        for (i, chunk) in model.payload.chunks(MAX_WEIGHT_CHUNK).enumerate() {
            let mut payload = ((i * MAX_WEIGHT_CHUNK) as u32).to_le_bytes().to_vec();
            payload.extend_from_slice(chunk);
            assert_eq!(self.status_of(Command::LoadWeights, &payload), 0, "weight chunk {i}");
        }
        let config = self.config_block(model);
        self.status_of(Command::LoadConfig, &config)
    }

    /// The CONFIG block the doc's placement rule gives for a model.
    pub fn config_block(&self, model: &LockedModel) -> Vec<u8> {
        let dims: Vec<(usize, usize)> = model.header.layers.iter().map(|l| (l.in_features as usize, l.out_features as usize)).collect();
        let config = ModelConfig::plan(&dims, CRC32.checksum(&model.payload), model.header.lock_mode, &self.info).expect("model fits the board");
        config.to_bytes_for(&self.info)
    }

    /// RUN on one input (padded to 8 bytes); the RESULT or the refusal.
    pub fn run(&mut self, input: &[u8]) -> Result<InferenceResult, u8> {
        let mut padded = input.to_vec();
        padded.resize(padded_inputs(input.len()), 0);
        let response = self.request(Command::Run, &padded);
        match response.payload[0] {
            0 => Ok(InferenceResult::parse(&response.payload[1..]).expect("RESULT block")),
            code => Err(code),
        }
    }
}

/// A 784-16-10 int8 model locked under a test key (generated, never a real one), with its
/// plaintext model for the reference.
pub fn test_model(seed: u64) -> (Int8Mlp, LockedModel, MasterKey) {
    let model = crate::models::random_model(seed, &[784, 16, 10], 16..24, 0.0);
    let key = MasterKey::from_bytes([0x5c ^ seed as u8; 16]);
    let locked = LockedModel::lock_with(crate::models::cu_lock_mode(), Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
    (model, locked, key)
}

/// A board with the test key and model loaded.
pub fn loaded_client(seed: u64) -> (RawClient, Int8Mlp) {
    let mut client = RawClient::new();
    let (model, locked, key) = test_model(seed);
    assert_eq!(client.load_key(&key), 0);
    assert_eq!(client.load_model(&locked), 0);
    (client, model)
}

pub fn code(e: ErrorCode) -> u8 {
    e as u8
}

fn dummy_info() -> DeviceInfo {
    DeviceInfo::parse(&[b"DLCK".as_slice(), &[0; 28]].concat()).unwrap()
}
