//! UART front end tests at its pins: requests go in bit by bit on `rx` at the baud rate, answers
//! come back bit by bit on `tx` and are parsed with the spec's decoder, and a model of the core
//! sits on the core bus. The frame receiver and transmitter have their own tests; these check the
//! whole path, both UARTs included, against docs/protocol.md §2.

use std::collections::VecDeque;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, INFO_BYTES, RESULT_HEADER_BYTES, SLOTS, STATUS_BYTES};
use deeplock_spec::protocol::{encode_frame, Command, Decoded, ErrorCode, Frame, FrameDecoder, MAX_OUTSTANDING, RESPONSE_FLAG, SYNC};

use super::*;
use crate::testing::cycle;

/// Twice the UARTs' minimum of 4: a byte (80 clocks) still leaves the receiver's registered
/// length and offset checks their clock, and the simulation stays short.
const CLOCKS_PER_BIT: u64 = 8;
const BAUD: u64 = 1_000_000;
const CLOCK_HZ: u64 = CLOCKS_PER_BIT * BAUD;
/// A small device. The timeout is far longer than any idle gap the tests leave after a stray
/// SYNC0, so a gap never counts as a cut-off frame.
const LIMITS: RxLimits = RxLimits { weight_bytes: 4096, slot_bytes: 64, config_bytes: 40, timeout_clocks: 4_000 };
/// More than any test needs: a front end that stops answering fails here instead of hanging.
const MAX_CLOCKS: u64 = 150_000;
/// Clocks the modelled core spends on an inference and on a CONFIG check. A run outlasts the
/// next request and the answer before it, so a RUN sent right after another finds the core busy.
const RUN_CLOCKS: u32 = 3_000;
const CHECK_CLOCKS: u32 = 300;
/// Classes of every modelled result: a RESULT answer carries 8 + 4 × 3 data bytes.
const CLASSES: usize = 3;
/// Doorbells take any value: their data is not part of the promise.
const DOORBELLS: [u32; 4] = [map::KEY_COMMIT, map::KEY_CLEAR, map::KEY_DISCARD, map::CONFIG_COMMIT];

#[test]
fn verilog_is_clean() {
    let mut front_end = UartFrontEnd::new(CLOCK_HZ, BAUD, LIMITS);
    front_end.connect_all();
    crate::testing::lint("uart_front_end", &generate_verilog(&front_end));
}

// ---- The host's UART.

/// The host's UART transmitter: the levels the device's `rx` pin gets, one per clock, queued.
#[derive(Default)]
struct HostUartTx {
    levels: VecDeque<bool>,
    bytes_sent: u64,
}

impl HostUartTx {
    /// Queues `bytes` in 8N1, back to back.
    fn send(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            let bits = std::iter::once(false).chain((0..8).map(|i| byte >> i & 1 == 1)).chain(std::iter::once(true));
            for bit in bits {
                self.levels.extend(std::iter::repeat(bit).take(CLOCKS_PER_BIT as usize));
            }
        }
        self.bytes_sent += bytes.len() as u64;
    }

    fn pause(&mut self, clocks: usize) {
        self.levels.extend(std::iter::repeat(true).take(clocks));
    }

    fn next_level(&mut self) -> bool {
        self.levels.pop_front().unwrap_or(true)
    }

    fn is_idle(&self) -> bool {
        self.levels.is_empty()
    }
}

/// The host's UART receiver: samples the device's `tx` pin once per clock, every bit at its middle,
/// and insists on a start bit and a stop bit around every byte.
#[derive(Default)]
struct HostUartRx {
    /// Clocks since the falling edge of the byte being received.
    clocks_into_byte: Option<u64>,
    shift: u8,
}

impl HostUartRx {
    /// The byte whose stop bit ends at this sample, if any.
    fn sample(&mut self, level: bool) -> Option<u8> {
        let clocks = match self.clocks_into_byte {
            Some(clocks) => clocks + 1,
            None if !level => 0,
            None => return None,
        };
        self.clocks_into_byte = Some(clocks);
        if clocks % CLOCKS_PER_BIT != CLOCKS_PER_BIT / 2 {
            return None;
        }
        match clocks / CLOCKS_PER_BIT {
            0 => assert!(!level, "tx: a low pulse shorter than a start bit"),
            1..=8 => self.shift = self.shift >> 1 | (level as u8) << 7,
            _ => {
                assert!(level, "tx: framing error (stop bit low)");
                self.clocks_into_byte = None;
                return Some(self.shift);
            }
        }
        None
    }
}

