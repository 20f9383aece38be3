//! The tops the Verilator crate (`deeplock-sim`) simulates, with their Verilog. Its build script
//! calls [`all`], so the simulated Verilog is exactly what the synthesis flow reads.

use rust_hdl::prelude::*;

use crate::crc::CrcEngine;
use crate::requantizer::Requantizer;

/// A design to simulate: a name (becomes the Rust type and C++ prefix) and its Verilog, whose
/// top module is `top`.
pub struct SimTop {
    pub name: &'static str,
    pub verilog: String,
}

fn verilog_of(mut block: impl Block) -> String {
    block.connect_all();
    generate_verilog(&block)
}

/// Every top `deeplock-sim` builds.
pub fn all() -> Vec<SimTop> {
    vec![
        SimTop { name: "crc32", verilog: verilog_of(CrcEngine::<32>::new(&crc::CRC_32_ISO_HDLC)) },
        SimTop { name: "requantizer", verilog: verilog_of(Requantizer::default()) },
    ]
}
