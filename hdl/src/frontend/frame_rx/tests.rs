//! Frame receiver tests.

use rust_hdl::prelude::*;

use super::*;

#[test]
fn verilog_is_clean() {
    let mut rx = FrameRx::new(RxLimits { weight_bytes: 13 * 1024, slot_bytes: 1024, config_bytes: 40, timeout_clocks: 120_000 });
    rx.connect_all();
    crate::testing::lint("frame_rx", &generate_verilog(&rx));
}
