//! Building blocks every layer uses: block RAM, a skid buffer, a CRC engine, and the interfaces
//! that cross layers (the core bus, valid/ready streams).

pub mod block_ram;
pub mod core_bus;
pub mod crc;
pub mod skid_buffer;
pub mod stream;
