//! The board's reset: held after configuration, while the PLL is not locked and while the reset
//! button is pressed, then released synchronously 255 clocks later. The button is asynchronous
//! and bounces, so it passes a two-flop synchronizer first.
//!
//! It relies on one power-up value only, the one iCE40 configuration guarantees: every flip-flop
//! starts at 0, so the count starts at 0 and the design starts in reset.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ResetGenerator {
    /// The clock the reset is synchronous to.
    pub clock: Signal<In, Clock>,
    /// The reset button, active low (asynchronous).
    pub button_n: Signal<In, Bit>,
    /// The clock source is stable.
    pub locked: Signal<In, Bit>,
    /// Synchronous reset for the design, active high.
    pub reset: Signal<Out, Bit>,
    sync0: DFF<Bit>,
    sync1: DFF<Bit>,
    count: DFF<Bits<8>>,
    held: DFF<Bit>,
    zero: Constant<Bits<8>>,
    one: Constant<Bits<8>>,
    full: Constant<Bits<8>>,
}

impl Default for ResetGenerator {
    fn default() -> Self {
        ResetGenerator {
            clock: Default::default(),
            button_n: Default::default(),
            locked: Default::default(),
            reset: Default::default(),
            sync0: Default::default(),
            sync1: Default::default(),
            count: Default::default(),
            held: Default::default(),
            zero: Constant::new(0u64.to_bits()),
            one: Constant::new(1u64.to_bits()),
            full: Constant::new(255u64.to_bits()),
        }
    }
}

impl Logic for ResetGenerator {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync0, sync1, count, held);
        self.sync0.d.next = self.button_n.val();
        self.sync1.d.next = self.sync0.q.val();
        if !self.locked.val() | !self.sync1.q.val() {
            self.count.d.next = self.zero.val();
        } else if self.count.q.val() != self.full.val() {
            self.count.d.next = self.count.q.val() + self.one.val();
        }
        self.held.d.next = self.count.q.val() != self.full.val();
        self.reset.next = self.held.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, lint};

    #[test]
    fn held_at_power_up_and_while_pressed() {
        let mut r = ResetGenerator::default();
        r.connect_all();
        r.locked.next = true;
        r.button_n.next = true;
        cycle!(r);
        assert!(r.reset.val(), "reset right after configuration");
        for _ in 0..260 {
            cycle!(r);
        }
        assert!(!r.reset.val(), "released 255 clocks after power-up");
        r.button_n.next = false;
        for _ in 0..4 {
            cycle!(r);
        }
        assert!(r.reset.val(), "pressing the button resets");
        r.button_n.next = true;
        for _ in 0..100 {
            cycle!(r);
        }
        assert!(r.reset.val(), "still held after release");
        r.locked.next = false;
        for _ in 0..300 {
            cycle!(r);
        }
        assert!(r.reset.val(), "held while the PLL is unlocked");
    }

    #[test]
    fn verilog_is_clean() {
        let mut r = ResetGenerator::default();
        r.connect_all();
        lint("reset_generator", &generate_verilog(&r));
    }
}
