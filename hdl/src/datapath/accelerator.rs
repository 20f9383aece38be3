//! The locked-inference accelerator core: the memory map of docs/protocol.md §1 on a byte-wide
//! write channel and read channel, which any front end (the UART today, PCIe next) drives.
//!
//! ```text
//!   WEIGHTS (block RAM, locked) ─► streamer ─► skid ─► UnlockCore ─► sequencer ─► MAC array ─► output stage
//!   KEY ─► key register (write-only) ─┘        (plaintext only here)   ▲                │
//!   INPUT slot 0/1 (block RAM) ────────────────────────────────────────┘◄── hidden ─────┤
//!   CONFIG ─► registers ─► checker (CRC of WEIGHTS)                        RESULT ◄─────┘
//! ```
//!
//! Plaintext weights exist only in the pipeline registers between the unlock lanes and the
//! multipliers: they are never written to a memory and no output shows them. One inference runs
//! at a time; the other input slot can be filled meanwhile.

use rust_hdl::prelude::*;

use deeplock_spec::boards;
use deeplock_spec::memory_map::{DeviceInfo, LockModes, ACT_ADDRESS_BITS, RESULT_ADDRESS_BITS, RESULT_OFFSET_BITS, RESULT_HEADER_BYTES, WEIGHT_ADDRESS_BITS};
use deeplock_spec::protocol::{MAX_PAYLOAD, PROTOCOL_VERSION};

use crate::common::block_ram::BlockRam;
use crate::common::core_bus::CoreBusTarget;
use crate::datapath::config_check::{CheckLimits, ConfigCheck};
use crate::datapath::config_registers::ConfigRegisters;
use crate::datapath::layer_config::{LayerConfigSink, LayerConfigSource};
use crate::datapath::mac_array::MacArray;
use crate::datapath::mac_streams::{MacBeatSource, MacRowSource};
use crate::datapath::output_stage::OutputStage;
use crate::crypto::key_port::KeyPortInitiator;
use crate::crypto::sbox::SboxImpl;
use crate::datapath::sequencer::Sequencer;
use crate::common::skid_buffer::SkidBuffer;
use crate::crypto::unlock_core::UnlockCore;
use crate::datapath::weight_streamer::WeightStreamer;

mod input_slots;
mod layer_config_mux;
mod read_back;
mod run_control;
mod word_packing;
mod write_decode;

pub use input_slots::InputSlots;
pub use layer_config_mux::LayerConfigMux;
pub use read_back::ReadBack;
pub use run_control::RunControl;
pub use word_packing::WordPacking;
pub use write_decode::WriteDecode;

/// What an accelerator build holds and how fast it runs.
#[derive(Clone, Debug)]
pub struct AcceleratorConfig {
    /// Bytes unlocked and multiplied per clock (2, 4 or 8).
    pub lanes: usize,
    pub weight_bytes: usize,
    /// Bytes of one input slot: the largest input and the activations of one inference.
    pub slot_bytes: usize,
    /// Bytes of one slot's RESULT region (header and logits).
    pub result_slot_bytes: usize,
    pub max_layers: usize,
    pub sbox: SboxImpl,
    /// Feed the weights to the MAC array without unlocking (only to measure the locking cost).
    pub bypass: bool,
    /// The lock modes the build unlocks: the key-stream engines in its unlock core, the lock
    /// section of its CONFIG block (hardened mode) and its INFO flags.
    pub lock_modes: LockModes,
    pub clock_hz: u32,
    /// The UART's rate, reported in INFO (0 without a UART).
    pub baud: u32,
    pub board: &'static str,
}

impl AcceleratorConfig {
    /// The Alchitry Cu build: 2 lanes; 26 block RAMs of weights (a 784-16-10 int8 model needs
    /// 12,912 bytes), 4 of input slots, 1 of results; logic S-Boxes because every block RAM is
    /// taken. Clock (60 MHz from the PLL), link (12 Mbaud) and lane count (2, and why):
    /// `deeplock_spec::boards::ALCHITRY_CU`.
    pub fn alchitry_cu() -> Self {
        AcceleratorConfig {
            lanes: boards::ALCHITRY_CU.lanes,
            weight_bytes: 13 * 1024,
            slot_bytes: 1024,
            result_slot_bytes: 256,
            max_layers: 4,
            sbox: SboxImpl::Logic,
            bypass: false,
            lock_modes: boards::ALCHITRY_CU.lock_modes,
            clock_hz: boards::ALCHITRY_CU.clock_hz,
            baud: boards::ALCHITRY_CU.baud,
            board: boards::ALCHITRY_CU.board,
        }
    }