// ---- The core.

/// A fixed byte per address: what the modelled core shows in INFO and STATUS.
fn pattern(address: u32) -> u8 {
    (address.wrapping_mul(2_654_435_761) >> 13) as u8
}

/// A byte of the RESULT of run number `run` in `slot`: the class count, then bytes that name
/// the run and the slot, so an answer read before its run finished, or from the wrong slot, differs.
fn result_byte(slot: usize, run: u8, offset: u32) -> u8 {
    match offset {
        0 => CLASSES as u8,
        1 => 0,
        _ => pattern(offset | (run as u32) << 8 | (slot as u32) << 16),
    }
}

/// The answers read only INFO, STATUS and RESULT (the key has no read path).
fn readable(address: u32) -> bool {
    let within = |base: u32, bytes: usize| (base..base + bytes as u32).contains(&address);
    within(map::INFO_BASE, INFO_BYTES)
        || within(map::STATUS_BASE, STATUS_BYTES)
        || (0..SLOTS as u32).any(|slot| within(map::RESULT_BASE + slot * map::SLOT_STRIDE, RESULT_HEADER_BYTES + 4 * CLASSES))
}

/// What the modelled core does when its busy time is over.
enum Work {
    Nothing,
    /// Run number `.1` finishes in slot `.0`.
    Run(usize, u8),
    Check,
}

/// The core on the other side of the bus: records every write and read; answers INFO and STATUS
/// reads with [`pattern`] and RESULT reads with the last run of the slot; stages, commits and
/// clears the key; runs and checks a CONFIG in a fixed number of clocks. It judges neither CONFIG
/// nor weights: the front end does not depend on them.
struct CoreModel {
    writes: Vec<(u32, u8)>,
    reads: Vec<u32>,
    write_status: u8,
    read_data: u8,
    busy_clocks: u32,
    work: Work,
    key_bytes: usize,
    key_loaded: bool,
    model_ready: bool,
    slot_done: [bool; SLOTS],
    result_of_run: [u8; SLOTS],
    runs_started: u8,
    last_error: u8,
    /// Clocks since the core was last busy.
    idle_clocks: u32,
    /// RUN doorbells that came within a few clocks of the core going idle: they had waited.
    runs_that_waited: usize,
}

impl CoreModel {
    fn new() -> Self {
        CoreModel {
            writes: Vec::new(),
            reads: Vec::new(),
            write_status: 0,
            read_data: 0,
            busy_clocks: 0,
            work: Work::Nothing,
            key_bytes: 0,
            key_loaded: false,
            model_ready: false,
            slot_done: [false; SLOTS],
            result_of_run: [0; SLOTS],
            runs_started: 0,
            last_error: 0,
            idle_clocks: u32::MAX,
            runs_that_waited: 0,
        }
    }

    /// The core's outputs this clock.
    fn drive(&self, bus: &mut CoreBusInitiator) {
        bus.write_status.next = (self.write_status as u64).to_bits();
        bus.read_data.next = (self.read_data as u64).to_bits();
        bus.busy.next = self.busy_clocks > 0;
        let done = self.slot_done.iter().enumerate().map(|(slot, &done)| (done as u64) << slot).sum::<u64>();
        bus.slot_done.next = done.to_bits();
        bus.key_loaded.next = self.key_loaded;
        bus.model_ready.next = self.model_ready;
        bus.last_error.next = (self.last_error as u64).to_bits();
    }

    /// Takes this clock's write and read; their outcomes show from the next clock on.
    fn observe(&mut self, bus: &CoreBusInitiator) {
        self.count_down();
        if bus.write.val() {
            self.write(bus.write_address.val().to_u64() as u32, bus.write_data.val().to_u64() as u8);
        }
        if bus.read.val() {
            self.read(bus.read_address.val().to_u64() as u32);
        }
    }

    fn count_down(&mut self) {
        if self.busy_clocks == 0 {
            self.idle_clocks = self.idle_clocks.saturating_add(1);
            return;
        }
        self.idle_clocks = 0;
        self.busy_clocks -= 1;
        if self.busy_clocks == 0 {
            match std::mem::replace(&mut self.work, Work::Nothing) {
                Work::Run(slot, run) => {
                    self.slot_done[slot] = true;
                    self.result_of_run[slot] = run;
                }
                Work::Check => self.model_ready = true,
                Work::Nothing => {}
            }
        }
    }

