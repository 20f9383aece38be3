//! The lock layer: S-Box/InvSbox (block RAM or logic), the paper-mode key schedule, the
//! write-only key register, the unlock lanes and the unlock core that joins them. The key enters
//! here and nowhere else.

pub mod ascon_key_stream;
pub mod ascon_round;
pub mod key_port;
pub mod key_register;
pub mod key_schedule;
pub mod sbox;
pub mod sbox_circuit;
pub mod unlock_core;
pub mod unlock_lane;
