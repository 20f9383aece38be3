//! The engine against the software stream (`deeplock_spec::hardened_stream::HardenedStream`) at
//! random keys and nonces across chunk boundaries, with random back-pressure, a restart in the
//! middle and a reset that wipes; its bytes per clock with the consumer always ready.

use super::*;
use crate::testing::{cycle, lint};
use deeplock_spec::hardened_stream::HardenedStream;
use deeplock_spec::MasterKey;
use rand::{Rng, SeedableRng};

fn words(bytes: &[u8]) -> Vec<u64> {
    bytes.chunks(4).map(|c| u32::from_le_bytes(c.try_into().unwrap()) as u64).collect()
}

fn engine<const W: usize, const BITS: usize>(rounds: usize, buffered: bool, key: &[u8; 16], nonce: &[u8; 12]) -> Box<AsconKeyStream<W, BITS>> {
    let mut uut: Box<AsconKeyStream<W, BITS>> = Box::new(AsconKeyStream::new(rounds, buffered));
    uut.connect_all();
    let k = words(key);
    let n = words(nonce);
    uut.key_word0.next = k[0].to_bits();
    uut.key_word1.next = k[1].to_bits();
    uut.key_word2.next = k[2].to_bits();
    uut.key_word3.next = k[3].to_bits();
    uut.nonce_word0.next = n[0].to_bits();
    uut.nonce_word1.next = n[1].to_bits();
    uut.nonce_word2.next = n[2].to_bits();
    uut.reset.next = true;
    cycle!(*uut);
    uut.reset.next = false;
    uut.restart.next = true;
    cycle!(*uut);
    uut.restart.next = false;
    uut
}

/// Takes `bytes` stream bytes, the consumer ready with probability `ready`; returns them and the
/// clocks it took.
fn drain<const W: usize, const BITS: usize>(uut: &mut AsconKeyStream<W, BITS>, bytes: usize, ready: f64, rng: &mut impl Rng) -> (Vec<u8>, usize) {
    let mut got = Vec::with_capacity(bytes);
    let mut clocks = 0;
    while got.len() < bytes {
        uut.ks_ready.next = rng.gen_bool(ready);
        rust_hdl::prelude::simulate(uut, 200);
        if uut.ks_valid.val() && uut.ks_ready.val() {
            let beat = uut.ks_data.val();
            for i in 0..W {
                got.push(beat.get_bits::<8>(8 * i).to_u64() as u8);
            }
        }
        cycle!(*uut);
        clocks += 1;
        assert!(clocks < 100 * bytes + 1000, "the stream stalled after {} bytes", got.len());
    }
    uut.ks_ready.next = false;
    (got, clocks)
}

fn expected(key: &[u8; 16], nonce: &[u8; 12], bytes: usize) -> Vec<u8> {
    let mut out = vec![0u8; bytes];
    HardenedStream::at(&MasterKey::from_bytes(*key), nonce, 0).fill(&mut out);
    out
}

fn matches_the_software_stream<const W: usize, const BITS: usize>(rounds: usize, buffered: bool, seed: u64, bytes: usize) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let (key, nonce): ([u8; 16], [u8; 12]) = (rng.gen(), rng.gen());
    let mut uut = engine::<W, BITS>(rounds, buffered, &key, &nonce);
    let (got, _) = drain(&mut *uut, bytes, 0.7, &mut rng);
    assert_eq!(got, expected(&key, &nonce, bytes), "W = {W}, R = {rounds}, buffered {buffered}");
}

#[test]
fn two_lanes_one_round_per_clock_across_two_chunk_boundaries() {
    matches_the_software_stream::<2, 16>(1, true, 1, 2 * CHUNK_BYTES + 100);
}

#[test]
fn two_lanes_unbuffered_across_two_chunk_boundaries() {
    matches_the_software_stream::<2, 16>(1, false, 7, 2 * CHUNK_BYTES + 100);
}

#[test]
fn eight_lanes_four_rounds_per_clock_across_a_chunk_boundary() {
    matches_the_software_stream::<8, 64>(4, true, 2, CHUNK_BYTES + 800);
    matches_the_software_stream::<8, 64>(4, false, 8, CHUNK_BYTES + 800);
}

