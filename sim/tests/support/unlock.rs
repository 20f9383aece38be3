//! Drives an unlock core through its ports, whichever simulator runs it: the Verilated tops
//! (`unlock_core4`, `unlock_core8`) or rust-hdl's own simulator stepping
//! `deeplock_hdl::crypto::unlock_core::UnlockCore4`/`8` directly. A [`Driver`] plays a producer that
//! holds an offered beat until it is taken (random `locked_valid` gaps, junk data while idle) and
//! a consumer with random `plain_ready`, and records what goes through. Shared by the tests and
//! the benchmark (`#[path]`-included: the crate's library is not the place for test benches).

#![allow(dead_code)] // each test binary uses a different part

use deeplock::lock::{unlock_in_place, LockMode};
use deeplock::MasterKey;
use deeplock_hdl::crypto::key_register::COMMIT_LATENCY;
use deeplock_sim::verilated::{UnlockCore4, UnlockCore8};
use deeplock_sim::Clocked;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_hdl::prelude::*;

/// Every input port of the core (besides the clock) for one cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    pub reset: bool,
    pub key_write: bool,
    pub key_write_data: u8,
    pub key_commit: bool,
    pub key_clear: bool,
    pub key_discard: bool,
    pub restart: bool,
    pub locked_data: u64,
    pub locked_valid: bool,
    pub plain_ready: bool,
    /// The lock section: hardened mode, and the model's nonce.
    pub hardened: bool,
    pub nonce: [u8; 12],
}

impl Inputs {
    /// Nonce word `i` as the CONFIG registers present it (N[4i] in bits [7:0]).
    pub fn nonce_word(&self, i: usize) -> u32 {
        u32::from_le_bytes(self.nonce[4 * i..4 * i + 4].try_into().unwrap())
    }

    /// The lock section's inputs for `mode`.
    pub fn set_mode(&mut self, mode: LockMode) {
        self.hardened = matches!(mode, LockMode::Hardened { .. });
        self.nonce = mode.nonce();
    }
}

/// Every output port, read after the inputs settled and before the edge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outputs {
    pub locked_ready: bool,
    pub plain_valid: bool,
    pub plain_data: u64,
    pub key_loaded: bool,
    pub key_commit_error: bool,
}

/// An unlock core in some simulator.
pub trait UnlockPorts {
    /// Bytes per beat.
    const LANES: usize;
    /// Drives the inputs and settles the combinational outputs (no clock edge).
    fn apply(&mut self, inputs: &Inputs);
    fn outputs(&self) -> Outputs;
    /// One clock: the applied inputs are sampled at the rising edge.
    fn cycle(&mut self);
}

macro_rules! verilated_ports {
    ($model:ty, $lanes:expr) => {
        impl UnlockPorts for Clocked<$model> {
            const LANES: usize = $lanes;
            fn apply(&mut self, i: &Inputs) {
                let m = &mut self.model;
                m.set_reset(i.reset as u64);
                m.set_key_write(i.key_write as u64);
                m.set_key_write_data(i.key_write_data as u64);
                m.set_key_commit(i.key_commit as u64);
                m.set_key_clear(i.key_clear as u64);
                m.set_key_discard(i.key_discard as u64);
                m.set_restart(i.restart as u64);
                m.set_locked_data(i.locked_data);
                m.set_locked_valid(i.locked_valid as u64);
                m.set_plain_ready(i.plain_ready as u64);
                m.set_hardened(i.hardened as u64);
                m.set_nonce_word0(i.nonce_word(0) as u64);
                m.set_nonce_word1(i.nonce_word(1) as u64);
                m.set_nonce_word2(i.nonce_word(2) as u64);
                self.settle();
            }
            fn outputs(&self) -> Outputs {
                let m = &self.model;
                Outputs {
                    locked_ready: m.locked_ready() != 0,
                    plain_valid: m.plain_valid() != 0,
                    plain_data: m.plain_data(),
                    key_loaded: m.key_loaded() != 0,
                    key_commit_error: m.key_commit_error() != 0,
                }
            }
            fn cycle(&mut self) {
                Clocked::cycle(self)
            }
        }
    };
}
verilated_ports!(UnlockCore4, 4);
verilated_ports!(UnlockCore8, 8);

