//! RTL of the Deep-Lock accelerator, written with rust-hdl 0.46: one block per file, named after
//! the block, with its tests beside it, in a folder per layer:
//!
//! | layer | blocks |
//! |---|---|
//! | [`crypto`] | S-Box/InvSbox, key schedule, key register, unlock lanes, unlock core; the key port |
//! | [`datapath`] | accelerator core (write decode, word packing, run control, read-back, input slots, layer-config mux), CONFIG registers and checker, weight streamer, sequencer, MAC array and lanes, requantizer, output stage; the layer-config port and the MAC streams |
//! | [`frontend`] | UART receiver/transmitter, frame receiver (parser, length check, command decoder, write port, run slots, link counters) and transmitter (job queue, response sender, response byte), UART front end; the frame job, run report and link-counter bundles |
//! | [`board`] | the Alchitry Cu top, PLL, reset generator |
//! | [`common`] | block RAM, skid buffer, CRC engine; the core bus and the valid/ready stream |
//!
//! Bundles that cross blocks are rust-hdl interfaces, a source/sink (or initiator/target) pair
//! joined in one line: the core bus (`common::core_bus`, front end to core), the key port
//! (`crypto::key_port`, write decoder to key register), the layer-config port
//! (`datapath::layer_config`, CONFIG registers to checker), the MAC beat and row streams
//! (`datapath::mac_streams`), the UART byte streams (`common::stream`), and the front end's
//! frame job, run report and link counters.
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
//! - **Interfaces for bundles.** `#[derive(LogicInterface)]` with `#[join = "Mirror"]` declares
//!   a bundle and its mirror; `A::join(&mut x.port, &mut y.port)` wires two blocks, and
//!   `A::link(&mut self.port, &mut child.port)` passes a port through to a child. A field becomes
//!   Verilog `port$field` (Verilator's C++ name `port__024field`, which `deeplock-sim` exposes as
//!   `port_field`). Generic interfaces need the turbofish in `join` (`MacBeatSource::<N, BITS>::join`).
//! - **No Verilog keywords as names.** A port or field called `input`, `output`, `config`,
//!   `table`, … stops `#[hdl_gen]` ("Cannot use an HDL keyword here"): ports are named after
//!   what flows (`rx_bytes`, `layer_config`). Some pass `#[hdl_gen]` and only fail in yosys or
//!   Verilator (`byte`, `repeat`): every block's `verilog_is_clean` test catches them.
//! - **Never read back what this `update()` just set.** `x.next = x.val() | y` is a fine Verilog
//!   blocking assignment, but in rust-hdl's simulator `val()` is the value settled last time, so
//!   the OR accumulates across clocks and the two disagree. Build such a word from separate
//!   signals (`frame_tx::job_queue` packs its flags that way).
//! - **Literal indices.** A shift amount or a `get_bits` index is printed as written: a Rust
//!   `const` name becomes an undefined Verilog identifier. Use a literal, with a compile-time
//!   `assert!` tying it to the constant, or a `Constant` field.
//! - **Register placement is deliberate.** Many blocks register a signal "one clock late" with a
//!   comment saying so: each such register cuts a path that missed 60 MHz on the HX8K. Keep them.

pub mod board;
pub mod common;
pub mod crypto;
pub mod datapath;
pub mod frontend;

#[cfg(any(test, feature = "testing"))]
pub mod testing;
