//! The Verilated CRC engine against the `crc` crate.

use deeplock_sim::verilated::Crc32;
use deeplock_sim::Clocked;

#[test]
fn verilated_crc32_matches_software() {
    let mut sim = Clocked::new(Crc32::new());
    let data: Vec<u8> = (0..10_000u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8).collect();
    sim.model.set_clear(1);
    sim.cycle();
    sim.model.set_clear(0);
    for &b in &data {
        sim.model.set_enable(1);
        sim.model.set_data(b as u64);
        sim.cycle();
    }
    sim.model.set_enable(0);
    sim.settle();
    assert_eq!(sim.model.crc(), deeplock::format::CRC32.checksum(&data) as u64);
}