    /// A larger build for simulation only: 8 lanes, 128 KiB of weights (784-128-64-10 fits).
    pub fn sim_large() -> Self {
        AcceleratorConfig {
            lanes: boards::SIM_LARGE.lanes,
            weight_bytes: 128 * 1024,
            slot_bytes: 1024,
            result_slot_bytes: 1024,
            max_layers: 8,
            sbox: SboxImpl::BlockRam,
            bypass: false,
            lock_modes: boards::SIM_LARGE.lock_modes,
            clock_hz: boards::SIM_LARGE.clock_hz,
            baud: boards::SIM_LARGE.baud,
            board: boards::SIM_LARGE.board,
        }
    }

    pub fn max_classes(&self) -> usize {
        (self.result_slot_bytes - RESULT_HEADER_BYTES) / 4
    }

    /// The INFO block this build reports.
    pub fn device_info(&self) -> DeviceInfo {
        DeviceInfo {
            protocol_version: PROTOCOL_VERSION,
            lanes: self.lanes as u8,
            max_layers: self.max_layers as u8,
            sbox_in_logic: self.sbox == SboxImpl::Logic,
            bypass: self.bypass,
            lock_modes: self.lock_modes,
            weight_capacity: self.weight_bytes as u32,
            slot_bytes: self.slot_bytes as u16,
            max_classes: self.max_classes() as u16,
            clock_hz: self.clock_hz,
            baud: self.baud,
            max_payload: MAX_PAYLOAD as u16,
            board: self.board.into(),
        }
    }
}

/// The accelerator core for `N` lanes (`BITS` = 8N; `NS`/`SB` as in [`UnlockCore`]); use the
/// aliases [`AcceleratorCu`] and [`Accelerator8`].
///
/// Its blocks: [`WriteDecode`] (regions, doorbells, refusals, `write_status`), [`WordPacking`]
/// (bytes into lane-wide words), [`RunControl`] (RUN, the CONFIG check, key settling, busy, done
/// flags, last error, counters), [`ReadBack`] (INFO, STATUS and RESULT reads),
/// [`InputSlots`] (the two activation memories) and [`LayerConfigMux`] (the CONFIG registers'
/// layer port, for the checker or the pipeline), around the memories and the inference pipeline
/// this top joins.
#[derive(LogicBlock)]
pub struct Accelerator<const N: usize, const BITS: usize, const NS: usize, const SB: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: key cleared, model forgotten, nothing running.
    pub reset: Signal<In, Bit>,
    /// The core bus (docs/protocol.md §1): byte writes and reads of the memory map, and the
    /// status lines. A key commit's length check ends a few clocks after the write, while the
    /// core shows busy: its outcome is in STATUS.
    pub bus: CoreBusTarget,
    decode: WriteDecode,
    packing: WordPacking<N, BITS>,
    control: RunControl,
    read_back: ReadBack,
    unlock: UnlockCore<N, BITS, NS, SB>,
    weights: BlockRam<Bits<BITS>, WEIGHT_ADDRESS_BITS>,
    slots: InputSlots<BITS>,
    results: BlockRam<Bits<8>, RESULT_ADDRESS_BITS>,
    streamer: WeightStreamer<BITS, WEIGHT_ADDRESS_BITS>,
    /// Registers the weight memory's read data (the block RAMs' output multiplexer) before the
    /// InvSbox lanes: one long path otherwise, the Cu image's critical one.
    weight_skid: SkidBuffer<BITS>,
    sequencer: Sequencer<N, BITS>,
    mac: MacArray<N, BITS>,
    outputs: OutputStage<N, BITS>,
    model_config: ConfigRegisters,
    layer_config: LayerConfigMux,
    check: ConfigCheck<N, BITS>,
    plain_skid: SkidBuffer<BITS>,
    payload_words_wide: Signal<Local, Bits<32>>,
    bypass: Constant<Bit>,
    lane_shift: Constant<Bits<8>>,
    result_slot: Constant<Bits<RESULT_ADDRESS_BITS>>,
}

