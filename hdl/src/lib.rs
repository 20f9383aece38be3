//! RTL of the Deep-Lock accelerator, written with rust-hdl 0.46: one block per file, named after
//! the block, with its tests beside it, in a folder per layer:
//!
//! | layer | blocks |
//! |---|---|
//! | [`crypto`] | S-Box/InvSbox, key schedule, key register, unlock lanes, unlock core |
//! | [`datapath`] | accelerator core, CONFIG registers and checker, weight streamer, sequencer, MAC array, requantizer, output stage |
//! | [`frontend`] | UART receiver/transmitter, frame receiver/transmitter, UART front end |
//! | [`board`] | the Alchitry Cu top, PLL, reset generator |
//! | [`common`] | block RAM, skid buffer, CRC engine |
//!
//! The unlock core turns locked weight bytes into plaintext, `p = InvSbox(c) ^ k`, at one beat of
//! W bytes per clock, with the key stream generated on chip from a key loaded through a write-only
//! port; the MAC array and the output stage run the model on the plaintext weights without ever
//! storing them. Tables and constants come from `deeplock-spec`, which also holds the golden
//! model every test compares against. The synthesis flow, harnesses and the simulation's list of
//! tops are not RTL: they live in `deeplock-flow`. See docs/rtl-unlock-core.md.

pub mod board;
pub mod common;
pub mod crypto;
pub mod datapath;
pub mod frontend;

#[cfg(any(test, feature = "testing"))]
pub mod testing;
