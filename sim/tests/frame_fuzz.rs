//! The frame fuzzer: random and mutated frames into the virtual board's UART pins, in bursts.
//! After every burst the board must answer INFO, every byte it sent must be a well-formed
//! response to a command that was sent, it may never answer more frames than it was sent, and
//! its refusal counter must cover every refusal it sent. Half the bursts are *accountable*: no
//! truncation and no noise (each frame is good, has a bad CRC-16, a bad header, or a LEN over
//! the maximum), so the link counters must add up exactly to what was sent, and every frame with
//! a good header must be answered or counted as dropped (a refusal). At the end a reloaded model
//! must still infer exactly.
//!
//! CI runs `DEFAULT_FRAMES`; the long run is
//! `DEEPLOCK_FUZZ_FRAMES=100000 cargo test -p deeplock-sim --release --test frame_fuzz -- --nocapture`.

#[path = "support/models.rs"]
mod models;
#[path = "support/raw_client.rs"]
mod raw_client;

use std::time::Instant;

use deeplock::board::LinkCounters;
use deeplock::protocol::{encode_frame, header_crc, Command, Decoded, MAX_PAYLOAD, RESPONSE_FLAG, SYNC};
use rand::{Rng, SeedableRng};
use raw_client::{test_model, RawClient};

/// Link counters saturate at 0xffff: the board is reset before any gets near.
const COUNTER_RESET_AT: u16 = 60_000;

const DEFAULT_FRAMES: usize = 3_000;
const FRAMES_PER_BURST: usize = 40;

/// What went on the line in one burst.
#[derive(Default)]
struct Burst {
    bytes: Vec<u8>,
    frames: usize,
    /// Commands of the frames with a good header (only those may be answered).
    commands: Vec<u8>,
    /// Only frames whose fate is certain: the counts below are exact.
    accountable: bool,
    good: u16,
    bad_crcs: u16,
    bad_headers: u16,
    too_long: u16,
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
    let kind = if burst.accountable { [0, 2, 5, 9][rng.gen_range(0..4)] } else { rng.gen_range(0..10) };
    match kind {
        // A damaged payload or CRC: answered BAD_CRC.
        0 | 1 => {
            let at = rng.gen_range(7..frame.len());
            frame[at] ^= 1 << rng.gen_range(0..8);
            burst.commands.push(cmd);
            burst.bad_crcs += 1;
        }
        // A damaged header: dropped. The hunt goes on through the bytes after SYNC, so in an
        // accountable burst they hold no SYNC0 (else they could start a frame of their own).
        2 => loop {
            frame[rng.gen_range(2..7)] ^= 1 << rng.gen_range(0..8);
            if !burst.accountable || !frame[2..].contains(&SYNC[0]) {
                burst.bad_headers += 1;
                break;
            }
            frame = random_frame(rng).1;
        },
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
            burst.too_long += 1;
        }
        _ => {
            burst.commands.push(cmd);
            burst.good += 1;
        }
    }
    burst.bytes.extend(frame);
}

/// Sends a burst, checks what came back against the counters `before` it, and returns the
/// number of responses and the counters after it.
fn check_burst(client: &mut RawClient, burst: &Burst, before: LinkCounters) -> (usize, LinkCounters) {
    client.send(&burst.bytes);
    let responses = client.settle();
    // A sync pattern inside noise or a payload may start a frame of its own: at most one each.
    let syncs = burst.bytes.windows(2).filter(|w| *w == SYNC).count();
    assert!(responses.len() <= syncs, "{} responses to {} frames ({syncs} sync patterns)", responses.len(), burst.frames);
    let mut refused = 0;
    for response in &responses {
        let Decoded::Frame(frame) = response else { panic!("the board sent a response with a bad CRC: {response:?}") };
        assert!(frame.cmd & RESPONSE_FLAG != 0, "a response without the response flag: {frame:?}");
        assert!(!frame.payload.is_empty(), "a response without a status byte: {frame:?}");
        let sent = burst.commands.contains(&(frame.cmd & !RESPONSE_FLAG));
        assert!(sent || frame.payload[0] != 0, "a successful response to a command never sent: {frame:?}");
        refused += (frame.payload[0] != 0) as u16;
    }
    let info = client.request(Command::Info, &[]);
    assert_eq!(info.payload[0], 0, "INFO after a burst");
    let (_, after) = client.status();
    // Refusals count every refused answer, and the jobs dropped beyond the window.
    assert!(after.refusals - before.refusals >= refused, "{refused} refusals sent, {before:?} -> {after:?}");
    let dropped = after.refusals - before.refusals - refused;
    if burst.accountable {
        // The burst, then INFO and the STATUS that read `after`, each a good frame.
        let counted = (after.frames_ok - before.frames_ok, after.bad_crcs - before.bad_crcs, after.bad_headers - before.bad_headers);
        assert_eq!(counted, (burst.good + 2, burst.bad_crcs, burst.bad_headers), "good, bad CRC, bad header: {before:?} -> {after:?}");
        assert_eq!(after.timeouts, before.timeouts, "a timeout in a burst without cuts");
        let good_headers = (burst.good + burst.bad_crcs + burst.too_long) as usize;
        assert_eq!(responses.len() + dropped as usize, good_headers, "every good header answered or dropped");
    }
    if after.frames_ok.max(after.bad_headers).max(after.refusals) > COUNTER_RESET_AT {
        client.board.set_reset_button(false);
        client.board.run(1_000);
        client.board.set_reset_button(true);
        client.board.run(100_000);
        return (responses.len(), client.status().1);
    }
    (responses.len(), after)
}

#[test]
fn random_and_mutated_frames_never_hang_or_corrupt_the_board() {
    let frames: usize = std::env::var("DEEPLOCK_FUZZ_FRAMES").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_FRAMES);
    let mut rng = rand::rngs::StdRng::seed_from_u64(0xF022);
    let mut client = RawClient::new();
    let start = Instant::now();
    let (mut sent, mut bursts, mut answered) = (0, 0, 0);
    let mut counters = client.status().1;
    while sent < frames {
        let mut burst = Burst { accountable: bursts % 2 == 0, ..Burst::default() };
        for _ in 0..FRAMES_PER_BURST {
            add_frame(&mut rng, &mut burst);
        }
        if !burst.accountable && rng.gen_bool(0.2) {
            // Line noise below the byte level: glitches, breaks, framing errors.
            let levels: Vec<bool> = (0..rng.gen_range(1..400)).map(|_| rng.gen_bool(0.6)).collect();
            client.board.drive_levels(&levels);
        }
        let (responses, after) = check_burst(&mut client, &burst, counters);
        answered += responses;
        counters = after;
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
        "frame fuzz: {sent} frames in {bursts} bursts (half of them accounted exactly), {answered} responses checked, INFO and the counters after every burst, {:.1} s",
        start.elapsed().as_secs_f64()
    );
}
