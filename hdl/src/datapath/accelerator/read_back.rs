//! The core's read port: INFO (the build's constants), STATUS (flags, last error, runs, uptime)
//! and the two RESULT slots (the result memory), with one clock of latency like the result
//! memory's. `read_data` holds the byte of the last read until the next read.
//!
//! Reading STATUS's flags byte snapshots the counters, so the rest of the block is consistent.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, ADDRESS_BITS, INFO_BYTES, RESULT_ADDRESS_BITS, SLOTS, SLOT_STRIDE, STATUS_BYTES};

use super::{constant, region};

/// The read multiplexer of the accelerator core.
#[derive(LogicBlock)]
pub struct ReadBack {
    pub clock: Signal<In, Clock>,
    // ---- Read port (from the core bus).
    /// Reads the byte at `read_address`.
    pub read: Signal<In, Bit>,
    pub read_address: Signal<In, Bits<ADDRESS_BITS>>,
    /// The byte of the last read, from the clock after it until the next read.
    pub read_data: Signal<Out, Bits<8>>,
    // ---- What STATUS shows.
    pub slot_done: Signal<In, Bits<SLOTS>>,
    pub key_loaded: Signal<In, Bit>,
    pub model_ready: Signal<In, Bit>,
    pub busy: Signal<In, Bit>,
    pub last_error: Signal<In, Bits<8>>,
    pub runs: Signal<In, Bits<32>>,
    pub uptime: Signal<In, Bits<64>>,
    // ---- The result memory's read port (both slots).
    pub results_address: Signal<Out, Bits<RESULT_ADDRESS_BITS>>,
    pub results_data: Signal<In, Bits<8>>,
    shadow_runs: DFF<Bits<32>>,
    shadow_uptime: DFF<Bits<64>>,
    read_byte: DFF<Bits<8>>,
    read_from_results: DFF<Bit>,
    result_address_held: DFF<Bits<RESULT_ADDRESS_BITS>>,
    status_flags: Signal<Local, Bits<8>>,
    read_region: Signal<Local, Bits<8>>,
    read_offset: Signal<Local, Bits<16>>,
    in_result0: Signal<Local, Bit>,
    in_result1: Signal<Local, Bit>,
    result_offset: Signal<Local, Bits<RESULT_ADDRESS_BITS>>,
    result_read_address: Signal<Local, Bits<RESULT_ADDRESS_BITS>>,
    info: Vec<Constant<Bits<8>>>,
    offsets: Vec<Constant<Bits<16>>>,
    info_region: Constant<Bits<8>>,
    info_bytes: Constant<Bits<16>>,
    status_region: Constant<Bits<8>>,
    status_bytes: Constant<Bits<16>>,
    result0_region: Constant<Bits<8>>,
    result1_region: Constant<Bits<8>>,
    result_slot_bytes: Constant<Bits<16>>,
    result_slot: Constant<Bits<RESULT_ADDRESS_BITS>>,
    slot_flag_shift: Constant<Bits<8>>,
    flag_key: Constant<Bits<8>>,
    flag_model: Constant<Bits<8>>,
    flag_busy: Constant<Bits<8>>,
    zero8: Constant<Bits<8>>,
}

impl ReadBack {
    /// The read port of a core whose INFO block is `info` and whose RESULT slots hold
    /// `result_slot_bytes` each.
    pub fn new(info: &[u8], result_slot_bytes: usize) -> Self {
        assert_eq!(info.len(), INFO_BYTES, "an INFO block");
        assert!(STATUS_BYTES <= INFO_BYTES, "STATUS offsets are INFO's first");
        assert!(result_slot_bytes * SLOTS <= 1 << RESULT_ADDRESS_BITS, "result memory too large");
        assert_eq!(SLOT_STRIDE, 0x1_0000, "one region per slot");
        ReadBack {
            clock: Default::default(),
            read: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            slot_done: Default::default(),
            key_loaded: Default::default(),
            model_ready: Default::default(),
            busy: Default::default(),
            last_error: Default::default(),
            runs: Default::default(),
            uptime: Default::default(),
            results_address: Default::default(),
            results_data: Default::default(),
            shadow_runs: Default::default(),
            shadow_uptime: Default::default(),
            read_byte: Default::default(),
            read_from_results: Default::default(),
            result_address_held: Default::default(),
            status_flags: Default::default(),
            read_region: Default::default(),
            read_offset: Default::default(),
            in_result0: Default::default(),
            in_result1: Default::default(),
            result_offset: Default::default(),
            result_read_address: Default::default(),
            info: info.iter().map(|&b| constant(b as u64)).collect(),
            offsets: (0..INFO_BYTES).map(|i| constant(i as u64)).collect(),
            info_region: region(map::INFO_BASE),
            info_bytes: constant(INFO_BYTES as u64),
            status_region: region(map::STATUS_BASE),
            status_bytes: constant(STATUS_BYTES as u64),
            result0_region: region(map::RESULT_BASE),
            result1_region: region(map::RESULT_BASE + SLOT_STRIDE),
            result_slot_bytes: constant(result_slot_bytes as u64),
            result_slot: constant(result_slot_bytes as u64),
            slot_flag_shift: constant(map::STATUS_SLOT0_DONE.trailing_zeros() as u64),
            flag_key: constant(map::STATUS_KEY_LOADED as u64),
            flag_model: constant(map::STATUS_MODEL_READY as u64),
            flag_busy: constant(map::STATUS_BUSY as u64),
            zero8: constant(0),
        }
    }
}

impl Logic for ReadBack {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, shadow_runs, shadow_uptime, read_byte, read_from_results, result_address_held);
        self.status_flags.next = bit_cast::<8, 2>(self.slot_done.val()) << self.slot_flag_shift.val();
        if self.key_loaded.val() {
            self.status_flags.next = self.status_flags.val() | self.flag_key.val();
        }
        if self.model_ready.val() {
            self.status_flags.next = self.status_flags.val() | self.flag_model.val();
        }
        if self.busy.val() {
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
        self.results_address.next = self.result_address_held.q.val();
        if self.read.val() {
            self.results_address.next = self.result_read_address.val();
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
                    self.shadow_runs.d.next = self.runs.val();
                    self.shadow_uptime.d.next = self.uptime.val();
                }
                if self.read_offset.val() == self.offsets[1].val() {
                    self.read_byte.d.next = self.last_error.val();
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
            self.read_data.next = self.results_data.val();
        }
    }
}
