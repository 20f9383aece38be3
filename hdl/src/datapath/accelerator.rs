//! The locked-inference accelerator core: the memory map of docs/protocol.md §1 on a byte-wide
//! write channel and read channel, which any front end (the UART today, PCIe next) drives.
//!
//! ```text
//!   WEIGHTS (block RAM, locked) ─► streamer ─► UnlockCore ─► sequencer ─► MAC array ─► output stage
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
use deeplock_spec::memory_map::{self as map, DeviceInfo, ACT_ADDRESS_BITS, RESULT_ADDRESS_BITS, RESULT_OFFSET_BITS, WEIGHT_ADDRESS_BITS, INFO_BYTES, RESULT_HEADER_BYTES, SLOT_STRIDE, STATUS_BYTES};
use deeplock_spec::protocol::{ErrorCode, MAX_PAYLOAD, PROTOCOL_VERSION};

use crate::common::block_ram::BlockRam;
use crate::datapath::config_check::{CheckLimits, ConfigCheck};
use crate::datapath::config_registers::{config_bytes, ConfigRegisters};
use crate::datapath::mac_array::MacArray;
use crate::datapath::output_stage::OutputStage;
use crate::crypto::sbox::SboxImpl;
use crate::datapath::sequencer::Sequencer;
use crate::common::skid_buffer::SkidBuffer;
use crate::crypto::unlock_core::UnlockCore;
use crate::datapath::weight_streamer::WeightStreamer;

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
#[derive(LogicBlock)]
pub struct Accelerator<const N: usize, const BITS: usize, const NS: usize, const SB: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: key cleared, model forgotten, nothing running.
    pub reset: Signal<In, Bit>,
    /// Write channel: one byte per clock at `write_address`.
    pub write: Signal<In, Bit>,
    pub write_address: Signal<In, Bits<24>>,
    pub write_data: Signal<In, Bits<8>>,
    /// The outcome of the write of the previous clock: 0, or the error code that refused it. (A
    /// key commit's length check ends a few clocks later, while the core shows busy: in STATUS.)
    pub write_status: Signal<Out, Bits<8>>,
    /// Read channel: `read_data` is the byte of the last read, from the clock after it until the
    /// next read.
    pub read: Signal<In, Bit>,
    pub read_address: Signal<In, Bits<24>>,
    pub read_data: Signal<Out, Bits<8>>,
    /// Status, for LEDs and front ends.
    pub key_loaded: Signal<Out, Bit>,
    pub model_ready: Signal<Out, Bit>,
    pub busy: Signal<Out, Bit>,
    /// Bit s: slot s holds a finished result.
    pub slot_done: Signal<Out, Bits<2>>,
    /// The last error code (0 if none since reset).
    pub last_error: Signal<Out, Bits<8>>,
    unlock: UnlockCore<N, BITS, NS, SB>,
    weights: BlockRam<Bits<BITS>, WEIGHT_ADDRESS_BITS>,
    act0: BlockRam<Bits<BITS>, ACT_ADDRESS_BITS>,
    act1: BlockRam<Bits<BITS>, ACT_ADDRESS_BITS>,
    results: BlockRam<Bits<8>, RESULT_ADDRESS_BITS>,
    streamer: WeightStreamer<BITS, WEIGHT_ADDRESS_BITS>,
    sequencer: Sequencer<N, BITS>,
    mac: MacArray<N, BITS>,
    outputs: OutputStage<N, BITS>,
    model_config: ConfigRegisters,
    check: ConfigCheck<N, BITS>,
    ready: DFF<Bit>,
    running: DFF<Bit>,
    running_slot: DFF<Bit>,
    done_slots: DFF<Bits<2>>,
    error_code: DFF<Bits<8>>,
    status_code: DFF<Bits<8>>,
    runs: DFF<Bits<32>>,
    uptime: DFF<Bits<64>>,
    cycles: DFF<Bits<32>>,
    pack: DFF<Bits<BITS>>,
    shadow_runs: DFF<Bits<32>>,
    shadow_uptime: DFF<Bits<64>>,
    read_byte: DFF<Bits<8>>,
    read_from_results: DFF<Bit>,
    // Write decode.
    in_weights: Signal<Local, Bit>,
    in_key: Signal<Local, Bit>,
    in_config: Signal<Local, Bit>,
    in_input0: Signal<Local, Bit>,
    in_input1: Signal<Local, Bit>,
    refuse: Signal<Local, Bits<8>>,
    go: Signal<Local, Bit>,
    /// `go`, one clock later: starts the pipeline (streamer, key schedule, sequencer, output
    /// stage), so the write decode and their start logic are not one path. Run control acts on
    /// `go` itself, so the core is busy from the clock after the RUN write.
    start: DFF<Bit>,
    core_busy: Signal<Local, Bit>,
    packed_word: Signal<Local, Bits<BITS>>,
    word_ends: Signal<Local, Bit>,
    weight_word_wide: Signal<Local, Bits<24>>,
    input_word_wide: Signal<Local, Bits<16>>,
    payload_words_wide: Signal<Local, Bits<32>>,
    // Read decode.
    status_flags: Signal<Local, Bits<8>>,
    read_region: Signal<Local, Bits<8>>,
    read_offset: Signal<Local, Bits<16>>,
    in_result0: Signal<Local, Bit>,
    in_result1: Signal<Local, Bit>,
    write_region: Signal<Local, Bits<8>>,
    write_offset: Signal<Local, Bits<16>>,
    is_key_commit: Signal<Local, Bit>,
    is_key_clear: Signal<Local, Bit>,
    is_key_discard: Signal<Local, Bit>,
    is_config_commit: Signal<Local, Bit>,
    is_run: Signal<Local, Bit>,
    result_offset: Signal<Local, Bits<RESULT_ADDRESS_BITS>>,
    result_read_address: Signal<Local, Bits<RESULT_ADDRESS_BITS>>,
    result_address_held: DFF<Bits<RESULT_ADDRESS_BITS>>,
    key_settle: DFF<Bits<3>>,
    /// The checker runs, or delivers its result (from its start to its done pulse, which the
    /// core acts on at the next edge): the config field select and the weight memory read port
    /// are the checker's. A register, so those multiplexers do not hang off the checker's state.
    checking: DFF<Bit>,
    plain_skid: SkidBuffer<BITS>,
    commit_config: Signal<Local, Bit>,
    weight_write: DFF<Bit>,
    weight_write_address: DFF<Bits<WEIGHT_ADDRESS_BITS>>,
    weight_write_data: DFF<Bits<BITS>>,
    check_start: DFF<Bit>,
    // Constants of the build and of the memory map.
    info: Vec<Constant<Bits<8>>>,
    offsets: Vec<Constant<Bits<16>>>,
    zero16: Constant<Bits<16>>,
    zero3: Constant<Bits<3>>,
    one3: Constant<Bits<3>>,
    settle_clocks: Constant<Bits<3>>,
    bypass: Constant<Bit>,
    /// Address compares with constants as bit tests or narrow compares, no long carry chains:
    /// the write decode is on the core's busiest path. Weights: below weight_bytes / 1 KiB.
    weight_kib: Constant<Bits<14>>,
    write_kib: Signal<Local, Bits<14>>,
    offset_high: Signal<Local, Bits<8>>,
    offset_low: Signal<Local, Bits<8>>,
    key_region: Constant<Bits<8>>,
    /// Offsets past KEY_BYTES (a power of two) have a bit of this set.
    key_mask: Constant<Bits<16>>,
    key_commit_offset: Constant<Bits<16>>,
    key_clear_offset: Constant<Bits<16>>,
    key_discard_offset: Constant<Bits<16>>,
    config_region: Constant<Bits<8>>,
    config_bytes: Constant<Bits<8>>,
    config_commit_offset: Constant<Bits<16>>,
    input0_region: Constant<Bits<8>>,
    input1_region: Constant<Bits<8>>,
    /// Offsets past slot_bytes (a power of two) have a bit of this set.
    slot_mask: Constant<Bits<16>>,
    run_region: Constant<Bits<8>>,
    info_region: Constant<Bits<8>>,
    info_bytes: Constant<Bits<16>>,
    status_region: Constant<Bits<8>>,
    status_bytes: Constant<Bits<16>>,
    result0_region: Constant<Bits<8>>,
    result1_region: Constant<Bits<8>>,
    result_slot_bytes: Constant<Bits<16>>,
    result_slot: Constant<Bits<RESULT_ADDRESS_BITS>>,
    lane_low_mask: Constant<Bits<24>>,
    lanes_less_one: Constant<Bits<24>>,
    lane_shift: Constant<Bits<8>>,
    top_byte_shift: Constant<Bits<8>>,
    byte_shift: Constant<Bits<8>>,
    slot_flag_shift: Constant<Bits<8>>,
    zero2: Constant<Bits<2>>,
    one2: Constant<Bits<2>>,
    flag_key: Constant<Bits<8>>,
    flag_model: Constant<Bits<8>>,
    flag_busy: Constant<Bits<8>>,
    zero64: Constant<Bits<64>>,
    two2: Constant<Bits<2>>,
    not_one2: Constant<Bits<2>>,
    not_two2: Constant<Bits<2>>,
    zero8: Constant<Bits<8>>,
    one8: Constant<Bits<8>>,
    zero32: Constant<Bits<32>>,
    one32: Constant<Bits<32>>,
    one64: Constant<Bits<64>>,
    code_busy: Constant<Bits<8>>,
    code_no_key: Constant<Bits<8>>,
    code_no_model: Constant<Bits<8>>,
    code_key_loaded: Constant<Bits<8>>,
    code_bad_address: Constant<Bits<8>>,
    code_bad_length: Constant<Bits<8>>,
}

