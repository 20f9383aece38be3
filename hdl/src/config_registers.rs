//! The CONFIG block (docs/protocol.md §1) as registers: written a byte at a time through the
//! core's write channel, read as fields by the sequencer, the output stage and the checker.
//!
//! The block is held as 16-bit half-words (payload length and CRC take two each, every layer
//! four), so a field is a register, not bytes to assemble.

use rust_hdl::prelude::*;

use deeplock::memory_map::{CONFIG_HEADER_BYTES, CONFIG_LAYER_BYTES};

/// Bytes of the CONFIG block for `max_layers` layers.
pub const fn config_bytes(max_layers: usize) -> usize {
    CONFIG_HEADER_BYTES + CONFIG_LAYER_BYTES * max_layers
}

#[derive(LogicBlock)]
pub struct ConfigRegisters {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: every field zero (no layers).
    pub reset: Signal<In, Bit>,
    /// Strobe: write `write_data` at byte `write_offset` of the block.
    pub write: Signal<In, Bit>,
    pub write_offset: Signal<In, Bits<8>>,
    pub write_data: Signal<In, Bits<8>>,
    /// The layer whose fields are on the `layer_*` outputs.
    pub layer_select: Signal<In, Bits<4>>,
    pub layer_inputs: Signal<Out, Bits<16>>,
    pub layer_outputs: Signal<Out, Bits<16>>,
    pub layer_input_offset: Signal<Out, Bits<16>>,
    pub layer_output_offset: Signal<Out, Bits<16>>,
    /// `layer_select` is the last layer.
    pub layer_is_last: Signal<Out, Bit>,
    /// Layers before the first entry with 0 inputs (or the maximum).
    pub layer_count: Signal<Out, Bits<4>>,
    pub payload_len: Signal<Out, Bits<32>>,
    pub payload_crc: Signal<Out, Bits<32>>,
    halves: Vec<DFF<Bits<16>>>,
    half_index: Vec<Constant<Bits<8>>>,
    layer_index: Vec<Constant<Bits<4>>>,
    data_low: Signal<Local, Bits<16>>,
    data_high: Signal<Local, Bits<16>>,
    write_half: Signal<Local, Bits<8>>,
    table_ended: Signal<Local, Bit>,
    low_mask: Constant<Bits<16>>,
    high_mask: Constant<Bits<16>>,
    zero16: Constant<Bits<16>>,
    one4: Constant<Bits<4>>,
    one8: Constant<Bits<8>>,
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
            write_offset: Default::default(),
            write_data: Default::default(),
            layer_select: Default::default(),
            layer_inputs: Default::default(),
            layer_outputs: Default::default(),
            layer_input_offset: Default::default(),
            layer_output_offset: Default::default(),
            layer_is_last: Default::default(),
            layer_count: Default::default(),
            payload_len: Default::default(),
            payload_crc: Default::default(),
            halves: (0..halves).map(|_| Default::default()).collect(),
            half_index: (0..halves).map(|h| Constant::new((h as u64).to_bits())).collect(),
            layer_index: (0..max_layers).map(|l| Constant::new((l as u64).to_bits())).collect(),
            data_low: Default::default(),
            data_high: Default::default(),
            write_half: Default::default(),
            table_ended: Default::default(),
            low_mask: Constant::new(0x00ffu64.to_bits()),
            high_mask: Constant::new(0xff00u64.to_bits()),
            zero16: Constant::new(0u64.to_bits()),
            one4: Constant::new(1u64.to_bits()),
            one8: Constant::new(1u64.to_bits()),
            shift8: Constant::new(8u64.to_bits()),
            shift16: Constant::new(16u64.to_bits()),
            max_layers: Constant::new((max_layers as u64).to_bits()),
        }
    }
}