/// The Alchitry Cu's core: 2 lanes (`AcceleratorConfig::alchitry_cu`).
pub type AcceleratorCu = Accelerator<2, 16, 1, 8>;
/// The simulation-only large core: 8 lanes.
pub type Accelerator8 = Accelerator<8, 64, 4, 32>;

/// A constant of `B` bits.
fn constant<const B: usize>(value: u64) -> Constant<Bits<B>> {
    Constant::new(value.to_bits())
}

/// The region byte of a memory-map address.
fn region(address: u32) -> Constant<Bits<8>> {
    constant(u64::from(address >> 16))
}

/// The offset of a memory-map address within its region.
fn offset(address: u32) -> Constant<Bits<16>> {
    constant(u64::from(address & 0xffff))
}

impl<const N: usize, const BITS: usize, const NS: usize, const SB: usize> Accelerator<N, BITS, NS, SB> {
    pub fn new(config: &AcceleratorConfig) -> Self {
        assert_eq!(config.lanes, N, "the configuration is for {} lanes", config.lanes);
        assert!(config.slot_bytes / N <= 1 << ACT_ADDRESS_BITS, "slot too large");
        assert!(config.result_slot_bytes * 2 <= 1 << RESULT_ADDRESS_BITS, "result memory too large");
        assert!(config.result_slot_bytes <= 1 << RESULT_OFFSET_BITS, "result slot too large");
        let info = config.device_info();
        Accelerator {
            clock: Default::default(),
            reset: Default::default(),
            bus: Default::default(),
            decode: WriteDecode::new(config.weight_bytes, config.slot_bytes, info.config_bytes(), config.bypass),
            packing: Default::default(),
            control: Default::default(),
            read_back: ReadBack::new(&info.to_bytes(), config.result_slot_bytes),
            unlock: UnlockCore::new(config.sbox, config.lock_modes),
            weights: BlockRam::new(config.weight_bytes / N),
            slots: InputSlots::new(config.slot_bytes / N),
            results: BlockRam::new(2 * config.result_slot_bytes),
            streamer: Default::default(),
            weight_skid: Default::default(),
            sequencer: Sequencer::new(),
            mac: MacArray::new(),
            outputs: OutputStage::new(),
            model_config: ConfigRegisters::new(config.max_layers, config.lock_modes),
            layer_config: Default::default(),
            check: ConfigCheck::new(CheckLimits {
                slot_bytes: config.slot_bytes as u64,
                max_classes: config.max_classes() as u64,
                weight_bytes: config.weight_bytes as u64,
            }),
            plain_skid: Default::default(),
            payload_words_wide: Default::default(),
            bypass: Constant::new(config.bypass),
            lane_shift: constant(N.trailing_zeros() as u64),
            result_slot: constant(config.result_slot_bytes as u64),
        }
    }
}