/// The Alchitry Cu's core: 2 lanes (`AcceleratorConfig::alchitry_cu`).
pub type AcceleratorCu = Accelerator<2, 16, 1, 8>;
/// The simulation-only large core: 8 lanes.
pub type Accelerator8 = Accelerator<8, 64, 4, 32>;

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
        assert!(config.weight_bytes % 1024 == 0 && config.weight_bytes >> 10 < 1 << 14, "weights: whole KiB, under 16 MiB");
        assert!(config.slot_bytes.is_power_of_two() && map::KEY_BYTES.is_power_of_two(), "slot and key sizes: powers of two");
        assert!(config_bytes(config.max_layers) < 256, "CONFIG block under 256 bytes");
        assert!(config.slot_bytes / N <= 1 << ACT_ADDRESS_BITS, "slot too large");
        assert!(config.result_slot_bytes * 2 <= 1 << RESULT_ADDRESS_BITS, "result memory too large");
        assert!(config.result_slot_bytes <= 1 << RESULT_OFFSET_BITS, "result slot too large");
        let info_bytes = config.device_info().to_bytes();
        let slot = config.slot_bytes as u64;
        let words = config.weight_bytes / N;
        // Regions are decoded by the address's top byte: every region must start on one, and the
        // slot strides must keep slots in regions of their own.
        assert_eq!(SLOT_STRIDE, 0x1_0000, "one region per slot");
        assert!(config.weight_bytes as u64 <= u64::from(map::INFO_BASE), "weights below the INFO region");
        Accelerator {
            clock: Default::default(),
            reset: Default::default(),
            write: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_status: Default::default(),
            read: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            key_loaded: Default::default(),
            model_ready: Default::default(),
            busy: Default::default(),
            slot_done: Default::default(),
            last_error: Default::default(),
            unlock: UnlockCore::new(config.sbox),
            weights: BlockRam::new(words),
            act0: BlockRam::new(config.slot_bytes / N),
            act1: BlockRam::new(config.slot_bytes / N),
            results: BlockRam::new(2 * config.result_slot_bytes),
            streamer: Default::default(),
            sequencer: Sequencer::new(),
            mac: MacArray::new(),
            outputs: OutputStage::new(),
            model_config: ConfigRegisters::new(config.max_layers),
            check: ConfigCheck::new(CheckLimits {
                slot_bytes: slot,
                max_classes: config.max_classes() as u64,
                weight_bytes: config.weight_bytes as u64,
            }),
            ready: Default::default(),
            running: Default::default(),
            running_slot: Default::default(),
            done_slots: Default::default(),
            error_code: Default::default(),
            status_code: Default::default(),
            runs: Default::default(),
            uptime: Default::default(),
            cycles: Default::default(),
            pack: Default::default(),
            shadow_runs: Default::default(),
            shadow_uptime: Default::default(),
            read_byte: Default::default(),
            read_from_results: Default::default(),
            in_weights: Default::default(),
            in_key: Default::default(),
            in_config: Default::default(),
            in_input0: Default::default(),
            in_input1: Default::default(),
            refuse: Default::default(),
            go: Default::default(),
            start: Default::default(),
            core_busy: Default::default(),
            packed_word: Default::default(),
            word_ends: Default::default(),
            weight_word_wide: Default::default(),
            input_word_wide: Default::default(),
            payload_words_wide: Default::default(),
            status_flags: Default::default(),
            read_region: Default::default(),
            read_offset: Default::default(),
            in_result0: Default::default(),
            in_result1: Default::default(),
            write_region: Default::default(),
            write_offset: Default::default(),
            is_key_commit: Default::default(),
            is_key_clear: Default::default(),
            is_key_discard: Default::default(),
            is_config_commit: Default::default(),
            is_run: Default::default(),
            result_offset: Default::default(),
            result_read_address: Default::default(),
            result_address_held: Default::default(),
            key_settle: Default::default(),
            checking: Default::default(),
            plain_skid: Default::default(),
            commit_config: Default::default(),
            weight_write: Default::default(),
            weight_write_address: Default::default(),
            weight_write_data: Default::default(),
            check_start: Default::default(),
            info: info_bytes.iter().map(|&b| constant(b as u64)).collect(),
            offsets: (0..INFO_BYTES).map(|i| constant(i as u64)).collect(),
            zero16: constant(0),
            zero3: constant(0),
            one3: constant(1),
            settle_clocks: constant(map::KEY_SETTLE_CLOCKS),
            bypass: Constant::new(config.bypass),
            weight_kib: constant(config.weight_bytes as u64 >> 10),
            write_kib: Default::default(),
            offset_high: Default::default(),
            offset_low: Default::default(),
            key_region: region(map::KEY_BASE),
            key_mask: constant(!(map::KEY_BYTES as u64 - 1) & 0xffff),
            key_commit_offset: offset(map::KEY_COMMIT),
            key_clear_offset: offset(map::KEY_CLEAR),
            key_discard_offset: offset(map::KEY_DISCARD),
            config_region: region(map::CONFIG_BASE),
            config_bytes: constant(config_bytes(config.max_layers) as u64),
            config_commit_offset: offset(map::CONFIG_COMMIT),
            input0_region: region(map::INPUT_BASE),
            input1_region: region(map::INPUT_BASE + SLOT_STRIDE),
            slot_mask: constant(!(slot - 1) & 0xffff),
            run_region: region(map::RUN),
            info_region: region(map::INFO_BASE),
            info_bytes: constant(INFO_BYTES as u64),
            status_region: region(map::STATUS_BASE),
            status_bytes: constant(STATUS_BYTES as u64),
            result0_region: region(map::RESULT_BASE),
            result1_region: region(map::RESULT_BASE + SLOT_STRIDE),
            result_slot_bytes: constant(config.result_slot_bytes as u64),
            result_slot: constant(config.result_slot_bytes as u64),
            lane_low_mask: constant(N as u64 - 1),
            lanes_less_one: constant(N as u64 - 1),
            lane_shift: constant(N.trailing_zeros() as u64),
            top_byte_shift: constant((BITS - 8) as u64),
            byte_shift: constant(8),
            slot_flag_shift: constant(map::STATUS_SLOT0_DONE.trailing_zeros() as u64),
            zero2: constant(0),
            one2: constant(1),
            flag_key: constant(map::STATUS_KEY_LOADED as u64),
            flag_model: constant(map::STATUS_MODEL_READY as u64),
            flag_busy: constant(map::STATUS_BUSY as u64),
            zero64: constant(0),
            two2: constant(2),
            not_one2: constant(2),
            not_two2: constant(1),
            zero8: constant(0),
            one8: constant(1),
            zero32: constant(0),
            one32: constant(1),
            one64: constant(1),
            code_busy: constant(ErrorCode::Busy as u64),
            code_no_key: constant(ErrorCode::NoKey as u64),
            code_no_model: constant(ErrorCode::NoModel as u64),
            code_key_loaded: constant(ErrorCode::KeyAlreadyLoaded as u64),
            code_bad_address: constant(ErrorCode::BadAddress as u64),
            code_bad_length: constant(ErrorCode::BadLength as u64),
        }
    }
}

