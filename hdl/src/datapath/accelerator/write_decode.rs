//! The core's write decode: which region or doorbell a write hits (docs/protocol.md §1), whether
//! the core refuses it and why, the strobes an accepted write raises, and `write_status`.
//!
//! Regions are told apart by the address's top byte, places in them by its low 16 bits; every
//! compare with a constant is a bit test or a narrow compare (this decode is on the core's
//! busiest path). Combinational but for `write_status`'s register.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, ADDRESS_BITS, SLOT_STRIDE};
use deeplock_spec::protocol::ErrorCode;

use super::{constant, offset, region};
use crate::crypto::key_port::KeyPortInitiator;

/// Write decode of the accelerator core.
#[derive(LogicBlock)]
pub struct WriteDecode {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset (`write_status` back to 0).
    pub reset: Signal<In, Bit>,
    // ---- Write port (from the core bus).
    /// A byte is written this clock.
    pub write: Signal<In, Bit>,
    /// Its address.
    pub write_address: Signal<In, Bits<ADDRESS_BITS>>,
    /// The byte.
    pub write_data: Signal<In, Bits<8>>,
    /// The outcome of the previous clock's write (0 or its error code; a rejected key commit a
    /// clock later: `BAD_LENGTH`).
    pub write_status: Signal<Out, Bits<8>>,
    // ---- Core state the decision depends on.
    /// Running, checking or settling a key.
    pub busy: Signal<In, Bit>,
    /// An inference runs, on input slot `running_slot`.
    pub running: Signal<In, Bit>,
    pub running_slot: Signal<In, Bit>,
    /// A CONFIG block passed the checker.
    pub model_ready: Signal<In, Bit>,
    // ---- What the write does.
    /// This clock's write is refused: `refuse_code` says why.
    pub refused: Signal<Out, Bit>,
    pub refuse_code: Signal<Out, Bits<8>>,
    /// This clock's write is accepted (any region).
    pub accepted: Signal<Out, Bit>,
    /// An accepted byte of WEIGHTS, of INPUT slot 0 / slot 1, of CONFIG.
    pub weight_byte: Signal<Out, Bit>,
    pub input0_byte: Signal<Out, Bit>,
    pub input1_byte: Signal<Out, Bit>,
    pub config_byte: Signal<Out, Bit>,
    /// Accepted CONFIG_COMMIT.
    pub config_commit: Signal<Out, Bit>,
    /// Accepted RUN (slot: bit 0 of `write_data`).
    pub run: Signal<Out, Bit>,
    /// The resident model changes (weights, CONFIG, CONFIG_COMMIT): it must be checked again.
    pub model_changes: Signal<Out, Bit>,
    /// An accepted key commit or clear: the key register settles.
    pub key_changes: Signal<Out, Bit>,
    /// The key port: the key region's bytes and strobes out, whether a key is loaded and
    /// whether a commit was rejected (a clock after it) back.
    pub key: KeyPortInitiator,
    status_code: DFF<Bits<8>>,
    in_weights: Signal<Local, Bit>,
    in_key: Signal<Local, Bit>,
    in_config: Signal<Local, Bit>,
    in_input0: Signal<Local, Bit>,
    in_input1: Signal<Local, Bit>,
    refuse: Signal<Local, Bits<8>>,
    ok: Signal<Local, Bit>,
    write_region: Signal<Local, Bits<8>>,
    write_offset: Signal<Local, Bits<16>>,
    write_kib: Signal<Local, Bits<14>>,
    offset_high: Signal<Local, Bits<8>>,
    offset_low: Signal<Local, Bits<8>>,
    is_key_commit: Signal<Local, Bit>,
    is_key_clear: Signal<Local, Bit>,
    is_key_discard: Signal<Local, Bit>,
    is_config_commit: Signal<Local, Bit>,
    is_run: Signal<Local, Bit>,
    bypass: Constant<Bit>,
    /// Weights: below weight_bytes / 1 KiB.
    weight_kib: Constant<Bits<14>>,
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
    zero8: Constant<Bits<8>>,
    one8: Constant<Bits<8>>,
    zero16: Constant<Bits<16>>,
    code_busy: Constant<Bits<8>>,
    code_no_key: Constant<Bits<8>>,
    code_no_model: Constant<Bits<8>>,
    code_key_loaded: Constant<Bits<8>>,
    code_bad_address: Constant<Bits<8>>,
    code_bad_length: Constant<Bits<8>>,
}