#[test]
fn one_and_four_lanes_two_rounds_per_clock() {
    matches_the_software_stream::<1, 8>(2, true, 3, 600);
    matches_the_software_stream::<1, 8>(1, false, 9, 600);
    matches_the_software_stream::<4, 32>(2, true, 4, CHUNK_BYTES + 64);
}

/// Clocks for two chunks with the consumer always ready. Buffered: one beat per clock, but for
/// the first beat's latency and the bubble at the chunk boundary. Unbuffered: the rounds between
/// blocks too.
#[test]
fn keeps_up_with_the_lanes() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(5);
    let mut uut = engine::<2, 16>(1, true, &[1; 16], &[2; 12]);
    let (_, clocks) = drain(&mut *uut, 2 * CHUNK_BYTES, 1.0, &mut rng);
    assert_eq!((chunk_bubble(2, 1, true), clocks), (6, restart_latency(1, true) + 2 * 2048 + 6), "W = 2, R = 1");
    let mut uut = engine::<8, 64>(4, true, &[1; 16], &[2; 12]);
    let (_, clocks) = drain(&mut *uut, 2 * CHUNK_BYTES, 1.0, &mut rng);
    assert_eq!((chunk_bubble(8, 4, true), clocks), (3, restart_latency(4, true) + 2 * 512 + 3), "W = 8, R = 4");
    assert_eq!(chunk_clocks(2, 1, true), 2048 + 6);
}

/// Unbuffered, W = 2, R = 1: 8 beats, then 8 clocks of rounds; 5 more at a chunk's start.
#[test]
fn unbuffered_makes_a_byte_per_clock() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(10);
    let mut uut = engine::<2, 16>(1, false, &[1; 16], &[2; 12]);
    let (_, clocks) = drain(&mut *uut, 2 * CHUNK_BYTES, 1.0, &mut rng);
    let per_chunk = 2048 + 255 * 8;
    assert_eq!((chunk_bubble(2, 1, false), restart_latency(1, false)), (5, 13));
    assert_eq!(clocks, 13 + per_chunk + (8 + 5) + per_chunk, "W = 2, R = 1, unbuffered");
    assert_eq!(chunk_clocks(2, 1, false), per_chunk + 8 + 5);
}

#[test]
fn a_restart_in_the_middle_starts_over_and_a_reset_wipes() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(6);
    for buffered in [true, false] {
        restart_and_reset::<2, 16>(buffered, &mut rng);
    }
}

fn restart_and_reset<const W: usize, const BITS: usize>(buffered: bool, rng: &mut impl Rng) {
    let (key, nonce): ([u8; 16], [u8; 12]) = (rng.gen(), rng.gen());
    let mut uut = engine::<W, BITS>(1, buffered, &key, &nonce);
    drain(&mut *uut, 333 * 2, 0.5, rng);
    uut.restart.next = true;
    cycle!(*uut);
    uut.restart.next = false;
    let (got, _) = drain(&mut *uut, 1000, 0.5, rng);
    assert_eq!(got, expected(&key, &nonce, 1000));

    uut.reset.next = true;
    cycle!(*uut);
    uut.reset.next = false;
    for _ in 0..40 {
        cycle!(*uut);
        assert!(!uut.ks_valid.val(), "no stream after a reset until a restart");
    }
    let state = [&uut.x0, &uut.x1, &uut.x2, &uut.x3, &uut.x4].map(|x| x.q.val().to_u64());
    assert_eq!(state, [0; 5], "the state is wiped");
    assert_eq!(uut.buffer.q.val(), Bits::<128>::default(), "the buffer is wiped");
}

#[test]
fn verilog_is_clean() {
    let mut two: AsconKeyStream2 = AsconKeyStream::new(1, false);
    two.connect_all();
    lint("ascon_key_stream2", &generate_verilog(&two));
    let mut eight: AsconKeyStream8 = AsconKeyStream::new(4, true);
    eight.connect_all();
    lint("ascon_key_stream8", &generate_verilog(&eight));
}
