//! The Deep-Lock accelerator in RustHDL: one block per file, each with its tests.

pub mod crc;
pub mod sim_tops;
