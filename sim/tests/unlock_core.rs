//! The Verilated unlock core (4 and 8 lanes, block-RAM S-Boxes, both lock modes: the synthesized
//! Verilog) against the software reference `deeplock::lock::unlock_in_place`: a million random
//! bytes per build and mode under random keys (and, hardened, random nonces, across chunk
//! boundaries), gaps and back-pressure, restarts mid-stream, the key port's commit, discard and
//! clear rules, and wrong keys. Run in release: `cargo test -p deeplock-sim --release`.

mod support;

use deeplock::lock::{lock_in_place, unlock_in_place, LockMode};
use deeplock::MasterKey;
use deeplock_sim::verilated::{UnlockCore4, UnlockCore8};
use deeplock_sim::Clocked;
use rand::Rng;
use support::unlock::{first_difference, random_payload, random_payload_in, Driver, Pass, Traffic, UnlockPorts};

const MILLION: usize = 1_000_000;

fn verilated4() -> Clocked<UnlockCore4> {
    Clocked::new(UnlockCore4::new())
}

fn verilated8() -> Clocked<UnlockCore8> {
    Clocked::new(UnlockCore8::new())
}

fn assert_unlocked(out: &[u8], plain: &[u8], what: &str) {
    if let Some(i) = first_difference(out, plain) {
        panic!("{what}: {} bytes out for {} expected, first difference at byte {i}", out.len(), plain.len());
    }
}

/// A million random bytes in passes of random length (not always whole beats, up to ten
/// hardened-mode chunks) with a fresh random key each, in paper mode or (`hardened`) at a fresh
/// random nonce each; a third of the passes are cut short by a restart with beats in flight and
/// then run again from offset 0.
fn million_bytes<P: UnlockPorts>(core: P, hardened: bool, seed: u64) {
    let lanes = P::LANES;
    let mut d = Driver::new(core, seed);
    let (mut bytes, mut passes, mut cut_with_beats_in_flight) = (0, 0, 0);
    while bytes < MILLION {
        let key: [u8; 16] = d.rng.gen();
        let len = d.rng.gen_range(1..40_000);
        let mode = if hardened { LockMode::Hardened { nonce: d.rng.gen() } } else { LockMode::Paper };
        d.inputs.set_mode(mode);
        let (locked, plain) = random_payload_in(&mut d.rng, len, &key, mode);
        let traffic = Traffic::random(&mut d.rng);
        d.load_key(&key);
        d.restart();
        let padded_len = locked.len().div_ceil(lanes) * lanes;
        let mut pass = Pass::new(&locked, lanes, d.rng.gen());
        if d.rng.gen_bool(0.33) {
            let stop = d.rng.gen_range(1..=pass.beats() as u64);
            d.run(&mut pass, traffic, stop);
            d.restart_in_traffic(&mut pass, traffic);
            let n = pass.out.len().min(len);
            assert_unlocked(&pass.out[..n], &plain[..n], &format!("W={lanes} pass {passes}: before the restart"));
            cut_with_beats_in_flight += usize::from(pass.taken > pass.delivered_beats(lanes));
            pass = Pass::new(&locked, lanes, d.rng.gen());
        }
        let limit = 100 * pass.beats() as u64 + 100;
        let done = d.run(&mut pass, traffic, limit);
        assert!(done, "W={lanes} pass {passes}: stalled after {} of {} beats ({traffic:?})", pass.delivered_beats(lanes), pass.beats());
        // Exactly the beats offered: nothing lost, nothing duplicated.
        assert_eq!(pass.out.len(), padded_len, "W={lanes} pass {passes}");
        assert_eq!(pass.taken, pass.beats(), "W={lanes} pass {passes}");
        assert_unlocked(&pass.out[..len], &plain, &format!("W={lanes} pass {passes} ({traffic:?})"));
        bytes += len;
        passes += 1;
    }
    let mode = if hardened { "hardened" } else { "paper" };
    eprintln!("W={lanes} {mode}: {bytes} bytes in {passes} passes, {} cycles, {cut_with_beats_in_flight} restarts with beats in flight", d.cycles);
    assert!(cut_with_beats_in_flight >= 5, "W={lanes}: the test should restart with beats in flight");
}

#[test]
fn four_lanes_unlock_a_million_random_bytes() {
    million_bytes(verilated4(), false, 4);
}

