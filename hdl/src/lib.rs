//! RTL of the Deep-Lock accelerator for the Alchitry Cu (iCE40HX8K), written with rust-hdl 0.46.
//!
//! The unlock core turns locked weight bytes into plaintext, `p = InvSbox(c) ^ k`, at one beat of
//! W bytes per clock, with the key stream generated on chip from a key loaded through a write-only
//! port. Tables and field constants come from the `deeplock` software reference, which is also the
//! golden model of every test. See docs/rtl-unlock-core.md.

pub mod flow;
pub mod key_register;
pub mod key_schedule;
pub mod sbox;
pub mod sbox_circuit;
pub mod synth_harness;
pub mod unlock_core;
pub mod unlock_lane;

#[cfg(test)]
mod testing;
