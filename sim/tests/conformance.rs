//! Protocol conformance: for each rule of docs/protocol.md §2, a test that drives the Verilated
//! Alchitry Cu through its UART pins with a client written from the doc alone
//! (`support/raw_client.rs`) and checks the documented outcome: the response, the link counters,
//! STATUS.

#[path = "support/models.rs"]
mod models;
#[path = "support/raw_client.rs"]
mod raw_client;

use deeplock::protocol::{encode_frame, header_crc, Command, ErrorCode, MAX_PAYLOAD, SYNC};
use raw_client::{code, loaded_client, test_model, RawClient, TIMEOUT_CLOCKS};

/// LEN values worth trying for a command: the edges of every rule, and some plain wrong ones.
const PROBE_LENGTHS: [usize; 12] = [0, 1, 4, 7, 8, 12, 15, 16, 17, 40, 41, 1024];

/// The one LEN each fixed-length command accepts.
fn fixed_length(cmd: Command, client: &RawClient) -> Option<usize> {
    match cmd {
        Command::Info | Command::Status | Command::ClearKey | Command::ReadResult => Some(0),
        Command::LoadKey => Some(16),
        Command::LoadConfig => Some(8 + 8 * client.info.max_layers as usize),
        Command::LoadWeights | Command::Run => None,
    }
}

#[test]
fn every_fixed_length_command_at_every_wrong_length_gets_bad_length() {
    let mut client = RawClient::new();
    for cmd in Command::ALL {
        let Some(good) = fixed_length(cmd, &client) else { continue };
        for len in PROBE_LENGTHS.into_iter().filter(|&l| l != good) {
            let status = client.status_of(cmd, &vec![0x3c; len]);
            assert_eq!(status, code(ErrorCode::BadLength), "{} with LEN {len}", cmd.name());
        }
    }
    let (status, counters) = client.status();
    assert_eq!(status.key_loaded, false, "a refused LOAD_KEY loaded a key");
    assert_eq!(counters.bad_headers + counters.bad_crcs + counters.timeouts, 0, "{counters:?}");
}

#[test]
fn load_weights_takes_an_offset_and_1_to_127_words() {
    let mut client = RawClient::new();
    for len in [0, 3, 4, 5, 11, 13, 19, 1021, 1024] {
        let response = client.request(Command::LoadWeights, &vec![0; len]);
        assert_eq!(response.payload, vec![code(ErrorCode::BadLength)], "LOAD_WEIGHTS with LEN {len}");
    }
    for len in [12, 20, 1020] {
        assert_eq!(client.request(Command::LoadWeights, &vec![0; len]).payload, vec![0], "LOAD_WEIGHTS with LEN {len}");
    }
    let (_, counters) = client.status();
    assert_eq!((counters.frames_ok, counters.refusals), (1 + 9 + 3 + 1, 9), "INFO, nine refused, three written, this STATUS: {counters:?}");
}

#[test]
fn a_bad_header_crc_is_dropped_and_counted() {
    let mut client = RawClient::new();
    let mut frame = encode_frame(Command::Info as u8, 9, &[]);
    frame[6] ^= 0x01;
    client.send(&frame);
    assert!(client.responses().is_empty(), "a frame with a bad HCRC was answered");
    let (_, counters) = client.status();
    assert_eq!(counters.bad_headers, 1, "{counters:?}");
}

