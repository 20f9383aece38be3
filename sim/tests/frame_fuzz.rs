//! The frame fuzzer: random and mutated frames into the virtual board's UART pins, in bursts.
//! After every burst the board must answer INFO, every byte it sent must be a well-formed
//! response to a command that was sent, and it may never answer more frames than it was sent; at
//! the end a reloaded model must still infer exactly.
//!
//! CI runs `DEFAULT_FRAMES`; the long run is
//! `DEEPLOCK_FUZZ_FRAMES=100000 cargo test -p deeplock-sim --release --test frame_fuzz -- --nocapture`.

#[path = "support/models.rs"]
mod models;
#[path = "support/raw_client.rs"]
mod raw_client;

use std::time::Instant;

use deeplock::protocol::{encode_frame, header_crc, Command, Decoded, MAX_PAYLOAD, RESPONSE_FLAG, SYNC};
use rand::{Rng, SeedableRng};
use raw_client::{test_model, RawClient};

const DEFAULT_FRAMES: usize = 3_000;
const FRAMES_PER_BURST: usize = 40;

/// What went on the line in one burst.
#[derive(Default)]
struct Burst {
    bytes: Vec<u8>,
    frames: usize,
    /// Commands of the frames with a good header (only those may be answered).
    commands: Vec<u8>,
}

/// A frame with random fields and valid CRCs: any command code (mostly real ones), any length up
/// to the maximum (mostly the command's own), random payload.
fn random_frame(rng: &mut impl Rng) -> (u8, Vec<u8>) {
    let cmd = if rng.gen_bool(0.9) { Command::ALL[rng.gen_range(0..Command::ALL.len())] as u8 } else { rng.gen() };
    let len = match rng.gen_range(0..4) {
        0 => rng.gen_range(0..=MAX_PAYLOAD),
        1 => 16,
        2 => 4 + 8 * rng.gen_range(1..=8),
        _ => 0,
    };
    let mut payload: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
    if cmd == Command::LoadWeights as u8 && len >= 4 && rng.gen_bool(0.7) {
        // Mostly in-range offsets, so chunks really land.
        payload[..4].copy_from_slice(&(8 * rng.gen_range(0..2048u32)).to_le_bytes());
    }
    (cmd, encode_frame(cmd, rng.gen(), &payload))
}

fn add_frame(rng: &mut impl Rng, burst: &mut Burst) {
    let (cmd, mut frame) = random_frame(rng);
    burst.frames += 1;
    match rng.gen_range(0..10) {
        // A damaged payload or CRC: answered BAD_CRC.
        0 | 1 => {
            let at = rng.gen_range(7..frame.len());
            frame[at] ^= 1 << rng.gen_range(0..8);
            burst.commands.push(cmd);
        }
        // A damaged header: dropped.
        2 => frame[rng.gen_range(2..7)] ^= 1 << rng.gen_range(0..8),
        // Cut short: what follows becomes its payload (or it times out at the burst's end).
        3 => {
            frame.truncate(rng.gen_range(1..frame.len()));
            burst.commands.push(cmd);
        }
        // Noise, rich in sync bytes.
        4 => {
            frame = (0..rng.gen_range(1..40)).map(|_| if rng.gen_bool(0.15) { SYNC[rng.gen_range(0..2)] } else { rng.gen() }).collect();
        }
        // A length over the maximum with a good header CRC.
        5 => {
            let len = rng.gen_range(MAX_PAYLOAD as u16 + 1..=u16::MAX);
            frame[4..6].copy_from_slice(&len.to_le_bytes());
            frame[6] = header_crc(frame[2], frame[3], len);
            frame.truncate(7);
            burst.commands.push(cmd);
        }
        _ => burst.commands.push(cmd),
    }
    burst.bytes.extend(frame);
}

fn check_burst(client: &mut RawClient, burst: &Burst) -> usize {
    client.send(&burst.bytes);
    let responses = client.settle();
    // A sync pattern inside noise or a payload may start a frame of its own: at most one each.
    let syncs = burst.bytes.windows(2).filter(|w| *w == SYNC).count();
    assert!(responses.len() <= syncs, "{} responses to {} frames ({syncs} sync patterns)", responses.len(), burst.frames);
    for response in &responses {
        let Decoded::Frame(frame) = response else { panic!("the board sent a response with a bad CRC: {response:?}") };
        assert!(frame.cmd & RESPONSE_FLAG != 0, "a response without the response flag: {frame:?}");
        assert!(!frame.payload.is_empty(), "a response without a status byte: {frame:?}");
        let sent = burst.commands.contains(&(frame.cmd & !RESPONSE_FLAG));
        assert!(sent || frame.payload[0] != 0, "a successful response to a command never sent: {frame:?}");
    }
    let info = client.request(Command::Info, &[]);
    assert_eq!(info.payload[0], 0, "INFO after a burst");
    responses.len()
}

#[test]
fn random_and_mutated_frames_never_hang_or_corrupt_the_board() {
    let frames: usize = std::env::var("DEEPLOCK_FUZZ_FRAMES").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_FRAMES);
    let mut rng = rand::rngs::StdRng::seed_from_u64(0xF022);
    let mut client = RawClient::new();
    let start = Instant::now();
    let (mut sent, mut bursts, mut answered) = (0, 0, 0);
    while sent < frames {
        let mut burst = Burst::default();
        for _ in 0..FRAMES_PER_BURST {
            add_frame(&mut rng, &mut burst);
        }
        if rng.gen_bool(0.2) {
            // Line noise below the byte level: glitches, breaks, framing errors.
            let levels: Vec<bool> = (0..rng.gen_range(1..400)).map(|_| rng.gen_bool(0.6)).collect();
            client.board.drive_levels(&levels);
        }
        answered += check_burst(&mut client, &burst);
        sent += burst.frames;
        bursts += 1;
    }
    // Whatever the bursts did to the key and the weights, a clean load infers exactly.
    let (model, locked, key) = test_model(11);
    client.request(Command::ClearKey, &[]);
    assert_eq!(client.load_key(&key), 0);
    assert_eq!(client.load_model(&locked), 0);
    let input: Vec<u8> = (0..784).map(|_| rng.gen()).collect();
    assert_eq!(client.run(&input).expect("RUN after the fuzz").logits, model.logits(&input).unwrap());
    eprintln!(
        "frame fuzz: {sent} frames in {bursts} bursts, {answered} responses checked, INFO after every burst, {:.1} s",
        start.elapsed().as_secs_f64()
    );
}
