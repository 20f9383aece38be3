//! Building blocks every layer uses: block RAM, a skid buffer, a CRC engine.

pub mod block_ram;
pub mod crc;
pub mod skid_buffer;