/// A rust-hdl block stepped directly with `simulate` (as deeplock-hdl's tests do): about 80x
/// faster than rust-hdl's threaded `Simulation`.
pub struct RustHdl<B>(pub B);

/// Delta cycles `simulate` may take to settle.
const SETTLE_LIMIT: usize = 200;

macro_rules! rust_hdl_ports {
    ($block:ty, $lanes:expr) => {
        impl RustHdl<$block> {
            pub fn new() -> Self {
                let modes = deeplock::memory_map::LockModes::BOTH;
                let mut uut = <$block>::new(deeplock_hdl::crypto::sbox::SboxImpl::BlockRam, modes);
                uut.connect_all();
                RustHdl(uut)
            }
        }
        impl UnlockPorts for RustHdl<$block> {
            const LANES: usize = $lanes;
            fn apply(&mut self, i: &Inputs) {
                let u = &mut self.0;
                u.reset.next = i.reset;
                u.key.write.next = i.key_write;
                u.key.write_data.next = (i.key_write_data as u64).to_bits();
                u.key.commit.next = i.key_commit;
                u.key.clear.next = i.key_clear;
                u.key.discard.next = i.key_discard;
                u.restart.next = i.restart;
                u.locked_data.next = i.locked_data.to_bits();
                u.locked_valid.next = i.locked_valid;
                u.plain_ready.next = i.plain_ready;
                u.hardened.next = i.hardened;
                u.nonce_word0.next = i.nonce_word(0).to_bits();
                u.nonce_word1.next = i.nonce_word(1).to_bits();
                u.nonce_word2.next = i.nonce_word(2).to_bits();
                assert!(simulate(u, SETTLE_LIMIT), "inputs did not settle");
            }
            fn outputs(&self) -> Outputs {
                let u = &self.0;
                Outputs {
                    locked_ready: u.locked_ready.val(),
                    plain_valid: u.plain_valid.val(),
                    plain_data: u.plain_data.val().to_u64(),
                    key_loaded: u.key.loaded.val(),
                    key_commit_error: u.key.commit_error.val(),
                }
            }
            fn cycle(&mut self) {
                // The inputs were settled by `apply`; inputs never change with the edge (a race).
                let u = &mut self.0;
                u.clock.next = true.into();
                assert!(simulate(u, SETTLE_LIMIT), "rising edge did not settle");
                u.clock.next = false.into();
                assert!(simulate(u, SETTLE_LIMIT), "falling edge did not settle");
            }
        }
    };
}
rust_hdl_ports!(deeplock_hdl::crypto::unlock_core::UnlockCore4, 4);
rust_hdl_ports!(deeplock_hdl::crypto::unlock_core::UnlockCore8, 8);

/// Two simulators of the same core driven with the same inputs; every output is compared in
/// every cycle (`plain_data` only while `plain_valid`: the register is not reset).
pub struct Lockstep<A, B> {
    pub a: A,
    pub b: B,
    pub cycles: u64,
    pub beats_compared: u64,
}

impl<A: UnlockPorts, B: UnlockPorts> Lockstep<A, B> {
    pub fn new(a: A, b: B) -> Self {
        assert_eq!(A::LANES, B::LANES);
        Lockstep { a, b, cycles: 0, beats_compared: 0 }
    }
}

impl<A: UnlockPorts, B: UnlockPorts> UnlockPorts for Lockstep<A, B> {
    const LANES: usize = A::LANES;
    fn apply(&mut self, inputs: &Inputs) {
        self.a.apply(inputs);
        self.b.apply(inputs);
        let (mut a, mut b) = (self.a.outputs(), self.b.outputs());
        if !(a.plain_valid && b.plain_valid) {
            (a.plain_data, b.plain_data) = (0, 0);
        } else {
            self.beats_compared += 1;
        }
        assert_eq!(a, b, "the simulators differ in cycle {} with inputs {inputs:?}", self.cycles);
    }
    fn outputs(&self) -> Outputs {
        self.a.outputs()
    }
    fn cycle(&mut self) {
        self.a.cycle();
        self.b.cycle();
        self.cycles += 1;
    }
}

