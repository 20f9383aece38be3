//! Tests of `UnlockCore` against the `deeplock` software reference, plus Verilog checks.

use std::fmt::Write;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_hdl::prelude::*;

use deeplock_spec::lock::{lock_in_place, LockMode};
use deeplock_spec::MasterKey;

use super::*;
use crate::testing::{cycle, iverilog, lint, settle};

/// The core plus a producer and a consumer that obey the stream rules (an offered beat is held
/// until taken) with random `valid` gaps and random `ready` back-pressure.
struct Bench<const W: usize, const BITS: usize, const NS: usize, const SB: usize> {
    uut: UnlockCore<W, BITS, NS, SB>,
    rng: StdRng,
    cycle: u64,
}

/// A beat taken or delivered, with the cycle it happened in.
struct Transfer {
    bytes: Vec<u8>,
    cycle: u64,
}

impl<const W: usize, const BITS: usize, const NS: usize, const SB: usize> Bench<W, BITS, NS, SB> {
    fn new(sbox: SboxImpl, seed: u64) -> Self {
        let mut uut = UnlockCore::<W, BITS, NS, SB>::new(sbox);
        uut.connect_all();
        let mut bench = Bench { uut, rng: StdRng::seed_from_u64(seed), cycle: 0 };
        bench.idle();
        bench.uut.reset.next = true;
        bench.step();
        bench.idle();
        bench
    }

    fn idle(&mut self) {
        let u = &mut self.uut;
        u.reset.next = false;
        u.key.write.next = false;
        u.key.commit.next = false;
        u.key.clear.next = false;
        u.restart.next = false;
        u.locked_valid.next = false;
        u.plain_ready.next = false;
    }

    fn step(&mut self) {
        cycle!(self.uut);
        self.cycle += 1;
    }

    fn load_key(&mut self, key: &[u8; 16]) {
        for &b in key {
            self.uut.key.write.next = true;
            self.uut.key.write_data.next = b.to_bits();
            self.step();
        }
        self.idle();
        self.uut.key.commit.next = true;
        self.step();
        self.idle();
        for _ in 1..crate::crypto::key_register::COMMIT_LATENCY {
            self.step();
        }
        assert!(!self.uut.key.commit_error.val() && self.uut.key.loaded.val(), "key load failed");
    }

    fn restart(&mut self) {
        self.uut.restart.next = true;
        self.step();
        self.idle();
    }

    /// Offers the beats of `locked` (at most `max_cycles` cycles) and returns what was taken and
    /// what came out.
    fn stream(&mut self, locked: &[u8], p_valid: f64, p_ready: f64, max_cycles: u64) -> (Vec<Transfer>, Vec<Transfer>) {
        let beats: Vec<&[u8]> = locked.chunks(W).collect();
        let (mut next, mut offered) = (0, false);
        let (mut taken, mut delivered) = (Vec::new(), Vec::new());
        let start = self.cycle;
        while delivered.len() < beats.len() && self.cycle - start < max_cycles {
            if !offered && next < beats.len() && self.rng.gen_bool(p_valid) {
                let mut word = [0u8; 8];
                word[..W].copy_from_slice(beats[next]);
                self.uut.locked_data.next = u64::from_le_bytes(word).to_bits();
                offered = true;
            }
            self.uut.locked_valid.next = offered;
            self.uut.plain_ready.next = self.rng.gen_bool(p_ready);
            settle(&mut self.uut);
            if offered && self.uut.locked_ready.val() {
                taken.push(Transfer { bytes: beats[next].to_vec(), cycle: self.cycle });
                next += 1;
                offered = false;
            }
            if self.uut.plain_valid.val() && self.uut.plain_ready.val() {
                let bytes = self.uut.plain_data.val().to_u64().to_le_bytes()[..W].to_vec();
                delivered.push(Transfer { bytes, cycle: self.cycle });
            }
            self.step();
        }
        self.idle();
        (taken, delivered)
    }
}

fn bytes_of(transfers: &[Transfer]) -> Vec<u8> {
    transfers.iter().flat_map(|t| t.bytes.iter().copied()).collect()
}

fn locked(plain: &[u8], key: &[u8; 16]) -> Vec<u8> {
    let mut data = plain.to_vec();
    lock_in_place(&mut data, &MasterKey::from_bytes(*key), LockMode::Paper, 0);
    data
}