    fn busy_for(&mut self, clocks: u32, work: Work) {
        self.busy_clocks = clocks;
        self.work = work;
    }

    fn write(&mut self, address: u32, data: u8) {
        self.writes.push((address, data));
        let status = match address {
            map::KEY_COMMIT => self.commit_key(),
            map::KEY_CLEAR => {
                self.key_loaded = false;
                self.key_bytes = 0;
                self.busy_for(map::KEY_SETTLE_CLOCKS as u32, Work::Nothing);
                ErrorCode::Ok
            }
            map::KEY_DISCARD => {
                self.key_bytes = 0;
                ErrorCode::Ok
            }
            map::CONFIG_COMMIT => {
                self.model_ready = false;
                self.busy_for(CHECK_CLOCKS, Work::Check);
                ErrorCode::Ok
            }
            map::RUN => self.start_run(data as usize),
            a if (map::KEY_BASE..map::KEY_BASE + map::KEY_BYTES as u32).contains(&a) => {
                self.key_bytes += 1;
                ErrorCode::Ok
            }
            _ => ErrorCode::Ok,
        };
        if status != ErrorCode::Ok {
            self.last_error = status as u8;
        }
        self.write_status = status as u8;
    }

    fn commit_key(&mut self) -> ErrorCode {
        let staged = std::mem::take(&mut self.key_bytes);
        self.busy_for(map::KEY_SETTLE_CLOCKS as u32, Work::Nothing);
        if self.key_loaded {
            ErrorCode::KeyAlreadyLoaded
        } else if staged != map::KEY_BYTES {
            ErrorCode::BadLength
        } else {
            self.key_loaded = true;
            ErrorCode::Ok
        }
    }

    fn start_run(&mut self, slot: usize) -> ErrorCode {
        if !self.key_loaded {
            ErrorCode::NoKey
        } else if !self.model_ready {
            ErrorCode::NoModel
        } else if self.busy_clocks > 0 {
            ErrorCode::Busy
        } else {
            if self.idle_clocks < 10 {
                self.runs_that_waited += 1;
            }
            self.slot_done[slot] = false;
            self.busy_for(RUN_CLOCKS, Work::Run(slot, self.runs_started));
            self.runs_started = self.runs_started.wrapping_add(1);
            ErrorCode::Ok
        }
    }

    fn read(&mut self, address: u32) {
        assert!(readable(address), "the front end read {address:#08x}, outside INFO, STATUS and RESULT");
        self.reads.push(address);
        self.read_data = if address >= map::RESULT_BASE {
            let slot = ((address - map::RESULT_BASE) / map::SLOT_STRIDE) as usize;
            result_byte(slot, self.result_of_run[slot], (address - map::RESULT_BASE) % map::SLOT_STRIDE)
        } else {
            pattern(address)
        };
    }
}

// ---- What the protocol promises.

/// A request on the wire, the writes it must make (its RUN doorbell apart: that one waits for
/// the core) and the answer it must get.
struct Exchange {
    request: Vec<u8>,
    writes: Vec<(u32, u8)>,
    run_doorbell: Option<u8>,
    answer: Frame,
}

/// What docs/protocol.md promises for each request, with the little state that takes: the next
/// input slot, the runs, the link counters.
#[derive(Default)]
struct ProtocolModel {
    next_slot: usize,
    runs: u8,
    last_result: Option<(usize, u8)>,
    good_frames: u16,
    bad_crcs: u16,
    refusals: u16,
    /// RUN's exact length (layer 0's inputs rounded up to 8), once a CONFIG block went in.
    run_bytes: Option<usize>,
}

/// A CONFIG block (random fields) whose layer 0 has `inputs` inputs.
fn config_block(rng: &mut StdRng, inputs: u16) -> Vec<u8> {
    let mut block: Vec<u8> = (0..LIMITS.config_bytes).map(|_| rng.gen()).collect();
    let at = map::CONFIG_HEADER_BYTES;
    block[at..at + 2].copy_from_slice(&inputs.to_le_bytes());
    block
}

