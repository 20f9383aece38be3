//! Building blocks every layer uses: block RAM, the core bus bundle, a skid buffer, a CRC engine.

pub mod block_ram;
pub mod core_bus;
pub mod crc;
pub mod skid_buffer;
