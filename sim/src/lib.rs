//! Cycle-accurate simulation of the Deep-Lock RTL with Verilator: the exact Verilog the
//! synthesis flow reads, checked against the software reference, and a virtual board that a
//! host drives over a pseudo-terminal.

pub mod board;
pub mod clocked;
pub mod core;
pub mod pty;
pub mod verilated;

pub use board::{BoardTransport, VirtualBoard};
pub use clocked::Clocked;
pub use core::{sim_core, SimBus, SimConfig, SimCore};
pub use verilated::Model;
