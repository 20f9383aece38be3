//! The same stimulus through rust-hdl's own simulator (stepping `UnlockCore4`/`8` directly) and
//! through Verilator (on the Verilog rust-hdl generates from the same blocks): every output in
//! every cycle must agree, `plain_data` whenever `plain_valid`. This catches a difference between
//! the Rust model of a block and the Verilog it emits (widths, signedness, evaluation order).

mod support;

use deeplock_hdl::crypto::unlock_core::{UnlockCore4 as Hdl4, UnlockCore8 as Hdl8};
use deeplock_sim::verilated::{UnlockCore4, UnlockCore8};
use deeplock_sim::Clocked;
use rand::Rng;
use support::unlock::{random_payload, Driver, Inputs, Lockstep, Pass, RustHdl, Traffic, UnlockPorts};

/// Cycles per build: rust-hdl steps this core at roughly 60,000 cycles per second.
const CYCLES: u64 = 25_000;

/// Passes under random keys and traffic, some cut by a restart, one `key_clear`; then every
/// input random in every cycle (rare resets, clears, discards, stray key writes and commits,
/// restarts) with a key loaded so that data flows.
fn same_outputs<A: UnlockPorts, B: UnlockPorts>(a: A, b: B, seed: u64) {
    let lanes = A::LANES;
    let mut d = Driver::new(Lockstep::new(a, b), seed);
    let mut pass_number = 0;
    while d.cycles < CYCLES * 2 / 3 {
        let key: [u8; 16] = d.rng.gen();
        let len = d.rng.gen_range(1..3000);
        let (locked, _) = random_payload(&mut d.rng, len, &key);
        let traffic = Traffic::random(&mut d.rng);
        d.load_key(&key);
        d.restart();
        let mut pass = Pass::new(&locked, lanes, d.rng.gen());
        if pass_number % 3 == 1 {
            let stop = d.rng.gen_range(1..=pass.beats() as u64);
            d.run(&mut pass, traffic, stop);
            d.restart_in_traffic(&mut pass, traffic);
            pass = Pass::new(&locked, lanes, 0);
        }
        let beats = pass.beats() as u64;
        if pass_number % 5 == 4 {
            d.run(&mut pass, traffic, beats / 2);
            d.inputs.key_clear = true;
        }
        d.run(&mut pass, traffic, 20 * beats + 100);
        pass_number += 1;
    }

    let key: [u8; 16] = d.rng.gen();
    d.load_key(&key);
    d.restart();
    let rare = |rng: &mut rand::rngs::StdRng, p| rng.gen_bool(p);
    while d.cycles < CYCLES {
        let r = &mut d.rng;
        let i = &mut d.inputs;
        i.reset = rare(r, 0.0005);
        i.key_write = rare(r, 0.03);
        i.key_write_data = r.gen();
        i.key_commit = rare(r, 0.005);
        i.key_clear = rare(r, 0.0005);
        i.key_discard = rare(r, 0.002);
        i.restart = rare(r, 0.005);
        i.locked_valid = r.gen_bool(0.7);
        i.locked_data = r.gen();
        i.plain_ready = r.gen_bool(0.7);
        d.step();
    }
    let compared = d.core.beats_compared;
    eprintln!("W={lanes}: {} cycles, {pass_number} passes, {compared} output beats compared", d.cycles);
    assert!(compared > CYCLES / 3, "W={lanes}: too few output beats ({compared}) to say much");
}

#[test]
fn four_lanes_rust_hdl_and_verilator_agree_cycle_for_cycle() {
    same_outputs(Clocked::new(UnlockCore4::new()), RustHdl::<Hdl4>::new(), 4);
}

#[test]
fn eight_lanes_rust_hdl_and_verilator_agree_cycle_for_cycle() {
    same_outputs(Clocked::new(UnlockCore8::new()), RustHdl::<Hdl8>::new(), 8);
}

/// One clock of one simulator only.
fn clock_alone<P: UnlockPorts>(core: &mut P, inputs: Inputs) {
    core.apply(&inputs);
    core.cycle();
}

/// The comparison can fail: after the Verilated core alone gets another key (the rust-hdl one
/// idles as many clocks), the first plaintext beat must be caught.
#[test]
#[should_panic(expected = "the simulators differ")]
fn a_difference_is_caught() {
    let mut d = Driver::new(Lockstep::new(Clocked::new(UnlockCore4::new()), RustHdl::<Hdl4>::new()), 1);
    d.load_key(&[7; 16]);
    let idle = Inputs::default();
    for byte in 0..16 {
        clock_alone(&mut d.core.a, Inputs { key_write: true, key_write_data: byte, ..idle });
        clock_alone(&mut d.core.b, idle);
    }
    clock_alone(&mut d.core.a, Inputs { key_commit: true, ..idle });
    clock_alone(&mut d.core.b, idle);
    for _ in 0..4 {
        clock_alone(&mut d.core.a, idle);
        clock_alone(&mut d.core.b, idle);
    }
    d.restart();
    let (locked, _) = random_payload(&mut d.rng, 400, &[7; 16]);
    let mut pass = Pass::new(&locked, 4, 0);
    d.run(&mut pass, Traffic::FULL, 1000);
}