#[test]
fn eight_lanes_unlock_a_million_random_bytes() {
    million_bytes(verilated8(), false, 8);
}

#[test]
fn four_lanes_unlock_a_million_hardened_bytes() {
    million_bytes(verilated4(), true, 44);
}

#[test]
fn eight_lanes_unlock_a_million_hardened_bytes() {
    million_bytes(verilated8(), true, 88);
}

/// Data locked under one key, streamed with another: the output is what the reference makes of
/// it with the wrong key (so the core really uses the key it holds), and almost no byte matches.
fn wrong_keys<P: UnlockPorts>(core: P, mode: LockMode, seed: u64) {
    let lanes = P::LANES;
    let mut d = Driver::new(core, seed);
    d.inputs.set_mode(mode);
    let key: [u8; 16] = d.rng.gen();
    let plain: Vec<u8> = (0..8192).map(|_| d.rng.gen()).collect();
    let mut locked = plain.clone();
    lock_in_place(&mut locked, &MasterKey::from_bytes(key), mode, 0);
    let mut one_bit_off = key;
    one_bit_off[15] ^= 0x80;
    let mut random: [u8; 16] = d.rng.gen();
    random[0] ^= u8::from(random == key);
    let mut outputs = Vec::new();
    for try_key in [key, one_bit_off, random] {
        d.load_key(&try_key);
        d.restart();
        let mut pass = Pass::new(&locked, lanes, 0);
        assert!(d.run(&mut pass, Traffic { p_valid: 0.9, p_ready: 0.9 }, 100_000));
        let mut expected = locked.clone();
        unlock_in_place(&mut expected, &MasterKey::from_bytes(try_key), mode, 0);
        assert_unlocked(&pass.out, &expected, &format!("W={lanes}: the reference with key {try_key:02x?}"));
        outputs.push(pass.out);
    }
    assert_unlocked(&outputs[0], &plain, &format!("W={lanes}: the right key"));
    for (out, what) in outputs[1..].iter().zip(["a one-bit key change", "a random wrong key"]) {
        let same = out.iter().zip(&plain).filter(|(a, b)| a == b).count();
        // Random bytes agree 1 time in 256 (32 of 8192); allow twice that.
        assert!(same < 64, "W={lanes}: with {what}, {same} of {} bytes are still right", plain.len());
    }
}

#[test]
fn a_wrong_key_gives_wrong_bytes() {
    for mode in [LockMode::Paper, LockMode::Hardened { nonce: [0xc3; 12] }] {
        wrong_keys(verilated4(), mode, 40);
        wrong_keys(verilated8(), mode, 80);
    }
}

/// Hardened mode: the same key under another nonce is a wrong key stream (the nonce reaches the
/// engine), and a restart under the right one unlocks.
#[test]
fn a_wrong_nonce_gives_wrong_bytes() {
    let mut d = Driver::new(verilated4(), 41);
    let key: [u8; 16] = d.rng.gen();
    let nonce: [u8; 12] = d.rng.gen();
    let (locked, plain) = random_payload_in(&mut d.rng, 9000, &key, LockMode::Hardened { nonce });
    d.load_key(&key);
    for (byte, bit) in [(0, 0x01), (11, 0x80), (5, 0x10)] {
        let mut other = nonce;
        other[byte] ^= bit;
        d.inputs.set_mode(LockMode::Hardened { nonce: other });
        d.restart();
        let mut pass = Pass::new(&locked, 4, 0);
        assert!(d.run(&mut pass, Traffic::FULL, 100_000));
        let same = pass.out.iter().zip(&plain).filter(|(a, b)| a == b).count();
        assert!(same < 80, "nonce byte {byte} changed: {same} of {} bytes still right", plain.len());
    }
    d.inputs.set_mode(LockMode::Hardened { nonce });
    d.restart();
    let mut pass = Pass::new(&locked, 4, 0);
    assert!(d.run(&mut pass, Traffic::FULL, 100_000));
    assert_unlocked(&pass.out[..plain.len()], &plain, "the right nonce");
}