/// `total` random bytes in passes with fresh random keys; random gaps and back-pressure.
fn unlock_random<const W: usize, const BITS: usize, const NS: usize, const SB: usize>(sbox: SboxImpl, total: usize, seed: u64) {
    let mut bench = Bench::<W, BITS, NS, SB>::new(sbox, seed);
    let mut done = 0;
    let mut pass = 0;
    while done < total {
        let key: [u8; 16] = bench.rng.gen();
        let len = (bench.rng.gen_range(2_000..12_000usize) / 8) * 8;
        let plain: Vec<u8> = (0..len).map(|_| bench.rng.gen()).collect();
        bench.load_key(&key);
        bench.restart();
        // Vary the traffic per pass, from a trickle to nearly full speed.
        let (p_valid, p_ready) = [(0.5, 0.5), (0.9, 0.7), (0.7, 0.95), (0.97, 0.97)][pass % 4];
        let (_, out) = bench.stream(&locked(&plain, &key), p_valid, p_ready, 40 * len as u64);
        assert_eq!(bytes_of(&out).len(), plain.len(), "W={W} {sbox} pass {pass}: lost beats");
        assert!(bytes_of(&out) == plain, "W={W} {sbox} pass {pass}: wrong plaintext");
        done += len;
        pass += 1;
    }
}

#[test]
fn unlocks_100k_random_bytes_four_lanes() {
    for sbox in SboxImpl::ALL {
        unlock_random::<4, 32, 2, 16>(sbox, 100_000, 4);
    }
}

#[test]
fn unlocks_100k_random_bytes_two_lanes() {
    for sbox in SboxImpl::ALL {
        unlock_random::<2, 16, 1, 8>(sbox, 100_000, 2);
    }
}

#[test]
fn unlocks_100k_random_bytes_eight_lanes() {
    for sbox in SboxImpl::ALL {
        unlock_random::<8, 64, 4, 32>(sbox, 100_000, 8);
    }
}

#[test]
fn unlocks_100k_random_bytes_one_lane() {
    for sbox in SboxImpl::ALL {
        unlock_random::<1, 8, 1, 8>(sbox, 100_000, 1);
    }
}

/// Full flow: one beat per clock, each beat out exactly two cycles after it was taken.
fn latency_and_throughput<const W: usize, const BITS: usize, const NS: usize, const SB: usize>(sbox: SboxImpl) {
    let mut bench = Bench::<W, BITS, NS, SB>::new(sbox, 7);
    let key: [u8; 16] = bench.rng.gen();
    let plain: Vec<u8> = (0..64 * W).map(|_| bench.rng.gen()).collect();
    bench.load_key(&key);
    bench.restart();
    for _ in 0..restart_to_key_stream(W) {
        bench.step();
    }
    let (taken, out) = bench.stream(&locked(&plain, &key), 1.0, 1.0, 1000);
    assert!(bytes_of(&out) == plain);
    for (i, (t, o)) in taken.iter().zip(&out).enumerate() {
        assert_eq!(o.cycle - t.cycle, 2, "W={W} {sbox}: latency of beat {i}");
        assert_eq!(t.cycle - taken[0].cycle, i as u64, "W={W} {sbox}: input bubble before beat {i}");
    }
}

#[test]
fn two_cycle_latency_and_one_beat_per_clock() {
    for sbox in SboxImpl::ALL {
        latency_and_throughput::<1, 8, 1, 8>(sbox);
        latency_and_throughput::<2, 16, 1, 8>(sbox);
        latency_and_throughput::<4, 32, 2, 16>(sbox);
        latency_and_throughput::<8, 64, 4, 32>(sbox);
    }
}

/// Restart in the middle of a pass: beats in flight are dropped, the output so far is a prefix of
/// the plaintext, and the pass offered again from offset 0 comes out whole.
fn restart_mid_stream<const W: usize, const BITS: usize, const NS: usize, const SB: usize>(sbox: SboxImpl) {
    let mut bench = Bench::<W, BITS, NS, SB>::new(sbox, 11);
    let key: [u8; 16] = bench.rng.gen();
    let plain: Vec<u8> = (0..400 * W).map(|_| bench.rng.gen()).collect();
    let locked = locked(&plain, &key);
    bench.load_key(&key);
    bench.restart();
    let mut restarts_with_beats_in_flight = 0;
    for stop_after in [37u64, 5, 1, 120, 64, 9] {
        let (taken, out) = bench.stream(&locked, 0.9, 0.8, stop_after);
        let before = bytes_of(&out);
        restarts_with_beats_in_flight += usize::from(taken.len() > out.len());
        assert!(before == plain[..before.len()], "W={W} {sbox}: output before restart is not a prefix");
        bench.restart();
        let (_, out) = bench.stream(&locked, 0.8, 0.9, 100 * plain.len() as u64);
        assert!(bytes_of(&out) == plain, "W={W} {sbox}: pass after restart (stopped after {stop_after})");
        bench.restart();
    }
    assert!(restarts_with_beats_in_flight >= 2, "W={W}: the test should restart with beats in flight");
}

