//! Front ends: what turns a link into writes and reads on the core's memory map. Today the UART
//! (receiver, transmitter, frame receiver and transmitter, and the front end that joins them),
//! and the bundles that cross between them (frame job, run report, link counters).

pub mod frame_job;
pub mod frame_rx;
pub mod frame_tx;
pub mod link_counters_bus;
pub mod run_report;
pub mod uart_front_end;
pub mod uart_rx;
pub mod uart_tx;

#[cfg(test)]
mod uart_tests;

use rust_hdl::prelude::*;

/// A `Constant` of `B` bits (every number `update()` compares against is one; see the crate's
/// rust-hdl idioms).
pub(crate) fn constant<const B: usize>(v: u64) -> Constant<Bits<B>> {
    Constant::new(v.to_bits())
}
