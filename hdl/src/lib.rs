//! The Deep-Lock accelerator in RustHDL: one block per file, each with its tests.

pub mod block_ram;
pub mod crc;
pub mod sim_tops;
pub mod mac_array;
pub mod mac_lane;
pub mod requantizer;
pub mod uart_rx;
#[cfg(test)]
mod uart_tests;
pub mod uart_tx;
