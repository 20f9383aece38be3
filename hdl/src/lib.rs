//! RTL of the Deep-Lock accelerator for the Alchitry Cu (iCE40HX8K), written with rust-hdl 0.46:
//! one block per file, each with its tests.
//!
//! The unlock core turns locked weight bytes into plaintext, `p = InvSbox(c) ^ k`, at one beat of
//! W bytes per clock, with the key stream generated on chip from a key loaded through a write-only
//! port; the MAC array and the output stage run the model on the plaintext weights without ever
//! storing them. Tables and field constants come from the `deeplock` software reference, which is
//! also the golden model of every test. See docs/rtl-unlock-core.md.

pub mod accelerator;
pub mod alchitry_cu;
pub mod block_ram;
pub mod config_check;
pub mod config_registers;
pub mod crc;
pub mod flow;
pub mod frame_rx;
pub mod frame_tx;
pub mod key_register;
pub mod key_schedule;
pub mod mac_array;
pub mod mac_lane;
pub mod output_stage;
pub mod pll;
pub mod requantizer;
pub mod reset_generator;
pub mod sbox;
pub mod sbox_circuit;
pub mod sequencer;
pub mod sim_tops;
pub mod skid_buffer;
pub mod synth_harness;
pub mod uart_front_end;
pub mod uart_rx;
pub mod uart_tx;
pub mod unlock_core;
pub mod unlock_lane;
pub mod weight_streamer;

#[cfg(test)]
mod testing;
#[cfg(test)]
mod uart_tests;