impl WriteDecode {
    /// The decode of a core with `weight_bytes` of weights (whole KiB), input slots of
    /// `slot_bytes` (a power of two), a CONFIG block of `config_bytes`; a `bypass` core runs without a key.
    pub fn new(weight_bytes: usize, slot_bytes: usize, config_bytes: usize, bypass: bool) -> Self {
        assert!(weight_bytes % 1024 == 0 && weight_bytes >> 10 < 1 << 14, "weights: whole KiB, under 16 MiB");
        assert!(slot_bytes.is_power_of_two() && map::KEY_BYTES.is_power_of_two(), "slot and key sizes: powers of two");
        assert!(config_bytes < 256, "CONFIG block under 256 bytes");
        // Regions are decoded by the address's top byte: every region must start on one, and the
        // slot strides must keep slots in regions of their own.
        assert_eq!(SLOT_STRIDE, 0x1_0000, "one region per slot");
        assert!(weight_bytes as u64 <= u64::from(map::INFO_BASE), "weights below the INFO region");
        WriteDecode {
            clock: Default::default(),
            reset: Default::default(),
            write: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_status: Default::default(),
            busy: Default::default(),
            running: Default::default(),
            running_slot: Default::default(),
            model_ready: Default::default(),
            refused: Default::default(),
            refuse_code: Default::default(),
            accepted: Default::default(),
            weight_byte: Default::default(),
            input0_byte: Default::default(),
            input1_byte: Default::default(),
            config_byte: Default::default(),
            config_commit: Default::default(),
            run: Default::default(),
            model_changes: Default::default(),
            key_changes: Default::default(),
            key: Default::default(),
            status_code: Default::default(),
            in_weights: Default::default(),
            in_key: Default::default(),
            in_config: Default::default(),
            in_input0: Default::default(),
            in_input1: Default::default(),
            refuse: Default::default(),
            ok: Default::default(),
            write_region: Default::default(),
            write_offset: Default::default(),
            write_kib: Default::default(),
            offset_high: Default::default(),
            offset_low: Default::default(),
            is_key_commit: Default::default(),
            is_key_clear: Default::default(),
            is_key_discard: Default::default(),
            is_config_commit: Default::default(),
            is_run: Default::default(),
            bypass: Constant::new(bypass),
            weight_kib: constant(weight_bytes as u64 >> 10),
            key_region: region(map::KEY_BASE),
            key_mask: constant(!(map::KEY_BYTES as u64 - 1) & 0xffff),
            key_commit_offset: offset(map::KEY_COMMIT),
            key_clear_offset: offset(map::KEY_CLEAR),
            key_discard_offset: offset(map::KEY_DISCARD),
            config_region: region(map::CONFIG_BASE),
            config_bytes: constant(config_bytes as u64),
            config_commit_offset: offset(map::CONFIG_COMMIT),
            input0_region: region(map::INPUT_BASE),
            input1_region: region(map::INPUT_BASE + SLOT_STRIDE),
            slot_mask: constant(!(slot_bytes as u64 - 1) & 0xffff),
            run_region: region(map::RUN),
            zero8: constant(0),
            one8: constant(1),
            zero16: constant(0),
            code_busy: constant(ErrorCode::Busy as u64),
            code_no_key: constant(ErrorCode::NoKey as u64),
            code_no_model: constant(ErrorCode::NoModel as u64),
            code_key_loaded: constant(ErrorCode::KeyAlreadyLoaded as u64),
            code_bad_address: constant(ErrorCode::BadAddress as u64),
            code_bad_length: constant(ErrorCode::BadLength as u64),
        }
    }
}

impl Logic for WriteDecode {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, status_code);
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
            if self.busy.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.is_config_commit.val() {
            self.refuse.next = self.zero8.val();
            if self.busy.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.is_key_commit.val() {
            self.refuse.next = self.zero8.val();
            if self.busy.val() {
                self.refuse.next = self.code_busy.val();
            } else if self.key.loaded.val() {
                self.refuse.next = self.code_key_loaded.val();
            }
        }
        if self.in_input0.val() {
            self.refuse.next = self.zero8.val();
            if self.running.val() & !self.running_slot.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.in_input1.val() {
            self.refuse.next = self.zero8.val();
            if self.running.val() & self.running_slot.val() {
                self.refuse.next = self.code_busy.val();
            }
        }
        if self.is_run.val() {
            self.refuse.next = self.zero8.val();
            if self.busy.val() {
                self.refuse.next = self.code_busy.val();
            } else if !self.key.loaded.val() & !self.bypass.val() {
                self.refuse.next = self.code_no_key.val();
            } else if !self.model_ready.val() {
                self.refuse.next = self.code_no_model.val();
            } else if self.write_data.val() > self.one8.val() {
                self.refuse.next = self.code_bad_address.val();
            }
        }
        self.ok.next = self.refuse.val() == self.zero8.val();
        if self.write.val() {
            self.status_code.d.next = self.refuse.val();
        }
        if self.reset.val() {
            self.status_code.d.next = self.zero8.val();
        }
        self.write_status.next = self.status_code.q.val();
        if self.key.commit_error.val() {
            // A commit after other than 16 key bytes: known one clock after the write.
            self.write_status.next = self.code_bad_length.val();
        }
        self.refused.next = self.write.val() & !self.ok.val();
        self.refuse_code.next = self.refuse.val();
        self.accepted.next = self.write.val() & self.ok.val();
        self.weight_byte.next = self.write.val() & self.in_weights.val() & self.ok.val();
        self.input0_byte.next = self.write.val() & self.in_input0.val() & self.ok.val();
        self.input1_byte.next = self.write.val() & self.in_input1.val() & self.ok.val();
        self.config_byte.next = self.write.val() & self.in_config.val() & self.ok.val();
        self.config_commit.next = self.write.val() & self.is_config_commit.val() & self.ok.val();
        self.run.next = self.write.val() & self.is_run.val() & self.ok.val();
        self.model_changes.next = self.write.val() & (self.in_weights.val() | self.in_config.val() | self.is_config_commit.val()) & self.ok.val();
        self.key_changes.next = self.write.val() & (self.is_key_commit.val() | self.is_key_clear.val()) & self.ok.val();
        // Key: bytes into staging, commit, clear; a discard is never refused.
        self.key.write.next = self.write.val() & self.in_key.val();
        self.key.write_data.next = self.write_data.val();
        self.key.commit.next = self.write.val() & self.is_key_commit.val() & self.ok.val();
        self.key.clear.next = self.write.val() & self.is_key_clear.val() & self.ok.val();
        self.key.discard.next = self.write.val() & self.is_key_discard.val();
    }
}