#[test]
fn a_bad_payload_crc_is_answered_bad_crc_and_counted() {
    let mut client = RawClient::new();
    for cmd in [Command::Info, Command::LoadKey, Command::LoadWeights, Command::Run] {
        let len = if cmd == Command::Info { 0 } else { 16 };
        let mut frame = encode_frame(cmd as u8, 7, &vec![1; len]);
        let last = frame.len() - 1;
        frame[last] ^= 0x80;
        client.send(&frame);
        let responses = client.responses();
        assert_eq!(responses.len(), 1, "{}: {responses:?}", cmd.name());
        assert_eq!((responses[0].cmd, responses[0].seq), (cmd as u8 | 0x80, 7));
        assert_eq!(responses[0].payload, vec![code(ErrorCode::BadCrc)], "{}", cmd.name());
    }
    let (status, counters) = client.status();
    assert_eq!(counters.bad_crcs, 4, "{counters:?}");
    assert!(!status.key_loaded, "a LOAD_KEY with a bad CRC loaded a key");
    // The damaged LOAD_KEY's bytes were discarded: a good one loads.
    assert_eq!(client.load_key(&test_model(1).2), 0);
}

#[test]
fn a_frame_cut_at_any_byte_times_out_and_the_next_frame_is_served() {
    let mut client = RawClient::new();
    let frame = encode_frame(Command::LoadKey as u8, 3, &[0x11; 16]);
    for cut in 1..frame.len() {
        client.send(&frame[..cut]);
        client.board.run(TIMEOUT_CLOCKS * 2);
        let info = client.request(Command::Info, &[]);
        assert_eq!(info.payload[0], 0, "INFO after a frame cut at byte {cut}");
    }
    let (status, counters) = client.status();
    assert!(!status.key_loaded);
    // A cut after SYNC0 alone is a timeout too (the receiver had started a frame).
    assert_eq!(counters.timeouts as usize, frame.len() - 1, "{counters:?}");
}

#[test]
fn inferences_match_the_reference_and_key_bytes_never_come_back() {
    let (mut client, model) = loaded_client(4);
    let (_, _, key) = test_model(4);
    for i in 0..4u8 {
        let input: Vec<u8> = (0..784).map(|j| (j as u8).wrapping_mul(31).wrapping_add(i)).collect();
        let result = client.run(&input).expect("RUN");
        assert_eq!(result.logits, model.logits(&input).unwrap());
    }
    // The key never echoes: not in a LOAD_KEY response (it is refused now), nor STATUS, nor INFO.
    let mut everything = client.request(Command::LoadKey, key.bytes()).payload;
    everything.extend(client.request(Command::Status, &[]).payload);
    everything.extend(client.request(Command::Info, &[]).payload);
    assert!(!everything.windows(4).any(|w| key.bytes().windows(4).any(|k| k == w)), "key bytes in a response");
}

// The eight mismatches of issue 12: what the doc promises, which the device did not do.

#[test]
fn a_valid_frame_right_after_a_stray_sync_is_served() {
    let mut client = RawClient::new();
    for garbage in 0..=7 {
        let mut stray = SYNC.to_vec();
        stray.extend((0..garbage).map(|i| 0x10 + i as u8));
        client.send(&stray);
        let info = client.request(Command::Info, &[]);
        assert_eq!(info.payload[0], 0, "INFO {garbage} bytes after a stray sync");
    }
}

#[test]
fn an_unknown_command_is_unknown_at_any_length() {
    let mut client = RawClient::new();
    for len in [0, 1, 16, 100] {
        let status = client.request_code(0x55, &vec![0; len]).payload[0];
        assert_eq!(status, code(ErrorCode::UnknownCommand), "LEN {len}");
    }
}

#[test]
fn run_needs_exactly_the_layer_0_length() {
    let (mut client, _) = loaded_client(5);
    for len in [0, 8, 776, 792, 1016, 1024] {
        let seq = client.send_frame(Command::Run as u8, &vec![1; len]);
        let responses = client.responses();
        assert_eq!(responses.len(), 1, "RUN with LEN {len}: {responses:?}");
        assert_eq!((responses[0].seq, responses[0].payload.clone()), (seq, vec![code(ErrorCode::BadLength)]), "RUN with LEN {len}");
    }
}

