//! The build flow around the RTL library `deeplock-hdl`, kept out of it (synthesizable code and
//! the tools that build it never mix):
//!
//! - [`place`]: our iCE40 flow (yosys `synth_ice40`, nextpnr-ice40 at the real clock, icepack),
//!   which fails loudly on a tool error or missed timing, and its report parsers;
//! - [`board`], [`accelerator`], [`unlock_core`]: the jobs behind `deeplock-flow bitstream` and
//!   `deeplock-flow synth …`, with their reports (`bitstreams/`);
//! - [`synth_harness`]: the LFSR-fed wrapper that lets the unlock core be placed alone;
//! - [`sim_tops`]: every top `deeplock-sim` Verilates, so simulation reads the synthesized text.

pub mod accelerator;
pub mod board;
pub mod place;
pub mod sim_tops;
pub mod synth_harness;
pub mod tools;
pub mod unlock_core;