impl Logic for ConfigRegisters {
    #[hdl_gen]
    fn update(&mut self) {
        self.data_low.next = bit_cast::<16, 8>(self.write_data.val());
        self.data_high.next = bit_cast::<16, 8>(self.write_data.val()) << self.shift8.val();
        self.write_half.next = self.write_offset.val() >> self.one8.val();
        for h in 0..self.halves.len() {
            self.halves[h].clock.next = self.clock.val();
            self.halves[h].d.next = self.halves[h].q.val();
            if self.write.val() & (self.write_half.val() == self.half_index[h].val()) {
                if self.write_offset.val().get_bit(0) {
                    self.halves[h].d.next = (self.halves[h].q.val() & self.low_mask.val()) | self.data_high.val();
                } else {
                    self.halves[h].d.next = (self.halves[h].q.val() & self.high_mask.val()) | self.data_low.val();
                }
            }
            if self.reset.val() {
                self.halves[h].d.next = self.zero16.val();
            }
        }
        self.payload_len.next = bit_cast::<32, 16>(self.halves[0].q.val()) | (bit_cast::<32, 16>(self.halves[1].q.val()) << self.shift16.val());
        self.payload_crc.next = bit_cast::<32, 16>(self.halves[2].q.val()) | (bit_cast::<32, 16>(self.halves[3].q.val()) << self.shift16.val());

        // The selected layer's fields (zero past the table).
        self.layer_inputs.next = self.zero16.val();
        self.layer_outputs.next = self.zero16.val();
        self.layer_input_offset.next = self.zero16.val();
        self.layer_output_offset.next = self.zero16.val();
        for l in 0..self.layer_index.len() {
            if self.layer_select.val() == self.layer_index[l].val() {
                self.layer_inputs.next = self.halves[4 + 4 * l].q.val();
                self.layer_outputs.next = self.halves[5 + 4 * l].q.val();
                self.layer_input_offset.next = self.halves[6 + 4 * l].q.val();
                self.layer_output_offset.next = self.halves[7 + 4 * l].q.val();
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
        self.layer_is_last.next = self.layer_select.val() + self.one4.val() == self.layer_count.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, lint, settle};
    use deeplock::memory_map::{DeviceInfo, ModelConfig};

    #[test]
    fn fields_follow_the_bytes_written() {
        let info = DeviceInfo {
            protocol_version: 1,
            lanes: 4,
            max_layers: 4,
            sbox_in_logic: true,
            bypass: false,
            weight_capacity: 13_312,
            slot_bytes: 1024,
            max_classes: 62,
            clock_hz: 60_000_000,
            baud: 12_000_000,
            max_payload: 1024,
            board: "cu".into(),
        };
        let config = ModelConfig::plan(&[(784, 16), (16, 10)], 0xdead_beef, &info).unwrap();
        let mut regs = ConfigRegisters::new(4);
        regs.connect_all();
        regs.reset.next = true;
        cycle!(regs);
        regs.reset.next = false;
        for (offset, byte) in config.to_bytes(4).iter().enumerate() {
            regs.write.next = true;
            regs.write_offset.next = (offset as u64).to_bits();
            regs.write_data.next = (*byte as u64).to_bits();
            cycle!(regs);
        }
        regs.write.next = false;
        settle(&mut regs);
        assert_eq!(regs.payload_len.val().to_u32(), 12_912);
        assert_eq!(regs.payload_crc.val().to_u32(), 0xdead_beef);
        assert_eq!(regs.layer_count.val().to_u32(), 2);
        for (l, layer) in config.layers.iter().enumerate() {
            regs.layer_select.next = (l as u64).to_bits();
            settle(&mut regs);
            assert_eq!(regs.layer_inputs.val().to_u32(), layer.inputs as u32);
            assert_eq!(regs.layer_outputs.val().to_u32(), layer.outputs as u32);
            assert_eq!(regs.layer_input_offset.val().to_u32(), layer.input_offset as u32);
            assert_eq!(regs.layer_output_offset.val().to_u32(), layer.output_offset as u32);
            assert_eq!(regs.layer_is_last.val(), l == 1);
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut regs = ConfigRegisters::new(4);
        regs.connect_all();
        lint("config_registers", &generate_verilog(&regs));
    }
}