impl<const N: usize, const BITS: usize, const NS: usize, const SB: usize> Logic for Accelerator<N, BITS, NS, SB> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, ready, running, running_slot, done_slots, error_code, status_code, runs, uptime, cycles, pack,
            shadow_runs, shadow_uptime, read_byte, read_from_results, result_address_held, key_settle, checking, start, check_start, weight_write, weight_write_address, weight_write_data
        );
        clock!(self, clock, plain_skid, unlock, weights, act0, act1, results, streamer, sequencer, mac, outputs, model_config, check);
        self.unlock.reset.next = self.reset.val();
        self.streamer.reset.next = self.reset.val();
        self.sequencer.reset.next = self.reset.val();
        self.mac.reset.next = self.reset.val();
        self.outputs.reset.next = self.reset.val();
        self.model_config.reset.next = self.reset.val();
        self.check.reset.next = self.reset.val();
        self.uptime.d.next = self.uptime.q.val() + self.one64.val();
        // The key register takes a few clocks to settle a commit or a clear: busy until then, so a
        // host that waits for idle reads the outcome in STATUS.
        self.core_busy.next = self.running.q.val() | self.checking.q.val() | (self.key_settle.q.val() != self.zero3.val());
        if self.key_settle.q.val() != self.zero3.val() {
            self.key_settle.d.next = self.key_settle.q.val() - self.one3.val();
        }

        // ---- Write channel: decode, then refuse or act.
        // Regions are told apart by the address's top byte, places in them by its low 16 bits.
        self.write_region.next = self.write_address.val().get_bits::<8>(16);
        self.write_offset.next = self.write_address.val().get_bits::<16>(0);
        self.write_kib.next = self.write_address.val().get_bits::<14>(10);
        self.offset_high.next = self.write_offset.val().get_bits::<8>(8);
        self.offset_low.next = self.write_offset.val().get_bits::<8>(0);
        self.in_weights.next = self.write_kib.val() < self.weight_kib.val();
        self.in_key.next = (self.write_region.val() == self.key_region.val()) & ((self.write_offset.val() & self.key_mask.val()) == self.zero16.val());
        self.is_key_commit.next = (self.write_region.val() == self.key_region.val()) & (self.write_offset.val() == self.key_commit_offset.val());
        self.is_key_clear.next = (self.write_region.val() == self.key_region.val()) & (self.write_offset.val() == self.key_clear_offset.val());
        self.is_key_discard.next = (self.write_region.val() == self.key_region.val()) & (self.write_offset.val() == self.key_discard_offset.val());
        self.in_config.next = (self.write_region.val() == self.config_region.val()) & (self.offset_high.val() == self.zero8.val()) & (self.offset_low.val() < self.config_bytes.val());
        self.is_config_commit.next = (self.write_region.val() == self.config_region.val()) & (self.write_offset.val() == self.config_commit_offset.val());
        self.in_input0.next = (self.write_region.val() == self.input0_region.val()) & ((self.write_offset.val() & self.slot_mask.val()) == self.zero16.val());
        self.in_input1.next = (self.write_region.val() == self.input1_region.val()) & ((self.write_offset.val() & self.slot_mask.val()) == self.zero16.val());
        self.is_run.next = (self.write_region.val() == self.run_region.val()) & (self.write_offset.val() == self.zero16.val());
        self.refuse.next = self.code_bad_address.val();
        if self.in_key.val() | self.is_key_discard.val() {
            self.refuse.next = self.zero8.val();
        }
        if self.in_weights.val() | self.in_config.val() | self.is_key_clear.val() {
            self.refuse.next = self.zero8.val();
            if self.core_busy.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.is_config_commit.val() {
            self.refuse.next = self.zero8.val();
            if self.core_busy.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.is_key_commit.val() {
            self.refuse.next = self.zero8.val();
            if self.core_busy.val() {
                self.refuse.next = self.code_busy.val();
            } else if self.unlock.key_loaded.val() {
                self.refuse.next = self.code_key_loaded.val();
            }
        }
        if self.in_input0.val() {
            self.refuse.next = self.zero8.val();
            if self.running.q.val() & !self.running_slot.q.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.in_input1.val() {
            self.refuse.next = self.zero8.val();
            if self.running.q.val() & self.running_slot.q.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.is_run.val() {
            self.refuse.next = self.zero8.val();
            if self.core_busy.val() {
                self.refuse.next = self.code_busy.val();
            } else if !self.unlock.key_loaded.val() & !self.bypass.val() {
                self.refuse.next = self.code_no_key.val();
            } else if !self.ready.q.val() {
                self.refuse.next = self.code_no_model.val();
            } else if self.write_data.val() > self.one8.val() {
                self.refuse.next = self.code_bad_address.val();
            }
        }
        if self.write.val() {
            self.status_code.d.next = self.refuse.val();
            if self.refuse.val() != self.zero8.val() {
                self.error_code.d.next = self.refuse.val();
            }
        }
        self.write_status.next = self.status_code.q.val();
        if self.unlock.key_commit_error.val() {
            // A commit after other than 16 key bytes: known one clock after the write.
            self.write_status.next = self.code_bad_length.val();
            self.error_code.d.next = self.code_bad_length.val();
        }
        self.go.next = self.write.val() & self.is_run.val() & (self.refuse.val() == self.zero8.val());

        // Key: bytes into staging, commit, clear.
        self.unlock.key_write.next = self.write.val() & self.in_key.val();
        self.unlock.key_write_data.next = self.write_data.val();
        self.unlock.key_commit.next = self.write.val() & self.is_key_commit.val() & (self.refuse.val() == self.zero8.val());
        self.unlock.key_clear.next = self.write.val() & self.is_key_clear.val() & (self.refuse.val() == self.zero8.val());
        self.unlock.key_discard.next = self.write.val() & self.is_key_discard.val();
        if self.write.val() & (self.is_key_commit.val() | self.is_key_clear.val()) & (self.refuse.val() == self.zero8.val()) {
            self.key_settle.d.next = self.settle_clocks.val();
        }

        // Weights and inputs: bytes packed into lane-wide words, stored on a word's last byte.
        self.packed_word.next = (self.pack.q.val() >> self.byte_shift.val()) | (bit_cast::<BITS, 8>(self.write_data.val()) << self.top_byte_shift.val());
        self.word_ends.next = (self.write_address.val() & self.lane_low_mask.val()) == self.lanes_less_one.val();
        self.weight_word_wide.next = self.write_address.val() >> self.lane_shift.val();
        self.input_word_wide.next = self.write_offset.val() >> self.lane_shift.val();
        if self.write.val() & (self.refuse.val() == self.zero8.val()) {
            self.pack.d.next = self.packed_word.val();
        }
        // A weight word reaches the memory a clock after its last byte (the 26 block RAMs' write
        // enables are a wide net; the decode stays off it). Nothing reads a word that soon: the
        // checker runs only after CONFIG_COMMIT.
        self.weight_write_address.d.next = self.weight_word_wide.val().get_bits::<WEIGHT_ADDRESS_BITS>(0);
        self.weight_write_data.d.next = self.packed_word.val();
        self.weight_write.d.next = self.write.val() & self.in_weights.val() & self.word_ends.val() & (self.refuse.val() == self.zero8.val());
        self.weights.write_address.next = self.weight_write_address.q.val();
        self.weights.write_data.next = self.weight_write_data.q.val();
        self.weights.write_enable.next = self.weight_write.q.val();

        // Configuration bytes and the commit check.
        self.model_config.write.next = self.write.val() & self.in_config.val() & (self.refuse.val() == self.zero8.val());
        self.model_config.write_data.next = self.write_data.val();
        // The checker starts a clock after the commit (its start logic is not behind the write
        // decode); the core counts as checking, hence busy, from the clock after the write.
        self.commit_config.next = self.write.val() & self.is_config_commit.val() & (self.refuse.val() == self.zero8.val());
        self.check_start.d.next = self.commit_config.val() & !self.reset.val();
        self.check.start.next = self.check_start.q.val();
        // Set by the commit, cleared after the checker's done pulse.
        self.checking.d.next = self.commit_config.val() | (self.checking.q.val() & !self.check.done.val());
        if self.reset.val() {
            self.checking.d.next = false;
        }
        if self.write.val() & (self.in_weights.val() | self.in_config.val() | self.is_config_commit.val()) & (self.refuse.val() == self.zero8.val()) {
            // The resident model changes: it must be checked again before it runs.
            self.ready.d.next = false;
        }
        if self.check.done.val() {
            self.ready.d.next = self.check.error.val() == self.zero8.val();
            if self.check.error.val() != self.zero8.val() {
                self.error_code.d.next = self.check.error.val();
            }
        }
        // The config registers serve the checker while it runs, else the sequencer.
        self.model_config.layer_select.next = self.sequencer.layer.val();
        if self.checking.q.val() {
            self.model_config.layer_select.next = self.check.layer_select.val();
        }
        self.check.layer_inputs.next = self.model_config.layer_inputs.val();
        self.check.layer_outputs.next = self.model_config.layer_outputs.val();
        self.check.layer_input_offset.next = self.model_config.layer_input_offset.val();
        self.check.layer_output_offset.next = self.model_config.layer_output_offset.val();
        self.check.layer_is_last.next = self.model_config.layer_is_last.val();
        self.check.layer_count.next = self.model_config.layer_count.val();
        self.check.payload_len.next = self.model_config.payload_len.val();
        self.check.payload_crc.next = self.model_config.payload_crc.val();
        self.check.mem_data.next = self.weights.read_data.val();
        self.weights.read_address.next = self.streamer.mem_address.val();
        if self.checking.q.val() {
            self.weights.read_address.next = self.check.mem_address.val();
        }

        // ---- One inference: weights -> unlock -> sequencer -> MAC -> output stage.
        self.payload_words_wide.next = self.model_config.payload_len.val() >> self.lane_shift.val();
        self.streamer.start.next = self.start.q.val();
        self.streamer.words.next = self.payload_words_wide.val().get_bits::<WEIGHT_ADDRESS_BITS>(0);
        self.streamer.mem_data.next = self.weights.read_data.val();
        self.unlock.restart.next = self.start.q.val();
        self.unlock.locked_data.next = self.streamer.data.val();
        self.unlock.locked_valid.next = self.streamer.valid.val();
        self.streamer.ready.next = self.unlock.locked_ready.val();
        // Plaintext beats reach the sequencer through a skid buffer: the MAC side's ready stops
        // there instead of running back through the lanes and the key schedule to the weight
        // memory's address (one long path otherwise).
        self.plain_skid.flush.next = self.reset.val() | self.start.q.val();
        self.plain_skid.in_data.next = self.unlock.plain_data.val();
        self.plain_skid.in_valid.next = self.unlock.plain_valid.val();
        self.unlock.plain_ready.next = self.plain_skid.in_ready.val();
        if self.bypass.val() {
            // Measurement build: the weights are stored plaintext and skip the unlock lanes.
            self.plain_skid.in_data.next = self.streamer.data.val();
            self.plain_skid.in_valid.next = self.streamer.valid.val();
            self.streamer.ready.next = self.plain_skid.in_ready.val();
            self.unlock.plain_ready.next = false;
        }
        self.sequencer.beat_data.next = self.plain_skid.out_data.val();
        self.sequencer.beat_valid.next = self.plain_skid.out_valid.val();
        self.plain_skid.out_ready.next = self.sequencer.beat_ready.val();
        self.sequencer.start.next = self.start.q.val();
        self.sequencer.layer_inputs.next = self.model_config.layer_inputs.val();
        self.sequencer.layer_outputs.next = self.model_config.layer_outputs.val();
        self.sequencer.layer_input_offset.next = self.model_config.layer_input_offset.val();
        self.sequencer.layer_is_last.next = self.model_config.layer_is_last.val();
        self.sequencer.mac_ready.next = self.mac.beat_ready.val();
        self.sequencer.drained.next = self.mac.empty.val() & self.outputs.idle.val();
        self.act0.read_address.next = self.sequencer.act_address.val();
        self.act1.read_address.next = self.sequencer.act_address.val();
        self.mac.activations.next = self.act0.read_data.val();
        if self.running_slot.q.val() {
            self.mac.activations.next = self.act1.read_data.val();
        }
        self.mac.beat_valid.next = self.sequencer.mac_valid.val();
        self.mac.weights.next = self.sequencer.mac_weights.val();
        self.mac.lane_mask.next = self.sequencer.mac_lane_mask.val();
        self.mac.row_start.next = self.sequencer.mac_row_start.val();
        self.mac.row_end.next = self.sequencer.mac_row_end.val();
        self.mac.bias.next = self.sequencer.mac_bias.val();
        self.mac.multiplier.next = self.sequencer.mac_multiplier.val();
        self.mac.shift.next = self.sequencer.mac_shift.val();
        self.mac.last_layer.next = self.sequencer.mac_last_layer.val();
        self.outputs.start.next = self.start.q.val();
        self.outputs.row_valid.next = self.mac.row_valid.val();
        self.mac.row_ready.next = self.outputs.row_ready.val();
        self.outputs.row_acc.next = self.mac.row_acc.val();
        self.outputs.row_multiplier.next = self.mac.row_multiplier.val();
        self.outputs.row_shift.next = self.mac.row_shift.val();
        self.outputs.row_last_layer.next = self.mac.row_last_layer.val();
        self.outputs.layer_outputs.next = self.model_config.layer_outputs.val();
        self.outputs.layer_output_offset.next = self.model_config.layer_output_offset.val();
        self.outputs.finish.next = self.sequencer.finished.val();
        self.outputs.cycles.next = self.cycles.q.val();

        // Activation memories: the running slot's takes the output stage's writes, the other the
        // input writes of the write channel.
        self.act0.write_address.next = self.input_word_wide.val().get_bits::<ACT_ADDRESS_BITS>(0);
        self.act0.write_data.next = self.packed_word.val();
        self.act0.write_enable.next = self.write.val() & self.in_input0.val() & self.word_ends.val() & (self.refuse.val() == self.zero8.val());
        self.act1.write_address.next = self.input_word_wide.val().get_bits::<ACT_ADDRESS_BITS>(0);
        self.act1.write_data.next = self.packed_word.val();
        self.act1.write_enable.next = self.write.val() & self.in_input1.val() & self.word_ends.val() & (self.refuse.val() == self.zero8.val());
        if self.running.q.val() & !self.running_slot.q.val() {
            self.act0.write_address.next = self.outputs.act_write_address.val();
            self.act0.write_data.next = self.outputs.act_write_data.val();
            self.act0.write_enable.next = self.outputs.act_write_enable.val();
        }
        if self.running.q.val() & self.running_slot.q.val() {
            self.act1.write_address.next = self.outputs.act_write_address.val();
            self.act1.write_data.next = self.outputs.act_write_data.val();
            self.act1.write_enable.next = self.outputs.act_write_enable.val();
        }
        self.results.write_address.next = bit_cast::<RESULT_ADDRESS_BITS, RESULT_OFFSET_BITS>(self.outputs.result_write_address.val());
        if self.running_slot.q.val() {
            self.results.write_address.next =
                bit_cast::<RESULT_ADDRESS_BITS, RESULT_OFFSET_BITS>(self.outputs.result_write_address.val()) + self.result_slot.val();
        }
        self.results.write_data.next = self.outputs.result_write_data.val();
        self.results.write_enable.next = self.outputs.result_write_enable.val();

        // Run control.
        self.start.d.next = self.go.val();
        if self.running.q.val() {
            self.cycles.d.next = self.cycles.q.val() + self.one32.val();
        }
        if self.go.val() {
            self.running.d.next = true;
            self.running_slot.d.next = self.write_data.val().get_bit(0);
            if self.write_data.val().get_bit(0) {
                self.done_slots.d.next = self.done_slots.q.val() & self.not_two2.val();
            } else {
                self.done_slots.d.next = self.done_slots.q.val() & self.not_one2.val();
            }
        }
        if self.start.q.val() {
            self.cycles.d.next = self.zero32.val();
        }
        if self.outputs.done.val() {
            self.running.d.next = false;
            self.runs.d.next = self.runs.q.val() + self.one32.val();
            if self.running_slot.q.val() {
                self.done_slots.d.next = self.done_slots.q.val() | self.two2.val();
            } else {
                self.done_slots.d.next = self.done_slots.q.val() | self.one2.val();
            }
        }

        // ---- Read channel: one clock of latency, like the result memory's.
        self.status_flags.next = bit_cast::<8, 2>(self.done_slots.q.val()) << self.slot_flag_shift.val();
        if self.unlock.key_loaded.val() {
            self.status_flags.next = self.status_flags.val() | self.flag_key.val();
        }
        if self.ready.q.val() {
            self.status_flags.next = self.status_flags.val() | self.flag_model.val();
        }
        if self.core_busy.val() {
            self.status_flags.next = self.status_flags.val() | self.flag_busy.val();
        }
        self.read_region.next = self.read_address.val().get_bits::<8>(16);
        self.read_offset.next = self.read_address.val().get_bits::<16>(0);
        self.in_result0.next = (self.read_region.val() == self.result0_region.val()) & (self.read_offset.val() < self.result_slot_bytes.val());
        self.in_result1.next = (self.read_region.val() == self.result1_region.val()) & (self.read_offset.val() < self.result_slot_bytes.val());
        self.result_offset.next = self.read_offset.val().get_bits::<RESULT_ADDRESS_BITS>(0);
        // The result memory sees the address of a read when it happens, and that address again
        // afterwards: its output must stay put until the next read.
        self.result_read_address.next = self.result_offset.val();
        if self.in_result1.val() {
            self.result_read_address.next = self.result_offset.val() + self.result_slot.val();
        }
        self.results.read_address.next = self.result_address_held.q.val();
        if self.read.val() {
            self.results.read_address.next = self.result_read_address.val();
            self.result_address_held.d.next = self.result_read_address.val();
            self.read_from_results.d.next = self.in_result0.val() | self.in_result1.val();
            self.read_byte.d.next = self.zero8.val();
            if (self.read_region.val() == self.info_region.val()) & (self.read_offset.val() < self.info_bytes.val()) {
                for i in 0..INFO_BYTES {
                    if self.read_offset.val() == self.offsets[i].val() {
                        self.read_byte.d.next = self.info[i].val();
                    }
                }
            }
            if (self.read_region.val() == self.status_region.val()) & (self.read_offset.val() < self.status_bytes.val()) {
                // flags, last error, 0, 0, runs (4 bytes), uptime (8 bytes); all little-endian.
                if self.read_offset.val() == self.offsets[0].val() {
                    self.read_byte.d.next = self.status_flags.val();
                    // Reading the flags snapshots the counters: the rest of the block is consistent.
                    self.shadow_runs.d.next = self.runs.q.val();
                    self.shadow_uptime.d.next = self.uptime.q.val();
                }
                if self.read_offset.val() == self.offsets[1].val() {
                    self.read_byte.d.next = self.error_code.q.val();
                }
                for k in 0..4 {
                    if self.read_offset.val() == self.offsets[4 + k].val() {
                        self.read_byte.d.next = self.shadow_runs.q.val().get_bits::<8>(8 * k);
                    }
                }
                for k in 0..8 {
                    if self.read_offset.val() == self.offsets[8 + k].val() {
                        self.read_byte.d.next = self.shadow_uptime.q.val().get_bits::<8>(8 * k);
                    }
                }
            }
        }
        self.read_data.next = self.read_byte.q.val();
        if self.read_from_results.q.val() {
            self.read_data.next = self.results.read_data.val();
        }

        if self.reset.val() {
            self.ready.d.next = false;
            self.running.d.next = false;
            self.done_slots.d.next = self.zero2.val();
            self.error_code.d.next = self.zero8.val();
            self.status_code.d.next = self.zero8.val();
            self.runs.d.next = self.zero32.val();
            self.uptime.d.next = self.zero64.val();
        }
        self.key_loaded.next = self.unlock.key_loaded.val();
        self.model_ready.next = self.ready.q.val();
        self.busy.next = self.core_busy.val();
        self.slot_done.next = self.done_slots.q.val();
        self.last_error.next = self.error_code.q.val();
    }
}

#[cfg(test)]
mod tests;
