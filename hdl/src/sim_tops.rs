//! The tops the Verilator crate (`deeplock-sim`) simulates, with their Verilog. Its build script
//! calls [`all`], so the simulated Verilog is exactly what the synthesis flow reads.

use rust_hdl::prelude::*;

use crate::accelerator::{AcceleratorCu, Accelerator8, AcceleratorConfig};
use crate::alchitry_cu::{self, Revision};
use crate::crc::CrcEngine;
use crate::pll::{PLL_BLACKBOX, PLL_SIMULATION_MODEL};
use crate::requantizer::Requantizer;
use crate::sbox::SboxImpl;
use crate::unlock_core;

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

/// The board top's Verilog for simulation: exactly the bitstream's, with the PLL primitive's
/// black-box declaration replaced by its simulation model.
pub fn board_verilog(revision: Revision) -> String {
    let verilog = alchitry_cu::verilog(revision);
    assert!(verilog.contains(PLL_BLACKBOX), "the board top instantiates the PLL");
    verilog.replace(PLL_BLACKBOX, PLL_SIMULATION_MODEL)
}

/// Every top `deeplock-sim` builds.
pub fn all() -> Vec<SimTop> {
    let cu = AcceleratorConfig::alchitry_cu();
    let cu_bypass = AcceleratorConfig { bypass: true, ..cu.clone() };
    vec![
        SimTop { name: "crc32", verilog: verilog_of(CrcEngine::<32>::new(&crc::CRC_32_ISO_HDLC)) },
        SimTop { name: "requantizer", verilog: verilog_of(Requantizer::default()) },
        SimTop { name: "unlock_core4", verilog: unlock_core::verilog(4, SboxImpl::BlockRam).expect("4 lanes") },
        SimTop { name: "unlock_core8", verilog: unlock_core::verilog(8, SboxImpl::BlockRam).expect("8 lanes") },
        SimTop { name: "accelerator_cu", verilog: verilog_of(AcceleratorCu::new(&cu)) },
        SimTop { name: "accelerator_cu_bypass", verilog: verilog_of(AcceleratorCu::new(&cu_bypass)) },
        SimTop { name: "accelerator_large", verilog: verilog_of(Accelerator8::new(&AcceleratorConfig::sim_large())) },
        SimTop { name: "board_cu", verilog: board_verilog(Revision::V1) },
    ]
}