/// How busy the producer and the consumer are.
#[derive(Clone, Copy, Debug)]
pub struct Traffic {
    /// Chance per cycle that the producer offers its next beat (when it has none offered).
    pub p_valid: f64,
    /// Chance per cycle that the consumer is ready.
    pub p_ready: f64,
}

impl Traffic {
    pub const FULL: Traffic = Traffic { p_valid: 1.0, p_ready: 1.0 };

    /// From a trickle to full speed; a quarter of the passes run at full speed.
    pub fn random(rng: &mut StdRng) -> Traffic {
        if rng.gen_bool(0.25) {
            Traffic::FULL
        } else {
            Traffic { p_valid: rng.gen_range(0.2..1.0), p_ready: rng.gen_range(0.2..1.0) }
        }
    }
}

/// One pass of a locked payload through the core, from offset 0.
pub struct Pass {
    beats: Vec<u64>,
    next: usize,
    offered: bool,
    /// Beats the core has taken.
    pub taken: usize,
    /// Plaintext bytes delivered (whole beats).
    pub out: Vec<u8>,
}

impl Pass {
    /// The beats of `locked` (the last one padded with `pad`).
    pub fn new(locked: &[u8], lanes: usize, pad: u8) -> Self {
        let beats = locked
            .chunks(lanes)
            .map(|c| {
                let mut word = [pad; 8];
                word[..c.len()].copy_from_slice(c);
                u64::from_le_bytes(word)
            })
            .collect();
        Pass { beats, next: 0, offered: false, taken: 0, out: Vec::new() }
    }

    pub fn beats(&self) -> usize {
        self.beats.len()
    }

    pub fn delivered_beats(&self, lanes: usize) -> usize {
        self.out.len() / lanes
    }

    pub fn complete(&self, lanes: usize) -> bool {
        self.delivered_beats(lanes) >= self.beats.len()
    }
}

/// A core with a producer and a consumer, and random choices from one seed.
pub struct Driver<P: UnlockPorts> {
    pub core: P,
    pub rng: StdRng,
    /// The inputs of the next cycle; strobes drop after each cycle.
    pub inputs: Inputs,
    pub cycles: u64,
}

impl<P: UnlockPorts> Driver<P> {
    /// The core after one reset cycle.
    pub fn new(core: P, seed: u64) -> Self {
        let mut driver = Driver { core, rng: StdRng::seed_from_u64(seed), inputs: Inputs::default(), cycles: 0 };
        driver.inputs.reset = true;
        driver.step();
        driver
    }

    /// Applies `self.inputs`, returns the outputs before the edge, clocks, and drops the strobes.
    pub fn step(&mut self) -> Outputs {
        self.inputs.locked_data &= u64::MAX >> (64 - 8 * P::LANES); // the port's width
        self.core.apply(&self.inputs);
        let outputs = self.core.outputs();
        self.core.cycle();
        self.cycles += 1;
        let i = &mut self.inputs;
        (i.reset, i.key_write, i.key_commit, i.key_clear, i.key_discard, i.restart) = (false, false, false, false, false, false);
        outputs
    }

    /// The outputs now (inputs applied, no edge).
    pub fn peek(&mut self) -> Outputs {
        self.inputs.locked_data &= u64::MAX >> (64 - 8 * P::LANES);
        self.core.apply(&self.inputs);
        self.core.outputs()
    }

    /// Stops offering and taking.
    pub fn idle(&mut self) {
        self.inputs.locked_valid = false;
        self.inputs.plain_ready = false;
    }