#[test]
fn load_weights_past_the_end_is_bad_address_even_when_it_wraps() {
    let mut client = RawClient::new();
    let capacity = client.info.weight_capacity;
    for offset in [capacity, capacity - 8, 0xFFFF_FFF8, 0x8000_0000] {
        let mut payload = offset.to_le_bytes().to_vec();
        payload.extend_from_slice(&[0; 16]);
        let status = client.status_of(Command::LoadWeights, &payload);
        assert_eq!(status, code(ErrorCode::BadAddress), "offset {offset:#x} + 16 bytes");
    }
}

#[test]
fn load_weights_while_busy_is_refused_busy() {
    let (mut client, _) = loaded_client(6);
    let run = encode_frame(Command::Run as u8, 0x40, &[2; 784]);
    let mut chunk = 0u32.to_le_bytes().to_vec();
    chunk.extend_from_slice(&[0; 64]);
    let weights = encode_frame(Command::LoadWeights as u8, 0x41, &chunk);
    client.send(&[run, weights].concat());
    let responses = client.responses();
    assert_eq!(responses.len(), 2, "{responses:?}");
    assert_eq!(responses[0].payload[0], 0, "RUN");
    assert_eq!(responses[1].payload, vec![code(ErrorCode::Busy)], "LOAD_WEIGHTS behind a RUN");
}

#[test]
fn every_request_beyond_the_window_gets_one_response() {
    // LOAD_CONFIG's payload check takes ~26,000 clocks; three short INFOs arrive meanwhile.
    let mut client = RawClient::new();
    let (_, locked, key) = test_model(7);
    assert_eq!(client.load_key(&key), 0);
    assert_eq!(client.load_model(&locked), 0);
    let mut burst = encode_frame(Command::LoadConfig as u8, 0x50, &client.config_block(&locked));
    for s in 1..4u8 {
        burst.extend(encode_frame(Command::Info as u8, 0x50 + s, &[]));
    }
    client.send(&burst);
    let responses = client.responses();
    let seqs: Vec<u8> = responses.iter().map(|r| r.seq).collect();
    assert_eq!(seqs, vec![0x50, 0x51, 0x52, 0x53], "one response per request, in order: {responses:?}");
    let refused = responses.iter().filter(|r| r.payload == [code(ErrorCode::Busy)]).count();
    let (_, counters) = client.status();
    assert_eq!(counters.refusals as usize, refused, "{counters:?}");
}

#[test]
fn a_load_key_cut_by_the_timeout_leaves_nothing_staged() {
    let mut client = RawClient::new();
    let key = test_model(8).2;
    let frame = encode_frame(Command::LoadKey as u8, 0x60, key.bytes());
    client.send(&frame[..7 + 9]);
    client.board.run(TIMEOUT_CLOCKS * 2);
    assert_eq!(client.load_key(&key), 0, "LOAD_KEY after a timed-out one");
}

#[test]
fn a_length_over_the_maximum_is_answered_bad_length() {
    let mut client = RawClient::new();
    let len = MAX_PAYLOAD as u16 + 1;
    let mut header = SYNC.to_vec();
    header.extend([Command::Info as u8, 0x70]);
    header.extend(len.to_le_bytes());
    header.push(header_crc(Command::Info as u8, 0x70, len));
    client.send(&header);
    let responses = client.responses();
    assert_eq!(responses.len(), 1, "{responses:?}");
    assert_eq!(responses[0].payload, vec![code(ErrorCode::BadLength)]);
}

#[test]
fn the_board_serves_after_a_run_of_a_wrong_length() {
    let (mut client, model) = loaded_client(9);
    for len in [8, 776, 1024] {
        client.send_frame(Command::Run as u8, &vec![3; len]);
        client.responses();
        let input = vec![7u8; 784];
        assert_eq!(client.run(&input).expect("RUN after a wrong-length RUN").logits, model.logits(&input).unwrap(), "after LEN {len}");
    }
}

// SEQ: a repeat of a request carried out is answered again and does nothing (§2, "Repeats").