#[test]
fn restart_mid_stream_flushes_and_starts_over() {
    for sbox in SboxImpl::ALL {
        restart_mid_stream::<1, 8, 1, 8>(sbox);
        restart_mid_stream::<2, 16, 1, 8>(sbox);
        restart_mid_stream::<4, 32, 2, 16>(sbox);
        restart_mid_stream::<8, 64, 4, 32>(sbox);
    }
}

#[test]
fn key_clear_stops_the_stream_and_a_new_key_takes_over() {
    let mut bench = Bench::<4, 32, 2, 16>::new(SboxImpl::BlockRam, 3);
    let (k1, k2): ([u8; 16], [u8; 16]) = (bench.rng.gen(), bench.rng.gen());
    let plain: Vec<u8> = (0..256).map(|_| bench.rng.gen()).collect();
    bench.load_key(&k1);
    bench.restart();
    bench.stream(&locked(&plain, &k1), 1.0, 1.0, 20);
    bench.uut.key.clear.next = true;
    bench.step();
    bench.idle();
    bench.step();
    assert!(!bench.uut.key.loaded.val());
    // Nothing comes out after a clear, whatever is offered.
    let (_, out) = bench.stream(&locked(&plain, &k1), 1.0, 1.0, 50);
    assert!(out.is_empty(), "no plaintext after key_clear");
    bench.load_key(&k2);
    bench.restart();
    let (_, out) = bench.stream(&locked(&plain, &k2), 0.8, 0.8, 10_000);
    assert!(bytes_of(&out) == plain);
}

#[test]
fn rejects_unsupported_lane_counts() {
    assert!(matches!(verilog(3, SboxImpl::BlockRam), Err(CoreError::UnsupportedLanes(3))));
    assert!(matches!(verilog(16, SboxImpl::Logic), Err(CoreError::UnsupportedLanes(16))));
}

#[test]
fn verilog_is_clean_and_the_key_reaches_only_the_schedule() {
    // The 2-lane core is the one the Cu ships: the isolation check must cover it.
    assert!(SUPPORTED_LANES.contains(&deeplock_spec::boards::ALCHITRY_CU.lanes), "the shipped lane count is checked");
    for lanes in SUPPORTED_LANES {
        for sbox in SboxImpl::ALL {
            let v = verilog(lanes, sbox).expect("supported configuration");
            lint(&format!("unlock_core_{lanes}_{sbox}"), &v);
            // In the top module, key-register outputs may only be declared, bound to the instance,
            // or assigned to the schedule's key inputs.
            let top = &v[v.find("module top(").unwrap()..];
            let top = &top[..top.find("endmodule").unwrap()];
            for line in top.lines().filter(|l| l.contains("key_register$key_word")) {
                let l = line.trim();
                let ok = l.starts_with("wire ")
                    || l.starts_with(".key_word")
                    || (l.starts_with("key_schedule$key_word") && l.matches("key_register$key_word").count() == 1);
                assert!(ok, "key bits used outside the key schedule: {l}");
            }
        }
    }
}

