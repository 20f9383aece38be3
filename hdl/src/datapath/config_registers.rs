//! The CONFIG block (docs/protocol.md §1) as registers: written a byte at a time through the
//! core's write channel, read as fields by the sequencer, the output stage and the checker.
//!
//! The block is written whole and in order, so the bytes shift in: the last block-size bytes
//! written are the block. Every flip-flop then takes either its own value or its neighbour's (no
//! address decoder: a byte-addressed register file cost ~700 logic cells). The block is held as
//! 16-bit half-words (payload length and CRC take two each, every layer four), so a field is a
//! register, not bytes to assemble.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{CONFIG_HEADER_BYTES, CONFIG_LAYER_BYTES};

use crate::datapath::layer_config::LayerConfigSource;

/// Bytes of the CONFIG block for `max_layers` layers.
pub const fn config_bytes(max_layers: usize) -> usize {
    CONFIG_HEADER_BYTES + CONFIG_LAYER_BYTES * max_layers
}

#[derive(LogicBlock)]
pub struct ConfigRegisters {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: every field zero (no layers).
    pub reset: Signal<In, Bit>,
    /// Strobe: shift `write_data` into the block (its last byte so far).
    pub write: Signal<In, Bit>,
    pub write_data: Signal<In, Bits<8>>,
    /// The fields of the layer its reader selects (zero past the table).
    pub layer: LayerConfigSource,
    /// Layers before the first entry with 0 inputs (or the maximum).
    pub layer_count: Signal<Out, Bits<4>>,
    pub payload_len: Signal<Out, Bits<32>>,
    pub payload_crc: Signal<Out, Bits<32>>,
    halves: Vec<DFF<Bits<16>>>,
    /// What enters each half-word's high byte on a write.
    shift_in: Vec<Signal<Local, Bits<16>>>,
    _top: usize,
    _count: usize,
    layer_index: Vec<Constant<Bits<4>>>,
    data_high: Signal<Local, Bits<16>>,
    table_ended: Signal<Local, Bit>,
    zero16: Constant<Bits<16>>,
    one4: Constant<Bits<4>>,
    shift8: Constant<Bits<8>>,
    shift16: Constant<Bits<8>>,
    max_layers: Constant<Bits<4>>,
}

impl ConfigRegisters {
    /// Registers for up to `max_layers` layers (1 ..= 15).
    pub fn new(max_layers: usize) -> Self {
        assert!((1..=15).contains(&max_layers), "1 to 15 layers");
        let halves = config_bytes(max_layers) / 2;
        ConfigRegisters {
            clock: Default::default(),
            reset: Default::default(),
            write: Default::default(),
            write_data: Default::default(),
            layer: Default::default(),
            layer_count: Default::default(),
            payload_len: Default::default(),
            payload_crc: Default::default(),
            halves: (0..halves).map(|_| Default::default()).collect(),
            shift_in: (0..halves).map(|_| Default::default()).collect(),
            _top: halves - 1,
            _count: halves,
            layer_index: (0..max_layers).map(|l| Constant::new((l as u64).to_bits())).collect(),
            data_high: Default::default(),
            table_ended: Default::default(),
            zero16: Constant::new(0u64.to_bits()),
            one4: Constant::new(1u64.to_bits()),
            shift8: Constant::new(8u64.to_bits()),
            shift16: Constant::new(16u64.to_bits()),
            max_layers: Constant::new((max_layers as u64).to_bits()),
        }
    }
}

