//! Frame transmitter tests.

use rust_hdl::prelude::*;

use super::*;

#[test]
fn verilog_is_clean() {
    let mut tx = FrameTx::default();
    tx.connect_all();
    crate::testing::lint("frame_tx", &generate_verilog(&tx));
}