#[test]
fn a_resent_load_key_is_answered_ok_again_and_a_new_one_is_refused() {
    let mut client = RawClient::new();
    let key = test_model(10).2;
    let frame = encode_frame(Command::LoadKey as u8, 0x80, key.bytes());
    for attempt in 0..3 {
        client.send(&frame);
        let responses = client.responses();
        assert_eq!(responses.len(), 1, "attempt {attempt}: {responses:?}");
        assert_eq!((responses[0].seq, responses[0].payload.clone()), (0x80, vec![0]), "attempt {attempt}");
    }
    assert_eq!(client.load_key(&key), code(ErrorCode::KeyAlreadyLoaded), "a new SEQ is a new request");
}

#[test]
fn resent_runs_get_the_same_results_and_run_once() {
    let (mut client, model) = loaded_client(11);
    let inputs: Vec<Vec<u8>> = (0..2u8).map(|i| (0..784).map(|j| (j as u8).wrapping_mul(7) ^ i).collect()).collect();
    // Two RUNs in flight, then both resent (a host that lost both answers), oldest first.
    let frames: Vec<u8> = inputs.iter().enumerate().flat_map(|(i, input)| encode_frame(Command::Run as u8, 0x90 + i as u8, input)).collect();
    client.send(&frames);
    let first = client.responses();
    let runs = client.status().0.runs;
    client.send(&frames);
    let again = client.responses();
    assert_eq!(again, first, "the same answers");
    assert_eq!(client.status().0.runs, runs, "the repeats did not run");
    for (response, input) in first.iter().zip(&inputs) {
        assert_eq!(response.payload[0], 0);
        let result = deeplock::memory_map::InferenceResult::parse(&response.payload[1..]).unwrap();
        assert_eq!(result.logits, model.logits(input).unwrap());
    }
    let (_, counters) = client.status();
    assert_eq!(counters.refusals, 0, "{counters:?}");
}

#[test]
fn a_refused_request_is_carried_out_when_resent() {
    let (mut client, _) = loaded_client(12);
    let run = encode_frame(Command::Run as u8, 0xa0, &[2; 784]);
    let mut chunk = 0u32.to_le_bytes().to_vec();
    chunk.extend_from_slice(&[0; 64]);
    let weights = encode_frame(Command::LoadWeights as u8, 0xa1, &chunk);
    client.send(&[run, weights.clone()].concat());
    let responses = client.responses();
    assert_eq!(responses[1].payload, vec![code(ErrorCode::Busy)], "LOAD_WEIGHTS behind a RUN");
    client.send(&weights);
    assert_eq!(client.responses()[0].payload, vec![0], "the resent chunk is written");
    let (status, _) = client.status();
    assert!(!status.model_ready, "the chunk was written: the model must be checked again");
}

#[test]
fn a_repeat_needs_the_same_command_and_length_and_reads_are_always_fresh() {
    let (mut client, _) = loaded_client(13);
    // CLEAR_KEY under SEQ 0xb0, then LOAD_KEY under the same SEQ: a new request.
    let key = test_model(13).2;
    client.send(&encode_frame(Command::ClearKey as u8, 0xb0, &[]));
    client.send(&encode_frame(Command::LoadKey as u8, 0xb0, key.bytes()));
    let responses = client.responses();
    assert_eq!(responses.iter().map(|r| r.payload.clone()).collect::<Vec<_>>(), vec![vec![0], vec![0]], "{responses:?}");
    assert!(client.status().0.key_loaded, "the LOAD_KEY was carried out");
    // STATUS twice under one SEQ: two readings of the uptime.
    let uptime = |client: &mut RawClient| {
        client.send(&encode_frame(Command::Status as u8, 0xb1, &[]));
        let response = client.responses().remove(0);
        deeplock::memory_map::CoreStatus::parse(&response.payload[1..17]).unwrap().uptime_cycles
    };
    let (first, second) = (uptime(&mut client), uptime(&mut client));
    assert!(second > first, "STATUS was answered from memory");
}
