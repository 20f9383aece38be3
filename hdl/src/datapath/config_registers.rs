//! The CONFIG block (docs/protocol.md §1) as registers: written a byte at a time through the
//! core's write channel, read as fields by the sequencer, the output stage and the checker.
//!
//! The block is written whole and in order, so the bytes shift in: the last block-size bytes
//! written are the block. Every flip-flop then takes either its own value or its neighbour's (no
//! address decoder: a byte-addressed register file cost ~700 logic cells). The block is held as
//! 16-bit half-words (payload length and CRC take two each, every layer four, the lock section
//! eight), so a field is a register, not bytes to assemble.
//!
//! A build that runs hardened mode has the lock section (`memory_map::CONFIG_LOCK_BYTES`): the
//! mode code, which must be one the build runs with its reserved bytes zero (`lock_mode_ok`, else
//! the checker answers `BAD_CONFIG`), and the nonce, for the hardened key-stream engine. A
//! paper-only build has none and reads as paper mode.

use rust_hdl::prelude::*;

use deeplock_spec::lock::{MODE_CODE_HARDENED, MODE_CODE_PAPER};
use deeplock_spec::memory_map::{config_bytes, LockModes};

use crate::datapath::layer_config::LayerConfigSource;

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
    /// The lock section names a mode the build runs, its reserved bytes zero.
    pub lock_mode_ok: Signal<Out, Bit>,
    /// The lock section names hardened mode.
    pub hardened: Signal<Out, Bit>,
    /// Nonce bytes N[0..4], N[0] in bits [7:0] (zero without a lock section).
    pub nonce_word0: Signal<Out, Bits<32>>,
    /// Nonce bytes N[4..8].
    pub nonce_word1: Signal<Out, Bits<32>>,
    /// Nonce bytes N[8..12].
    pub nonce_word2: Signal<Out, Bits<32>>,
    halves: Vec<DFF<Bits<16>>>,
    /// What enters each half-word's high byte on a write.
    shift_in: Vec<Signal<Local, Bits<16>>>,
    _top: usize,
    _count: usize,
    /// The lock section's first half-word, and one past it (equal without a lock section: the
    /// loop over it then runs no pass).
    _lock_start: usize,
    _lock_end: usize,
    mode_half: Signal<Local, Bits<16>>,
    reserved_half: Signal<Local, Bits<16>>,
    nonce_halves: Vec<Signal<Local, Bits<16>>>,
    has_paper: Constant<Bit>,
    has_hardened: Constant<Bit>,
    paper_code: Constant<Bits<16>>,
    hardened_code: Constant<Bits<16>>,
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
    /// Registers for up to `max_layers` layers (1 ..= 15) of a build that runs `modes`.
    pub fn new(max_layers: usize, modes: LockModes) -> Self {
        assert!((1..=15).contains(&max_layers), "1 to 15 layers");
        let halves = config_bytes(max_layers, modes.hardened) / 2;
        let lock_start = config_bytes(max_layers, false) / 2;
        ConfigRegisters {
            clock: Default::default(),
            reset: Default::default(),
            write: Default::default(),
            write_data: Default::default(),
            layer: Default::default(),
            layer_count: Default::default(),
            payload_len: Default::default(),
            payload_crc: Default::default(),
            lock_mode_ok: Default::default(),
            hardened: Default::default(),
            nonce_word0: Default::default(),
            nonce_word1: Default::default(),
            nonce_word2: Default::default(),
            halves: (0..halves).map(|_| Default::default()).collect(),
            shift_in: (0..halves).map(|_| Default::default()).collect(),
            _top: halves - 1,
            _count: halves,
            _lock_start: lock_start,
            _lock_end: if modes.hardened { lock_start + 1 } else { lock_start },
            mode_half: Default::default(),
            reserved_half: Default::default(),
            nonce_halves: (0..6).map(|_| Default::default()).collect(),
            has_paper: Constant::new(modes.paper),
            has_hardened: Constant::new(modes.hardened),
            paper_code: Constant::new(u64::from(MODE_CODE_PAPER).to_bits()),
            hardened_code: Constant::new(u64::from(MODE_CODE_HARDENED).to_bits()),
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

        // The lock section (a one-pass loop when the build has it; paper mode otherwise).
        self.mode_half.next = self.paper_code.val();
        self.reserved_half.next = self.zero16.val();
        for n in 0..self.nonce_halves.len() {
            self.nonce_halves[n].next = self.zero16.val();
        }
        for h in self._lock_start..self._lock_end {
            self.mode_half.next = self.halves[h].q.val();
            self.reserved_half.next = self.halves[h + 1].q.val();
            self.nonce_halves[0].next = self.halves[h + 2].q.val();
            self.nonce_halves[1].next = self.halves[h + 3].q.val();
            self.nonce_halves[2].next = self.halves[h + 4].q.val();
            self.nonce_halves[3].next = self.halves[h + 5].q.val();
            self.nonce_halves[4].next = self.halves[h + 6].q.val();
            self.nonce_halves[5].next = self.halves[h + 7].q.val();
        }
        self.hardened.next = self.mode_half.val() == self.hardened_code.val();
        self.lock_mode_ok.next = ((self.has_paper.val() & (self.mode_half.val() == self.paper_code.val()))
            | (self.has_hardened.val() & (self.mode_half.val() == self.hardened_code.val())))
            & (self.reserved_half.val() == self.zero16.val());
        self.nonce_word0.next = bit_cast::<32, 16>(self.nonce_halves[0].val()) | (bit_cast::<32, 16>(self.nonce_halves[1].val()) << self.shift16.val());
        self.nonce_word1.next = bit_cast::<32, 16>(self.nonce_halves[2].val()) | (bit_cast::<32, 16>(self.nonce_halves[3].val()) << self.shift16.val());
        self.nonce_word2.next = bit_cast::<32, 16>(self.nonce_halves[4].val()) | (bit_cast::<32, 16>(self.nonce_halves[5].val()) << self.shift16.val());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, lint, settle};
    use deeplock_spec::lock::LockMode;
    use deeplock_spec::memory_map::ModelConfig;

    fn cu_info(modes: LockModes) -> deeplock_spec::memory_map::DeviceInfo {
        let info = crate::datapath::accelerator::AcceleratorConfig::alchitry_cu().device_info();
        deeplock_spec::memory_map::DeviceInfo { lock_modes: modes, ..info }
    }

    /// Registers after `bytes` were written (after two garbage bytes: only the last block-size
    /// bytes count).
    fn written(modes: LockModes, bytes: &[u8]) -> ConfigRegisters {
        let mut regs = ConfigRegisters::new(4, modes);
        regs.connect_all();
        regs.reset.next = true;
        cycle!(regs);
        regs.reset.next = false;
        for byte in [0xde, 0xad].iter().chain(bytes.iter()) {
            regs.write.next = true;
            regs.write_data.next = (*byte as u64).to_bits();
            cycle!(regs);
        }
        regs.write.next = false;
        settle(&mut regs);
        regs
    }

    fn nonce_of(regs: &ConfigRegisters) -> Vec<u8> {
        [regs.nonce_word0.val(), regs.nonce_word1.val(), regs.nonce_word2.val()].iter().flat_map(|w| w.to_u32().to_le_bytes()).collect()
    }

    #[test]
    fn fields_follow_the_bytes_written() {
        for modes in [LockModes::PAPER_ONLY, LockModes::BOTH] {
            let info = cu_info(modes);
            let config = ModelConfig::plan(&[(784, 16), (16, 10)], 0xdead_beef, LockMode::Paper, &info).unwrap();
            let mut regs = written(modes, &config.to_bytes_for(&info));
            assert_eq!(regs.payload_len.val().to_u32(), 12_912);
            assert_eq!(regs.payload_crc.val().to_u32(), 0xdead_beef);
            assert_eq!(regs.layer_count.val().to_u32(), 2);
            assert!(regs.lock_mode_ok.val() && !regs.hardened.val());
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
    }

    #[test]
    fn the_lock_section_gives_the_mode_and_the_nonce() {
        let nonce: [u8; 12] = std::array::from_fn(|i| 0x31 * (i as u8 + 1));
        for modes in [LockModes::BOTH, LockModes::HARDENED_ONLY] {
            let info = cu_info(modes);
            let config = ModelConfig::plan(&[(784, 16), (16, 10)], 1, LockMode::Hardened { nonce }, &info).unwrap();
            let bytes = config.to_bytes_for(&info);
            let regs = written(modes, &bytes);
            assert!(regs.lock_mode_ok.val() && regs.hardened.val());
            assert_eq!(nonce_of(&regs), nonce);
            assert_eq!(regs.payload_len.val().to_u32(), 12_912, "the lock section follows the layer table");
            // Paper mode: fine where the build runs it.
            let paper = ModelConfig { lock_mode: LockMode::Paper, ..config.clone() };
            let regs = written(modes, &paper.to_bytes_for(&info));
            assert_eq!(regs.lock_mode_ok.val(), modes.paper);
            assert!(!regs.hardened.val());
            // An unknown code, or a reserved byte set: refused.
            for (at, value) in [(40, 0), (40, 3), (41, 2), (42, 1), (43, 0x80)] {
                let mut bad = bytes.clone();
                bad[at] = value;
                assert!(!written(modes, &bad).lock_mode_ok.val(), "byte {at} = {value}");
            }
        }
    }

    #[test]
    fn a_paper_only_build_reads_paper_mode() {
        let info = cu_info(LockModes::PAPER_ONLY);
        let config = ModelConfig::plan(&[(16, 10)], 1, LockMode::Paper, &info).unwrap();
        let regs = written(LockModes::PAPER_ONLY, &config.to_bytes_for(&info));
        assert!(regs.lock_mode_ok.val() && !regs.hardened.val());
        assert_eq!(nonce_of(&regs), [0; 12]);
    }

    #[test]
    fn verilog_is_clean() {
        for (name, modes) in [("paper", LockModes::PAPER_ONLY), ("both", LockModes::BOTH), ("hardened", LockModes::HARDENED_ONLY)] {
            let mut regs = ConfigRegisters::new(4, modes);
            regs.connect_all();
            lint(&format!("config_registers_{name}"), &generate_verilog(&regs));
        }
    }
}
