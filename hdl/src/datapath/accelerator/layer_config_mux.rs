//! Shares the CONFIG registers' one layer-config port between the checker (while it checks a
//! block) and the inference pipeline (the sequencer picks the layer; the output stage reads the
//! same layer's fields). The two never need it at once: RUN is refused while the core checks.
//!
//! The choice is registered (`to_checker` follows `checking` a clock late) so that the wide
//! `checking` net is not on the sequencer's path from its layer through the field mux to the
//! activation address (it cost 1.3 MHz on the Cu). The clock late is free: the checker first
//! reads a field the clock after its start, and no run starts within a clock of a check's end.

use rust_hdl::prelude::*;

use crate::datapath::layer_config::{LayerConfigSink, LayerConfigSource};

#[derive(LogicBlock, Default)]
pub struct LayerConfigMux {
    pub clock: Signal<In, Clock>,
    /// The core is checking a CONFIG block.
    pub checking: Signal<In, Bit>,
    /// To the CONFIG registers.
    pub registers: LayerConfigSink,
    /// The checker's port.
    pub checker: LayerConfigSource,
    /// The inference pipeline's port.
    pub pipeline: LayerConfigSource,
    to_checker: DFF<Bit>,
}

impl Logic for LayerConfigMux {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, to_checker);
        self.to_checker.d.next = self.checking.val();
        self.registers.select.next = self.pipeline.select.val();
        if self.to_checker.q.val() {
            self.registers.select.next = self.checker.select.val();
        }
        self.checker.inputs.next = self.registers.inputs.val();
        self.checker.outputs.next = self.registers.outputs.val();
        self.checker.input_offset.next = self.registers.input_offset.val();
        self.checker.output_offset.next = self.registers.output_offset.val();
        self.checker.is_last.next = self.registers.is_last.val();
        self.pipeline.inputs.next = self.registers.inputs.val();
        self.pipeline.outputs.next = self.registers.outputs.val();
        self.pipeline.input_offset.next = self.registers.input_offset.val();
        self.pipeline.output_offset.next = self.registers.output_offset.val();
        self.pipeline.is_last.next = self.registers.is_last.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, lint, settle};

    fn mux() -> LayerConfigMux {
        let mut mux = LayerConfigMux::default();
        mux.connect_all();
        mux.pipeline.select.next = 2u64.to_bits();
        mux.checker.select.next = 5u64.to_bits();
        mux.registers.inputs.next = 784u64.to_bits();
        mux.registers.outputs.next = 16u64.to_bits();
        mux.registers.input_offset.next = 8u64.to_bits();
        mux.registers.output_offset.next = 800u64.to_bits();
        mux.registers.is_last.next = true;
        mux
    }

    #[test]
    fn the_checker_gets_the_port_a_clock_after_checking_rises_and_gives_it_back_a_clock_after_it_falls() {
        let mut mux = mux();
        let mut selected = vec![];
        for checking in [false, false, true, true, true, false, false] {
            mux.checking.next = checking;
            settle(&mut mux);
            selected.push(mux.registers.select.val().to_u64());
            cycle!(mux);
        }
        assert_eq!(selected, [2, 2, 2, 5, 5, 5, 2]);
    }

    #[test]
    fn both_readers_see_the_registers_fields() {
        let mut mux = mux();
        settle(&mut mux);
        for port in [&mux.checker, &mux.pipeline] {
            assert_eq!(port.inputs.val().to_u64(), 784);
            assert_eq!(port.outputs.val().to_u64(), 16);
            assert_eq!(port.input_offset.val().to_u64(), 8);
            assert_eq!(port.output_offset.val().to_u64(), 800);
            assert!(port.is_last.val());
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut mux = LayerConfigMux::default();
        mux.connect_all();
        lint("layer_config_mux", &generate_verilog(&mux));
    }
}