/// `data` placed from `base` on, one byte per address.
fn placed(base: u32, data: &[u8]) -> Vec<(u32, u8)> {
    data.iter().enumerate().map(|(i, &b)| (base + i as u32, b)).collect()
}

fn answer(cmd: Command, seq: u8, status: ErrorCode, data: Vec<u8>) -> Frame {
    Frame { cmd: cmd as u8 | RESPONSE_FLAG, seq, payload: std::iter::once(status as u8).chain(data).collect() }
}

fn result_data(slot: usize, run: u8) -> Vec<u8> {
    (0..(RESULT_HEADER_BYTES + 4 * CLASSES) as u32).map(|offset| result_byte(slot, run, offset)).collect()
}

impl ProtocolModel {
    fn accepted(&mut self, cmd: Command, seq: u8, payload: &[u8], writes: Vec<(u32, u8)>, data: Vec<u8>) -> Exchange {
        self.good_frames += 1;
        Exchange { request: encode_frame(cmd as u8, seq, payload), writes, run_doorbell: None, answer: answer(cmd, seq, ErrorCode::Ok, data) }
    }

    /// A good frame refused with `status`, which it gets alone.
    fn refused(&mut self, cmd: Command, seq: u8, status: ErrorCode) -> Exchange {
        self.good_frames += 1;
        self.refusals += 1;
        Exchange { request: encode_frame(cmd as u8, seq, &[]), writes: Vec::new(), run_doorbell: None, answer: answer(cmd, seq, status, Vec::new()) }
    }

    fn info(&mut self, seq: u8) -> Exchange {
        let data = (0..INFO_BYTES as u32).map(|i| pattern(map::INFO_BASE + i)).collect();
        self.accepted(Command::Info, seq, &[], Vec::new(), data)
    }

    /// The STATUS block, then the link counters; the STATUS frame itself is already counted.
    fn status(&mut self, seq: u8) -> Exchange {
        let mut data: Vec<u8> = (0..STATUS_BYTES as u32).map(|i| pattern(map::STATUS_BASE + i)).collect();
        let (bad_headers, timeouts) = (0u16, 0u16);
        for counter in [self.good_frames + 1, bad_headers, self.bad_crcs, timeouts, self.refusals] {
            data.extend(counter.to_le_bytes());
        }
        self.accepted(Command::Status, seq, &[], Vec::new(), data)
    }

    fn load_key(&mut self, seq: u8, key: &[u8]) -> Exchange {
        let mut writes = placed(map::KEY_BASE, key);
        writes.push((map::KEY_COMMIT, 0));
        self.accepted(Command::LoadKey, seq, key, writes, Vec::new())
    }

    fn clear_key(&mut self, seq: u8) -> Exchange {
        self.accepted(Command::ClearKey, seq, &[], vec![(map::KEY_CLEAR, 0)], Vec::new())
    }

    fn load_weights(&mut self, seq: u8, offset: u32, weights: &[u8]) -> Exchange {
        let payload: Vec<u8> = offset.to_le_bytes().into_iter().chain(weights.iter().copied()).collect();
        self.accepted(Command::LoadWeights, seq, &payload, placed(offset, weights), Vec::new())
    }

    fn load_config(&mut self, seq: u8, block: &[u8]) -> Exchange {
        let at = map::CONFIG_HEADER_BYTES;
        let inputs = u16::from_le_bytes([block[at], block[at + 1]]) as usize;
        self.run_bytes = Some((inputs + 7) & !7);
        let mut writes = placed(map::CONFIG_BASE, block);
        writes.push((map::CONFIG_COMMIT, 0));
        self.accepted(Command::LoadConfig, seq, block, writes, Vec::new())
    }

    /// The input goes to the next slot in turn; the answer is that run's RESULT.
    fn run(&mut self, seq: u8, input: &[u8]) -> Exchange {
        if self.run_bytes.is_some_and(|n| n != input.len()) {
            return self.refused(Command::Run, seq, ErrorCode::BadLength);
        }
        let (slot, run) = (self.next_slot, self.runs);
        self.next_slot = (slot + 1) % SLOTS;
        self.runs = run.wrapping_add(1);
        self.last_result = Some((slot, run));
        let writes = placed(map::INPUT_BASE + slot as u32 * map::SLOT_STRIDE, input);
        Exchange { run_doorbell: Some(slot as u8), ..self.accepted(Command::Run, seq, input, writes, result_data(slot, run)) }
    }