/// The key port: a commit takes exactly 16 bytes written since the last commit, clear or
/// discard, with no write in the commit cycle; a rejected commit keeps the key in use; a commit
/// takes effect at the next restart; `key_clear` stops the stream and leaves the all-zero key.
fn key_port<P: UnlockPorts>(core: P, seed: u64) {
    let lanes = P::LANES;
    let mut d = Driver::new(core, seed);
    let (k1, k2, k3): ([u8; 16], [u8; 16], [u8; 16]) = (d.rng.gen(), d.rng.gen(), d.rng.gen());
    let (locked, _) = random_payload(&mut d.rng, 4000, &k1);
    let unlocked = |key: &[u8; 16]| {
        let mut p = locked.clone();
        unlock_in_place(&mut p, &MasterKey::from_bytes(*key), LockMode::Paper, 0);
        p
    };
    let traffic = Traffic { p_valid: 0.8, p_ready: 0.8 };
    let stream_whole = |d: &mut Driver<P>, key: &[u8; 16], what: &str| {
        d.restart();
        let mut pass = Pass::new(&locked, lanes, 0);
        assert!(d.run(&mut pass, traffic, 100_000), "W={lanes} {what}: stalled");
        assert_unlocked(&pass.out, &unlocked(key), &format!("W={lanes} {what}"));
    };

    assert!(!d.peek().key_loaded, "no key after reset");
    for count in [0, 1, 15, 17, 40] {
        d.write_key_bytes(&k2[..].repeat(3)[..count]);
        assert_eq!(d.commit(), (false, true), "W={lanes}: a commit after {count} bytes must be rejected");
    }
    d.load_key(&k1);
    stream_whole(&mut d, &k1, "k1");

    // Rejected commits leave k1 in use.
    d.write_key_bytes(&k2[..15]);
    assert_eq!(d.commit(), (true, true), "15 bytes");
    d.write_key_bytes(&k2[..15]);
    d.inputs.key_write = true; // the 16th byte in the commit cycle
    assert_eq!(d.commit(), (true, true), "a write in the commit cycle");
    d.write_key_bytes(&k2[..10]);
    d.inputs.key_discard = true;
    d.step();
    d.write_key_bytes(&k2[10..]);
    assert_eq!(d.commit(), (true, true), "16 bytes across a discard");
    stream_whole(&mut d, &k1, "k1 after rejected commits");

    // A key committed mid-stream takes effect at the next restart only (and bytes dropped by a
    // discard do not count towards it).
    d.restart();
    let mut pass = Pass::new(&locked, lanes, 0);
    d.run(&mut pass, traffic, 500);
    d.write_key_bytes(&k3[..5]);
    d.inputs.key_discard = true;
    d.step();
    d.load_key(&k2);
    assert!(d.run(&mut pass, traffic, 100_000));
    assert_unlocked(&pass.out, &unlocked(&k1), &format!("W={lanes}: k2 committed mid-stream"));
    stream_whole(&mut d, &k2, "k2 after the restart");

    // key_clear mid-stream: key_loaded drops, nothing comes out, whatever is offered.
    d.restart();
    let mut pass = Pass::new(&locked, lanes, 0);
    d.run(&mut pass, Traffic::FULL, 300);
    d.inputs.key_clear = true;
    d.step();
    assert!(!d.peek().key_loaded, "W={lanes}: key_loaded after key_clear");
    let delivered = pass.out.len();
    d.run(&mut pass, Traffic::FULL, 500);
    assert_eq!(pass.out.len(), delivered, "W={lanes}: plaintext after key_clear");
    // The core unlocks with the all-zero key until a key is committed (the controller checks
    // key_loaded); a new key then takes over.
    stream_whole(&mut d, &[0; 16], "the zero key after key_clear");
    d.load_key(&k3);
    stream_whole(&mut d, &k3, "k3 after key_clear");

    // Reset mid-stream: the same as key_clear.
    d.restart();
    let mut pass = Pass::new(&locked, lanes, 0);
    d.run(&mut pass, Traffic::FULL, 300);
    d.inputs.reset = true;
    d.step();
    assert!(!d.peek().key_loaded, "W={lanes}: key_loaded after reset");
    let delivered = pass.out.len();
    d.run(&mut pass, Traffic::FULL, 500);
    assert_eq!(pass.out.len(), delivered, "W={lanes}: plaintext after reset");
    d.load_key(&k1);
    stream_whole(&mut d, &k1, "k1 after reset");
}

#[test]
fn key_commit_discard_and_clear() {
    key_port(verilated4(), 41);
    key_port(verilated8(), 81);
}