/// Runs the same random stimulus through rust-hdl and through iverilog on the generated Verilog
/// and compares every output in every cycle (catches Rust-vs-Verilog width differences).
fn rust_hdl_matches_iverilog<const W: usize, const BITS: usize, const NS: usize, const SB: usize>(sbox: SboxImpl) {
    const CYCLES: usize = 1500;
    let mut rng = StdRng::seed_from_u64(99 + W as u64);
    // Per cycle: reset, key_write, key_write_data, key_commit, key_clear, restart, locked_valid,
    // plain_ready, locked_data.
    let key: [u8; 16] = rng.gen();
    let mut stimulus: Vec<(bool, bool, u8, bool, bool, bool, bool, bool, u64)> = Vec::new();
    stimulus.push((true, false, 0, false, false, false, false, false, 0));
    for &b in &key {
        stimulus.push((false, true, b, false, false, false, false, false, 0));
    }
    stimulus.push((false, false, 0, true, false, false, false, false, 0));
    stimulus.push((false, false, 0, false, false, true, false, false, 0));
    while stimulus.len() < CYCLES {
        let data = rng.gen::<u64>() & (u64::MAX >> (64 - BITS));
        let rare = |rng: &mut StdRng, p| rng.gen_bool(p);
        stimulus.push((
            rare(&mut rng, 0.002),
            rare(&mut rng, 0.01),
            rng.gen(),
            rare(&mut rng, 0.01),
            rare(&mut rng, 0.003),
            rare(&mut rng, 0.01),
            rng.gen_bool(0.7),
            rng.gen_bool(0.7),
            data,
        ));
    }

    let mut uut = UnlockCore::<W, BITS, NS, SB>::new(sbox);
    uut.connect_all();
    let mut expected = String::new();
    for &(reset, write, byte, commit, clear, restart, valid, ready, data) in &stimulus {
        uut.reset.next = reset;
        uut.key.write.next = write;
        uut.key.write_data.next = byte.to_bits();
        uut.key.commit.next = commit;
        uut.key.clear.next = clear;
        uut.restart.next = restart;
        uut.locked_valid.next = valid;
        uut.plain_ready.next = ready;
        uut.locked_data.next = data.to_bits();
        settle(&mut uut);
        let _ = writeln!(
            expected,
            "{:x} {} {} {} {}",
            uut.plain_data.val().to_u64(),
            u8::from(uut.plain_valid.val()),
            u8::from(uut.locked_ready.val()),
            u8::from(uut.key.loaded.val()),
            u8::from(uut.key.commit_error.val())
        );
        cycle!(uut);
    }

    let mut memory = String::new();
    for &(reset, write, byte, commit, clear, restart, valid, ready, data) in &stimulus {
        let flags = [reset, write, commit, clear, restart, valid, ready].iter().fold(0u64, |a, &f| (a << 1) | u64::from(f));
        let _ = writeln!(memory, "{:x}", (u128::from(flags) << (BITS + 8)) | (u128::from(byte) << BITS) | u128::from(data));
    }
    let name = format!("unlock_core_diff_{W}_{sbox}");
    let dir = crate::testing::scratch_dir(&name);
    std::fs::write(dir.join("stimulus.hex"), memory).unwrap();
    let width = BITS + 15;
    let testbench = format!(
        r#"
module tb;
    reg [{top}:0] stim [0:{last}];
    reg clock = 0;
    reg reset, key_write, key_commit, key_clear, restart, locked_valid, plain_ready;
    reg [7:0] key_write_data;
    reg [{msb}:0] locked_data;
    wire [{msb}:0] plain_data;
    wire plain_valid, locked_ready, key_loaded, key_commit_error;
    integer i;
    top uut(.clock(clock), .reset(reset), .key$write(key_write), .key$write_data(key_write_data),
        .key$commit(key_commit), .key$clear(key_clear), .key$commit_error(key_commit_error),
        .key$loaded(key_loaded), .restart(restart), .locked_data(locked_data),
        .locked_valid(locked_valid), .locked_ready(locked_ready), .plain_data(plain_data),
        .plain_valid(plain_valid), .plain_ready(plain_ready));
    initial begin
        $readmemh("stimulus.hex", stim);
        for (i = 0; i <= {last}; i = i + 1) begin
            {{reset, key_write, key_commit, key_clear, restart, locked_valid, plain_ready, key_write_data, locked_data}} = stim[i];
            #1 $display("%h %b %b %b %b", plain_data, plain_valid, locked_ready, key_loaded, key_commit_error);
            #1 clock = 1;
            #1 clock = 0;
        end
        $finish;
    end
endmodule
"#,
        top = width - 1,
        last = stimulus.len() - 1,
        msb = BITS - 1,
    );
    let verilog = generate_verilog(&uut);
    let got = iverilog(&name, &verilog, &testbench);
    // iverilog prints leading zeros; compare numerically, line by line.
    let normalize = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let mut fields = l.split_whitespace();
                let data = u64::from_str_radix(fields.next().unwrap(), 16).unwrap_or(u64::MAX);
                format!("{data:x} {}", fields.collect::<Vec<_>>().join(" "))
            })
            .collect()
    };
    let (want, got) = (normalize(&expected), normalize(&got));
    assert_eq!(want.len(), got.len(), "{name}: cycle count");
    for (i, (w, g)) in want.iter().zip(&got).enumerate() {
        assert_eq!(w, g, "{name}: cycle {i}: rust-hdl vs iverilog");
    }
    // The stimulus must have exercised the datapath.
    assert!(want.iter().filter(|l| l.split_whitespace().nth(1) == Some("1")).count() > 100, "{name}: too few output beats");
}

#[test]
fn rust_hdl_simulation_matches_iverilog() {
    for sbox in SboxImpl::ALL {
        rust_hdl_matches_iverilog::<1, 8, 1, 8>(sbox);
        rust_hdl_matches_iverilog::<4, 32, 2, 16>(sbox);
        rust_hdl_matches_iverilog::<8, 64, 4, 32>(sbox);
    }
}