    /// Shifts `bytes` into the key staging register, one per clock.
    pub fn write_key_bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.inputs.key_write = true;
            self.inputs.key_write_data = b;
            self.step();
        }
    }

    /// Strobes `key_commit` and waits `COMMIT_LATENCY` clocks; returns (`key_loaded`, whether
    /// `key_commit_error` pulsed), checking the documented timing on the way.
    pub fn commit(&mut self) -> (bool, bool) {
        let loaded_before = self.peek().key_loaded;
        self.inputs.key_commit = true;
        self.step();
        let mut error = false;
        for clock in 1..COMMIT_LATENCY {
            let o = self.step();
            error |= o.key_commit_error;
            assert!(!o.key_commit_error || clock == COMMIT_LATENCY - 1, "key_commit_error {clock} clocks after the commit");
            assert!(!o.key_loaded || loaded_before, "key_loaded too early ({clock} clocks after the commit)");
        }
        let o = self.peek();
        assert!(!(error && o.key_commit_error), "key_commit_error lasts one clock");
        (o.key_loaded, error)
    }

    /// Writes and commits `key`, which must be accepted.
    pub fn load_key(&mut self, key: &[u8; 16]) {
        self.write_key_bytes(key);
        let (loaded, error) = self.commit();
        assert!(loaded && !error, "a 16-byte key was rejected");
    }

    /// Strobes `restart` with no traffic.
    pub fn restart(&mut self) {
        self.idle();
        self.inputs.restart = true;
        self.step();
    }

    /// One cycle of traffic for `pass`. Returns the outputs before the edge.
    pub fn traffic(&mut self, pass: &mut Pass, traffic: Traffic) -> Outputs {
        if !pass.offered && pass.next < pass.beats.len() && self.rng.gen_bool(traffic.p_valid) {
            pass.offered = true;
        }
        self.inputs.locked_valid = pass.offered;
        // While idle the data is junk: the core must ignore it.
        self.inputs.locked_data = if pass.offered { pass.beats[pass.next] } else { self.rng.gen() };
        self.inputs.plain_ready = self.rng.gen_bool(traffic.p_ready);
        let ready = self.inputs.plain_ready;
        let o = self.step();
        if pass.offered && o.locked_ready {
            pass.next += 1;
            pass.taken += 1;
            pass.offered = false;
        }
        if o.plain_valid && ready {
            pass.out.extend_from_slice(&o.plain_data.to_le_bytes()[..P::LANES]);
        }
        o
    }

    /// Runs `pass` until all its beats are out or `max_cycles` went by; true when complete.
    pub fn run(&mut self, pass: &mut Pass, traffic: Traffic, max_cycles: u64) -> bool {
        for _ in 0..max_cycles {
            if pass.complete(P::LANES) {
                break;
            }
            self.traffic(pass, traffic);
        }
        self.idle();
        pass.complete(P::LANES)
    }

    /// Strobes `restart` in a cycle of traffic for `pass` (its transfers at that edge still
    /// belong to `pass`), then checks the flush clock: nothing taken or delivered whatever is
    /// offered.
    pub fn restart_in_traffic(&mut self, pass: &mut Pass, traffic: Traffic) {
        self.inputs.restart = true;
        self.traffic(pass, traffic);
        self.inputs.locked_valid = true;
        self.inputs.locked_data = self.rng.gen();
        self.inputs.plain_ready = true;
        let o = self.step();
        assert!(!o.locked_ready && !o.plain_valid, "a transfer in the clock after restart: {o:?}");
        self.idle();
    }
}

/// Random locked bytes and their plaintext under `key` by the software reference (paper mode).
pub fn random_payload(rng: &mut StdRng, len: usize, key: &[u8; 16]) -> (Vec<u8>, Vec<u8>) {
    random_payload_in(rng, len, key, LockMode::Paper)
}

/// Random locked bytes and their plaintext under `key` in `mode` by the software reference.
pub fn random_payload_in(rng: &mut StdRng, len: usize, key: &[u8; 16], mode: LockMode) -> (Vec<u8>, Vec<u8>) {
    let locked: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
    let mut plain = locked.clone();
    unlock_in_place(&mut plain, &MasterKey::from_bytes(*key), mode, 0);
    (locked, plain)
}

/// Where two byte strings first differ, for failure messages.
pub fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    a.iter().zip(b).position(|(x, y)| x != y).or((a.len() != b.len()).then(|| a.len().min(b.len())))
}