    fn read_result(&mut self, seq: u8) -> Exchange {
        match self.last_result {
            Some((slot, run)) => self.accepted(Command::ReadResult, seq, &[], Vec::new(), result_data(slot, run)),
            None => self.refused(Command::ReadResult, seq, ErrorCode::NoResult),
        }
    }

    /// A request whose CRC-16 is damaged: answered BAD_CRC alone. `writes` are what the damaged
    /// frame still does (its payload streams out before the CRC is known).
    fn damaged(&mut self, cmd: Command, seq: u8, payload: &[u8], writes: Vec<(u32, u8)>) -> Exchange {
        let mut request = encode_frame(cmd as u8, seq, payload);
        *request.last_mut().unwrap() ^= 0x01;
        self.bad_crcs += 1;
        self.refusals += 1;
        Exchange { request, writes, run_doorbell: None, answer: answer(cmd, seq, ErrorCode::BadCrc, Vec::new()) }
    }
}

/// Doorbell data zeroed (any value rings them).
fn normalized(writes: &[(u32, u8)]) -> Vec<(u32, u8)> {
    writes.iter().map(|&(a, d)| (a, if DOORBELLS.contains(&a) { 0 } else { d })).collect()
}

/// The writes of `exchanges` in order, each RUN doorbell right after its input: what a host
/// that waits for every answer sees.
fn in_turn_writes(exchanges: &[Exchange]) -> Vec<(u32, u8)> {
    exchanges.iter().flat_map(|e| e.writes.iter().copied().chain(e.run_doorbell.map(|slot| (map::RUN, slot)))).collect()
}

// ---- The bench.

struct Bench {
    uut: UartFrontEnd,
    core: CoreModel,
    host_tx: HostUartTx,
    host_rx: HostUartRx,
    decoder: FrameDecoder,
    answers: Vec<Frame>,
    bytes_received: u64,
    activity_clocks: u64,
    clocks: u64,
}

impl Bench {
    /// A front end after a reset, which `tx` sits out idle.
    fn new() -> Self {
        let mut uut = UartFrontEnd::new(CLOCK_HZ, BAUD, LIMITS);
        uut.connect_all();
        let mut bench = Bench {
            uut,
            core: CoreModel::new(),
            host_tx: HostUartTx::default(),
            host_rx: HostUartRx::default(),
            decoder: FrameDecoder::new(),
            answers: Vec::new(),
            bytes_received: 0,
            activity_clocks: 0,
            clocks: 0,
        };
        bench.uut.reset.next = true;
        bench.watch_idle(2);
        bench.uut.reset.next = false;
        bench
    }

    /// One clock: the host's line into `rx`, the core model on the bus, `tx` into the host.
    fn clock(&mut self) {
        assert!(self.clocks < MAX_CLOCKS, "no progress: {} answers after {MAX_CLOCKS} clocks", self.answers.len());
        self.uut.rx.next = self.host_tx.next_level();
        self.core.drive(&mut self.uut.core);
        crate::testing::settle(&mut self.uut);
        self.core.observe(&self.uut.core);
        self.activity_clocks += self.uut.activity.val() as u64;
        if let Some(byte) = self.host_rx.sample(self.uut.tx.val()) {
            self.receive(byte);
        }
        cycle!(self.uut);
        self.clocks += 1;
    }

    fn receive(&mut self, byte: u8) {
        self.bytes_received += 1;
        self.decoder.push(&[byte]);
        while let Some(decoded) = self.decoder.next() {
            match decoded {
                Decoded::Frame(frame) => self.answers.push(frame),
                other => panic!("tx: a damaged answer {other:?}"),
            }
        }
    }

    fn clock_until_answers(&mut self, count: usize) {
        while self.answers.len() < count {
            self.clock();
        }
    }

    /// Sends each request once the one before is answered.
    fn exchange_in_turn(&mut self, exchanges: &[Exchange]) {
        for exchange in exchanges {
            self.host_tx.send(&exchange.request);
            self.clock_until_answers(self.answers.len() + 1);
        }
    }

