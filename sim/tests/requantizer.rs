//! The Verilated requantizer against `deeplock::layout::requantize`: the Verilog, not just
//! rust-hdl's model of it, must get every width right.

use deeplock::layout::{requantize, RowHeader};
use deeplock_hdl::datapath::requantizer::REQUANTIZER_LATENCY;
use deeplock_sim::verilated::Requantizer;
use deeplock_sim::Clocked;

#[test]
fn verilated_requantizer_matches_the_reference() {
    let mut sim = Clocked::new(Requantizer::new());
    sim.model.set_reset(1);
    sim.cycle();
    sim.model.set_reset(0);
    let mut seed = 0x2545F4914F6CDD1Du64;
    for i in 0..200_000u32 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let acc = ((seed >> 32) as i32) >> (seed % 32);
        let multiplier = (seed >> 12) as u16;
        let shift = if i % 16 == 0 { (seed >> 3) as u8 } else { ((seed >> 3) % 48) as u8 };
        sim.model.set_start(1);
        sim.model.set_acc(acc as u32 as u64);
        sim.model.set_multiplier(multiplier as u64);
        sim.model.set_shift(shift as u64);
        sim.cycle();
        sim.model.set_start(0);
        for _ in 0..REQUANTIZER_LATENCY {
            sim.cycle();
        }
        assert_eq!(sim.model.done(), 1);
        let expected = requantize(acc, RowHeader { bias: 0, multiplier, shift });
        assert_eq!(sim.model.result() as u8, expected, "acc {acc} multiplier {multiplier} shift {shift}");
    }
}
