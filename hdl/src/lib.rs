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

//! # rust-hdl idioms used here
//!
//! `#[hdl_gen]` translates a subset of Rust into Verilog, and some of the code reads oddly
//! because of it:
//!
//! - **`Constant` fields instead of literals.** Inside `update()` a number needs a width Verilog
//!   can see, and a value computed from `deeplock-spec` (an address, a command code, a length
//!   limit) must be a port-like object to be printed as a `localparam`. So every number a block
//!   compares against is a `Constant<Bits<N>>` field set in `new()`: that is how the spec's tables
//!   and codes are elaborated into the RTL rather than copied into it.
//! - **Repeated match arms and `if` chains.** Match arms cannot join patterns with `|`, and
//!   `update()` can call no helper function (only `bit_cast`, `get_bits`, `.any()` and the like),
//!   so two states that do the same thing each spell it out.
//! - **`Signal<Local, _>` for combinational intermediates, `DFF` for state.** `dff_setup!` and
//!   `clock!` at the top of `update()` clock the flip-flops and the children; every `.next` a
//!   block drives gets a default first, so no path infers a latch (`testing::lint` runs yosys
//!   and Verilator over every block to prove it).
//! - **Register placement is deliberate.** Many blocks register a signal "one clock late" with a
//!   comment saying so: each such register cuts a path that missed 60 MHz on the HX8K. Keep them.

pub mod board;
pub mod common;
pub mod crypto;
pub mod datapath;
pub mod frontend;

#[cfg(any(test, feature = "testing"))]
pub mod testing;