    /// Clocks with nothing on the line: `tx` must stay high, `activity` low.
    fn watch_idle(&mut self, clocks: u64) {
        for _ in 0..clocks {
            self.clock();
            assert!(self.uut.tx.val(), "tx left idle with nothing to send (clock {})", self.clocks);
            assert!(!self.uut.activity.val(), "activity with no byte going by (clock {})", self.clocks);
        }
    }

    /// Nothing but whole answers came out of `tx`.
    fn assert_no_stray_bytes(&self) {
        assert_eq!(self.decoder.skipped, 0, "tx sent bytes outside any answer");
    }
}

/// Garbage a host might leave between frames: random bytes, now and then a stray SYNC0, never
/// SYNC1 (SYNC0 SYNC1 would start a frame).
fn garbage(rng: &mut StdRng) -> Vec<u8> {
    let length = rng.gen_range(0..=4);
    (0..length).map(|_| if rng.gen_bool(0.3) { SYNC[0] } else { rng.gen::<u8>() }).map(|b| if b == SYNC[1] { 0 } else { b }).collect()
}

/// A random request of a kind that works whatever came before: INFO, LOAD_WEIGHTS, READ_RESULT or,
/// twice as often, RUN (8 to 32 bytes).
/// The RUN length of the model in the random mix.
const RANDOM_RUN_BYTES: usize = 24;

fn random_request(rng: &mut StdRng, protocol: &mut ProtocolModel, seq: u8) -> Exchange {
    let kind = rng.gen_range(0..5);
    let offset = 8 * rng.gen_range(0..LIMITS.weight_bytes as u32 / 8 - 3);
    let mut words = |most: usize| {
        let count = rng.gen_range(1..=most);
        (0..8 * count).map(|_| rng.gen::<u8>()).collect::<Vec<u8>>()
    };
    match kind {
        0 => protocol.info(seq),
        1 => {
            let weights = words(3);
            protocol.load_weights(seq, offset, &weights)
        }
        2 => protocol.read_result(seq),
        _ => {
            // Mostly the model's length (a slot of it): some of other lengths, refused.
            let input = words(4);
            let input = if input.len() >= RANDOM_RUN_BYTES || input.len() == 8 { input[..8].iter().cycle().take(RANDOM_RUN_BYTES).copied().collect() } else { input };
            protocol.run(seq, &input)
        }
    }
}

// ---- The tests.

#[test]
fn each_request_makes_its_core_writes_and_gets_its_answer() {
    let mut rng = StdRng::seed_from_u64(1);
    let mut bytes = |n: usize| (0..n).map(|_| rng.gen::<u8>()).collect::<Vec<u8>>();
    // A model of 30 inputs: RUN takes exactly 32 bytes; one of 8 is refused BAD_LENGTH and writes
    // nothing. Each is answered with no request after it.
    let (key, weights, input0, input1) = (bytes(map::KEY_BYTES), bytes(24), bytes(32), bytes(8));
    let block = config_block(&mut rng, 30);
    let mut protocol = ProtocolModel::default();
    let exchanges = [
        protocol.info(1),
        protocol.load_key(2, &key),
        protocol.load_weights(3, 0x140, &weights),
        protocol.load_config(4, &block),
        protocol.run(5, &input0),
        protocol.run(6, &input1),
        protocol.status(7),
    ];
    let mut bench = Bench::new();
    bench.exchange_in_turn(&exchanges);

    assert_eq!(normalized(&bench.core.writes), in_turn_writes(&exchanges));
    let answers: Vec<Frame> = exchanges.iter().map(|e| e.answer.clone()).collect();
    assert_eq!(bench.answers, answers);
    assert!(bench.core.key_loaded && bench.core.model_ready);
    bench.assert_no_stray_bytes();
}

