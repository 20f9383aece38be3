//! The tops the Verilator crate (`deeplock-sim`) simulates, with their Verilog. Its build script
//! calls [`all`], so the simulated Verilog is exactly what the synthesis flow reads.

use rust_hdl::prelude::*;

use deeplock_hdl::datapath::accelerator::{AcceleratorCu, Accelerator8, AcceleratorConfig};
use deeplock_hdl::board::alchitry_cu::{self, Revision};
use deeplock_hdl::common::crc::CrcEngine;
use deeplock_hdl::datapath::requantizer::Requantizer;
use deeplock_hdl::crypto::sbox::SboxImpl;
use deeplock_hdl::crypto::unlock_core;
use deeplock_spec::memory_map::LockModes;

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
    let cu = AcceleratorConfig::alchitry_cu();
    let cu_bypass = AcceleratorConfig { bypass: true, ..cu.clone() };
    vec![
        SimTop { name: "crc32", verilog: verilog_of(CrcEngine::<32>::new(&crc::CRC_32_ISO_HDLC)) },
        SimTop { name: "requantizer", verilog: verilog_of(Requantizer::default()) },
        SimTop { name: "unlock_core4", verilog: unlock_core::verilog(4, SboxImpl::BlockRam, LockModes::BOTH).expect("4 lanes") },
        SimTop { name: "unlock_core8", verilog: unlock_core::verilog(8, SboxImpl::BlockRam, LockModes::BOTH).expect("8 lanes") },
        SimTop { name: "accelerator_cu", verilog: verilog_of(AcceleratorCu::new(&cu)) },
        SimTop { name: "accelerator_cu_bypass", verilog: verilog_of(AcceleratorCu::new(&cu_bypass)) },
        SimTop { name: "accelerator_large", verilog: verilog_of(Accelerator8::new(&AcceleratorConfig::sim_large())) },
        SimTop { name: "board_cu", verilog: alchitry_cu::simulation_verilog(Revision::V1) },
    ]
}