impl<const N: usize, const BITS: usize, const NS: usize, const SB: usize> Logic for Accelerator<N, BITS, NS, SB> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, decode, packing, control, read_back, plain_skid, unlock, weights, slots, results, streamer, weight_skid, sequencer, mac, outputs, model_config, layer_config, check);
        self.decode.reset.next = self.reset.val();
        self.control.reset.next = self.reset.val();
        self.unlock.reset.next = self.reset.val();
        self.streamer.reset.next = self.reset.val();
        self.sequencer.reset.next = self.reset.val();
        self.mac.reset.next = self.reset.val();
        self.outputs.reset.next = self.reset.val();
        self.model_config.reset.next = self.reset.val();
        self.check.reset.next = self.reset.val();

        // ---- Write channel: decode, then refuse or act.
        self.decode.write.next = self.bus.write.val();
        self.decode.write_address.next = self.bus.write_address.val();
        self.decode.write_data.next = self.bus.write_data.val();
        self.decode.busy.next = self.control.busy.val();
        self.decode.running.next = self.control.running.val();
        self.decode.running_slot.next = self.control.running_slot.val();
        self.decode.model_ready.next = self.control.model_ready.val();
        self.bus.write_status.next = self.decode.write_status.val();
        // Key: bytes into staging, commit, clear.
        KeyPortInitiator::join(&mut self.decode.key, &mut self.unlock.key);
        // Weights and inputs: bytes packed into lane-wide words.
        self.packing.write_address.next = self.bus.write_address.val();
        self.packing.write_data.next = self.bus.write_data.val();
        self.packing.take.next = self.decode.accepted.val();
        self.packing.weight_byte.next = self.decode.weight_byte.val();
        self.weights.write_address.next = self.packing.weight_write_address.val();
        self.weights.write_data.next = self.packing.weight_write_data.val();
        self.weights.write_enable.next = self.packing.weight_write.val();
        // Configuration bytes.
        self.model_config.write.next = self.decode.config_byte.val();
        self.model_config.write_data.next = self.bus.write_data.val();

        // ---- Run control.
        self.control.run.next = self.decode.run.val();
        self.control.run_slot.next = self.bus.write_data.val().get_bit(0);
        self.control.config_commit.next = self.decode.config_commit.val();
        self.control.model_changes.next = self.decode.model_changes.val();
        self.control.key_changes.next = self.decode.key_changes.val();
        self.control.refused.next = self.decode.refused.val();
        self.control.refuse_code.next = self.decode.refuse_code.val();
        self.control.key_commit_error.next = self.unlock.key.commit_error.val();
        self.control.check_done.next = self.check.done.val();
        self.control.check_error.next = self.check.error.val();
        self.control.run_done.next = self.outputs.done.val();

        // ---- The CONFIG check.
        self.check.start.next = self.control.check_start.val();
        // The config registers' layer port serves the checker while it checks, else the pipeline.
        LayerConfigSink::join(&mut self.layer_config.registers, &mut self.model_config.layer);
        LayerConfigSource::join(&mut self.layer_config.checker, &mut self.check.layer_config);
        self.layer_config.checking.next = self.control.checking.val();
        self.check.layer_count.next = self.model_config.layer_count.val();
        self.check.payload_len.next = self.model_config.payload_len.val();
        self.check.payload_crc.next = self.model_config.payload_crc.val();
        self.check.lock_mode_ok.next = self.model_config.lock_mode_ok.val();
        self.check.mem_data.next = self.weights.read_data.val();
        self.weights.read_address.next = self.streamer.mem_address.val();
        if self.control.checking.val() {
            self.weights.read_address.next = self.check.mem_address.val();
        }

        // ---- One inference: weights -> unlock -> sequencer -> MAC -> output stage.
        self.payload_words_wide.next = self.model_config.payload_len.val() >> self.lane_shift.val();
        self.streamer.start.next = self.control.start.val();
        self.streamer.words.next = self.payload_words_wide.val().get_bits::<WEIGHT_ADDRESS_BITS>(0);
        self.streamer.mem_data.next = self.weights.read_data.val();
        self.unlock.restart.next = self.control.start.val();
        // The lock section is still while the model is ready (a CONFIG write makes it not ready).
        self.unlock.hardened.next = self.model_config.hardened.val();
        self.unlock.nonce_word0.next = self.model_config.nonce_word0.val();
        self.unlock.nonce_word1.next = self.model_config.nonce_word1.val();
        self.unlock.nonce_word2.next = self.model_config.nonce_word2.val();
        self.weight_skid.flush.next = self.reset.val() | self.control.start.val();
        self.weight_skid.in_data.next = self.streamer.data.val();
        self.weight_skid.in_valid.next = self.streamer.valid.val();
        self.streamer.ready.next = self.weight_skid.in_ready.val();
        self.unlock.locked_data.next = self.weight_skid.out_data.val();
        self.unlock.locked_valid.next = self.weight_skid.out_valid.val();
        self.weight_skid.out_ready.next = self.unlock.locked_ready.val();
        // Plaintext beats reach the sequencer through a skid buffer: the MAC side's ready stops
        // there instead of running back through the lanes and the key schedule to the weight
        // memory's address (one long path otherwise).
        self.plain_skid.flush.next = self.reset.val() | self.control.start.val();
        self.plain_skid.in_data.next = self.unlock.plain_data.val();
        self.plain_skid.in_valid.next = self.unlock.plain_valid.val();
        self.unlock.plain_ready.next = self.plain_skid.in_ready.val();
        if self.bypass.val() {
            // Measurement build: the weights are stored plaintext and skip the unlock lanes.
            self.plain_skid.in_data.next = self.weight_skid.out_data.val();
            self.plain_skid.in_valid.next = self.weight_skid.out_valid.val();
            self.weight_skid.out_ready.next = self.plain_skid.in_ready.val();
            self.unlock.plain_ready.next = false;
        }
        self.sequencer.beat_data.next = self.plain_skid.out_data.val();
        self.sequencer.beat_valid.next = self.plain_skid.out_valid.val();
        self.plain_skid.out_ready.next = self.sequencer.beat_ready.val();
        self.sequencer.start.next = self.control.start.val();
        self.layer_config.pipeline.select.next = self.sequencer.layer.val();
        self.sequencer.layer_inputs.next = self.layer_config.pipeline.inputs.val();
        self.sequencer.layer_outputs.next = self.layer_config.pipeline.outputs.val();
        self.sequencer.layer_input_offset.next = self.layer_config.pipeline.input_offset.val();
        self.sequencer.layer_is_last.next = self.layer_config.pipeline.is_last.val();
        self.sequencer.drained.next = self.mac.empty.val() & self.outputs.idle.val();
        self.slots.act_read_address.next = self.sequencer.act_address.val();
        self.mac.activations.next = self.slots.act_read_data.val();
        MacBeatSource::<N, BITS>::join(&mut self.sequencer.mac, &mut self.mac.beat);
        self.outputs.start.next = self.control.start.val();
        MacRowSource::join(&mut self.mac.row, &mut self.outputs.row);
        self.outputs.layer_outputs.next = self.layer_config.pipeline.outputs.val();
        self.outputs.layer_output_offset.next = self.layer_config.pipeline.output_offset.val();
        self.outputs.finish.next = self.sequencer.finished.val();
        self.outputs.cycles.next = self.control.cycles.val();

        // Input slots: the running one is the inference's, the other takes the input words.
        self.slots.running.next = self.control.running.val();
        self.slots.running_slot.next = self.control.running_slot.val();
        self.slots.input_address.next = self.packing.input_address.val();
        self.slots.input_word.next = self.packing.word.val();
        self.slots.input0_write.next = self.decode.input0_byte.val() & self.packing.word_ends.val();
        self.slots.input1_write.next = self.decode.input1_byte.val() & self.packing.word_ends.val();
        self.slots.act_write_enable.next = self.outputs.act_write_enable.val();
        self.slots.act_write_address.next = self.outputs.act_write_address.val();
        self.slots.act_write_data.next = self.outputs.act_write_data.val();
        self.results.write_address.next = bit_cast::<RESULT_ADDRESS_BITS, RESULT_OFFSET_BITS>(self.outputs.result_write_address.val());
        if self.control.running_slot.val() {
            self.results.write_address.next =
                bit_cast::<RESULT_ADDRESS_BITS, RESULT_OFFSET_BITS>(self.outputs.result_write_address.val()) + self.result_slot.val();
        }
        self.results.write_data.next = self.outputs.result_write_data.val();
        self.results.write_enable.next = self.outputs.result_write_enable.val();

        // ---- Read channel.
        self.read_back.read.next = self.bus.read.val();
        self.read_back.read_address.next = self.bus.read_address.val();
        self.bus.read_data.next = self.read_back.read_data.val();
        self.read_back.slot_done.next = self.control.slot_done.val();
        self.read_back.key_loaded.next = self.unlock.key.loaded.val();
        self.read_back.model_ready.next = self.control.model_ready.val();
        self.read_back.busy.next = self.control.busy.val();
        self.read_back.last_error.next = self.control.last_error.val();
        self.read_back.runs.next = self.control.runs.val();
        self.read_back.uptime.next = self.control.uptime.val();
        self.results.read_address.next = self.read_back.results_address.val();
        self.read_back.results_data.next = self.results.read_data.val();

        self.bus.key_loaded.next = self.unlock.key.loaded.val();
        self.bus.model_ready.next = self.control.model_ready.val();
        self.bus.busy.next = self.control.busy.val();
        self.bus.slot_done.next = self.control.slot_done.val();
        self.bus.last_error.next = self.control.last_error.val();
    }
}

#[cfg(test)]
mod tests;