#[test]
fn frames_back_to_back_with_gaps_and_garbage_are_answered_in_order() {
    let mut rng = StdRng::seed_from_u64(2);
    let mut protocol = ProtocolModel::default();
    // A core keyed and configured first, so every RUN of the model's length runs.
    let config = protocol.load_config(0, &config_block(&mut rng, RANDOM_RUN_BYTES as u16 - 5));
    let exchanges: Vec<Exchange> = (1..=16).map(|seq| random_request(&mut rng, &mut protocol, seq)).collect();
    let mut bench = Bench::new();
    bench.core.key_loaded = true;
    bench.exchange_in_turn(&[config]);
    assert!(bench.core.model_ready);
    bench.core.writes.clear();
    bench.answers.clear();
    // The host keeps MAX_OUTSTANDING requests in flight, each after a random gap (none half the
    // time) and some garbage.
    let mut sent = 0;
    while bench.answers.len() < exchanges.len() {
        if sent < exchanges.len() && bench.host_tx.is_idle() && sent - bench.answers.len() < MAX_OUTSTANDING {
            let gap = if rng.gen_bool(0.5) { 0 } else { rng.gen_range(1..300) };
            bench.host_tx.pause(gap);
            bench.host_tx.send(&garbage(&mut rng));
            bench.host_tx.send(&exchanges[sent].request);
            sent += 1;
        }
        bench.clock();
    }
    let status = protocol.status(17);
    bench.exchange_in_turn(std::slice::from_ref(&status));

    let answers: Vec<Frame> = exchanges.iter().chain([&status]).map(|e| e.answer.clone()).collect();
    assert_eq!(bench.answers, answers);
    // RUN doorbells wait for the core, so they may follow later frames' writes: compare apart.
    let (runs, writes): (Vec<(u32, u8)>, Vec<(u32, u8)>) = bench.core.writes.iter().copied().partition(|&(a, _)| a == map::RUN);
    assert_eq!(writes, exchanges.iter().flat_map(|e| e.writes.clone()).collect::<Vec<_>>());
    assert_eq!(runs.iter().map(|&(_, slot)| slot).collect::<Vec<_>>(), exchanges.iter().filter_map(|e| e.run_doorbell).collect::<Vec<_>>());
    bench.assert_no_stray_bytes();
    assert!(bench.core.runs_that_waited > 0, "no RUN waited for the core: the mix no longer tests that (change the seed)");
}

#[test]
fn a_bad_crc_is_answered_bad_crc_and_rings_no_doorbell() {
    let key: Vec<u8> = (1..=map::KEY_BYTES as u8).collect();
    let mut protocol = ProtocolModel::default();
    let damaged = [
        protocol.damaged(Command::ClearKey, 1, &[], Vec::new()),
        protocol.damaged(Command::Info, 2, &[], Vec::new()),
    ];
    let mut bench = Bench::new();
    // A key loaded earlier, which the damaged CLEAR_KEY must leave alone.
    bench.core.key_loaded = true;
    bench.exchange_in_turn(&damaged);
    assert!(bench.core.writes.is_empty(), "a damaged frame without payload wrote {:x?}", bench.core.writes);
    assert!(bench.core.reads.is_empty(), "a BAD_CRC answer carries no data, yet {:x?} were read", bench.core.reads);
    assert!(bench.core.key_loaded, "a damaged CLEAR_KEY cleared the key");

    // A damaged LOAD_KEY: its bytes reach the staging, which is then discarded, never committed.
    let mut key_writes = placed(map::KEY_BASE, &key);
    key_writes.push((map::KEY_DISCARD, 0));
    let damaged_key = protocol.damaged(Command::LoadKey, 3, &key, key_writes);
    // Then good frames are served as if nothing had happened.
    let good = [protocol.clear_key(4), protocol.status(5)];
    bench.exchange_in_turn(std::slice::from_ref(&damaged_key));
    bench.exchange_in_turn(&good);

    let answers: Vec<Frame> = damaged.iter().chain([&damaged_key]).chain(&good).map(|e| e.answer.clone()).collect();
    assert_eq!(bench.answers, answers);
    let writes: Vec<_> = [&damaged_key].into_iter().chain(&good).flat_map(|e| e.writes.clone()).collect();
    assert_eq!(normalized(&bench.core.writes), writes);
    bench.assert_no_stray_bytes();
}

#[test]
fn tx_idles_high_and_activity_pulses_once_per_byte() {
    let mut protocol = ProtocolModel::default();
    let exchanges = [protocol.info(1), protocol.status(2)];
    let mut bench = Bench::new();
    bench.watch_idle(500);
    bench.exchange_in_turn(&exchanges);
    bench.watch_idle(500);

    let answers: Vec<Frame> = exchanges.iter().map(|e| e.answer.clone()).collect();
    assert_eq!(bench.answers, answers);
    // One request at a time, so no byte in meets a byte out in the same clock.
    assert_eq!(bench.activity_clocks, bench.host_tx.bytes_sent + bench.bytes_received);
    bench.assert_no_stray_bytes();
}