impl Logic for ConfigRegisters {
    #[hdl_gen]
    fn update(&mut self) {
        // Bytes move down one place per write: a half-word's low byte takes its high byte, its
        // high byte the next half-word's low byte; the new byte enters at the top.
        self.data_high.next = bit_cast::<16, 8>(self.write_data.val()) << self.shift8.val();
        for h in 0..self.halves.len() {
            self.halves[h].clock.next = self.clock.val();
            self.halves[h].d.next = self.halves[h].q.val();
            if self.reset.val() {
                self.halves[h].d.next = self.zero16.val();
            }
        }
        for h in 0..self._top {
            self.shift_in[h].next = self.halves[h + 1].q.val() << self.shift8.val();
        }
        // (A one-pass loop: rust-hdl indexes vectors only with loop variables.)
        for h in self._top..self._count {
            self.shift_in[h].next = self.data_high.val();
        }
        if self.write.val() & !self.reset.val() {
            for h in 0..self.halves.len() {
                self.halves[h].d.next = (self.halves[h].q.val() >> self.shift8.val()) | self.shift_in[h].val();
            }
        }
        self.payload_len.next = bit_cast::<32, 16>(self.halves[0].q.val()) | (bit_cast::<32, 16>(self.halves[1].q.val()) << self.shift16.val());
        self.payload_crc.next = bit_cast::<32, 16>(self.halves[2].q.val()) | (bit_cast::<32, 16>(self.halves[3].q.val()) << self.shift16.val());

        // The selected layer's fields (zero past the table).
        self.layer.inputs.next = self.zero16.val();
        self.layer.outputs.next = self.zero16.val();
        self.layer.input_offset.next = self.zero16.val();
        self.layer.output_offset.next = self.zero16.val();
        for l in 0..self.layer_index.len() {
            if self.layer.select.val() == self.layer_index[l].val() {
                self.layer.inputs.next = self.halves[4 + 4 * l].q.val();
                self.layer.outputs.next = self.halves[5 + 4 * l].q.val();
                self.layer.input_offset.next = self.halves[6 + 4 * l].q.val();
                self.layer.output_offset.next = self.halves[7 + 4 * l].q.val();
            }
        }
        // The table ends at the first layer with no inputs.
        self.layer_count.next = self.max_layers.val();
        self.table_ended.next = false;
        for l in 0..self.layer_index.len() {
            if !self.table_ended.val() & (self.halves[4 + 4 * l].q.val() == self.zero16.val()) {
                self.layer_count.next = self.layer_index[l].val();
                self.table_ended.next = true;
            }
        }
        self.layer.is_last.next = self.layer.select.val() + self.one4.val() == self.layer_count.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, lint, settle};
    use deeplock_spec::memory_map::ModelConfig;

    #[test]
    fn fields_follow_the_bytes_written() {
        let info = crate::datapath::accelerator::AcceleratorConfig::alchitry_cu().device_info();
        let config = ModelConfig::plan(&[(784, 16), (16, 10)], 0xdead_beef, deeplock_spec::lock::LockMode::Paper, &info).unwrap();
        let mut regs = ConfigRegisters::new(4);
        regs.connect_all();
        regs.reset.next = true;
        cycle!(regs);
        regs.reset.next = false;
        // Garbage first: only the last block-size bytes count.
        for byte in [0xde, 0xad].iter().chain(config.to_bytes(4).iter()) {
            regs.write.next = true;
            regs.write_data.next = (*byte as u64).to_bits();
            cycle!(regs);
        }
        regs.write.next = false;
        settle(&mut regs);
        assert_eq!(regs.payload_len.val().to_u32(), 12_912);
        assert_eq!(regs.payload_crc.val().to_u32(), 0xdead_beef);
        assert_eq!(regs.layer_count.val().to_u32(), 2);
        for (l, layer) in config.layers.iter().enumerate() {
            regs.layer.select.next = (l as u64).to_bits();
            settle(&mut regs);
            assert_eq!(regs.layer.inputs.val().to_u32(), layer.inputs as u32);
            assert_eq!(regs.layer.outputs.val().to_u32(), layer.outputs as u32);
            assert_eq!(regs.layer.input_offset.val().to_u32(), layer.input_offset as u32);
            assert_eq!(regs.layer.output_offset.val().to_u32(), layer.output_offset as u32);
            assert_eq!(regs.layer.is_last.val(), l == 1);
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut regs = ConfigRegisters::new(4);
        regs.connect_all();
        lint("config_registers", &generate_verilog(&regs));
    }
}
