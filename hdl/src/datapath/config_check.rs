//! CONFIG_COMMIT: checks the CONFIG block against the device and the resident weights before a
//! model may run (docs/protocol.md §1).
//!
//! 1. Every layer: inputs and outputs at least 1; layers chain (inputs and input offset equal the
//!    previous layer's outputs and output offset; layer 0 reads offset 0); vectors are 8-byte
//!    aligned, fit in the slot and do not overlap; the last layer has at most `max_classes`
//!    outputs. Its payload bytes, outputs x (8 + inputs rounded up to 8), are summed by repeated
//!    addition (no multiplier on the iCE40; at most one clock per row).
//! 2. The sum equals the payload length, which fits the weight memory, and the lock section names
//!    a lock mode the build runs (`lock_mode_ok` from the CONFIG registers).
//! 3. The payload is read back through a CRC-32 engine and must match the block's CRC: proof
//!    that the whole locked payload arrived, whatever order its chunks came in.
//!
//! A bad block ends with `BAD_CONFIG`, a mismatching payload with `WEIGHTS_CRC`. Every step is
//! bounded (rows by the payload length, words by the memory), so no block can hang the checker.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::WEIGHT_ADDRESS_BITS;
use deeplock_spec::protocol::ErrorCode;

use crate::common::crc::CrcEngine;
use crate::datapath::layer_config::LayerConfigSink;

mod layer_rules;

pub use layer_rules::LayerRules;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum CheckState {
    Idle,
    Fetch,
    Ends,
    Judge,
    Layer,
    Decide,
    Sum,
    Total,
    Read,
    Latch,
    Feed,
    Compare,
}

/// Resource limits the checker enforces.
#[derive(Clone, Copy, Debug)]
pub struct CheckLimits {
    pub slot_bytes: u64,
    pub max_classes: u64,
    pub weight_bytes: u64,
}

#[derive(LogicBlock)]
pub struct ConfigCheck<const N: usize, const BITS: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Strobe: check the CONFIG block now in the registers.
    pub start: Signal<In, Bit>,
    /// One-clock pulse at the end, with `error`.
    pub done: Signal<Out, Bit>,
    /// 0 if the model may run, else `BAD_CONFIG` or `WEIGHTS_CRC`.
    pub error: Signal<Out, Bits<8>>,
    /// The config registers' fields of the layer it checks.
    pub layer_config: LayerConfigSink,
    pub layer_count: Signal<In, Bits<4>>,
    pub payload_len: Signal<In, Bits<32>>,
    pub payload_crc: Signal<In, Bits<32>>,
    /// The block's lock mode is one the build runs.
    pub lock_mode_ok: Signal<In, Bit>,
    /// Weight memory read port.
    pub mem_address: Signal<Out, Bits<WEIGHT_ADDRESS_BITS>>,
    pub mem_data: Signal<In, Bits<BITS>>,
    weights_crc_engine: CrcEngine<32>,
    rules: LayerRules,
    state: DFF<CheckState>,
    layer: DFF<Bits<4>>,
    sum: DFF<Bits<32>>,
    rows_left: DFF<Bits<16>>,
    row_bytes: DFF<Bits<32>>,
    word: DFF<Bits<BITS>>,
    word_index: DFF<Bits<32>>,
    bytes_left: DFF<Bits<4>>,
    error_code: DFF<Bits<8>>,
    done_pulse: DFF<Bit>,
    // The payload-length comparisons, registered (32-bit compares; the block is still while
    // it is checked, and `sum` changes at most once per row, so a clock late is still right for
    // Total, and only a row late for the early abort in Sum).
    sum_over_q: DFF<Bit>,
    sum_differs_q: DFF<Bit>,
    payload_too_big_q: DFF<Bit>,
    word_count_wide: Signal<Local, Bits<32>>,
    weight_bytes: Constant<Bits<32>>,
    lane_shift: Constant<Bits<8>>,
    lanes: Constant<Bits<4>>,
    header_bytes: Constant<Bits<32>>,
    zero32: Constant<Bits<32>>,
    one32: Constant<Bits<32>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    zero4: Constant<Bits<4>>,
    one4: Constant<Bits<4>>,
    zero8: Constant<Bits<8>>,
    byte_shift: Constant<Bits<8>>,
    bad_config: Constant<Bits<8>>,
    weights_crc: Constant<Bits<8>>,
}

impl<const N: usize, const BITS: usize> ConfigCheck<N, BITS> {
    pub fn new(limits: CheckLimits) -> Self {
        assert_eq!(BITS, 8 * N, "BITS must be 8 x N");
        assert!(limits.weight_bytes / N as u64 <= 1 << WEIGHT_ADDRESS_BITS, "weight memory too large");
        ConfigCheck {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            done: Default::default(),
            error: Default::default(),
            layer_config: Default::default(),
            layer_count: Default::default(),
            payload_len: Default::default(),
            payload_crc: Default::default(),
            lock_mode_ok: Default::default(),
            mem_address: Default::default(),
            mem_data: Default::default(),
            weights_crc_engine: CrcEngine::new(&crc::CRC_32_ISO_HDLC),
            rules: LayerRules::new(limits.slot_bytes, limits.max_classes),
            state: Default::default(),
            layer: Default::default(),
            sum: Default::default(),
            rows_left: Default::default(),
            row_bytes: Default::default(),
            word: Default::default(),
            word_index: Default::default(),
            bytes_left: Default::default(),
            error_code: Default::default(),
            done_pulse: Default::default(),
            sum_over_q: Default::default(),
            sum_differs_q: Default::default(),
            payload_too_big_q: Default::default(),
            word_count_wide: Default::default(),
            weight_bytes: Constant::new(limits.weight_bytes.to_bits()),
            lane_shift: Constant::new((N.trailing_zeros() as u64).to_bits()),
            lanes: Constant::new((N as u64).to_bits()),
            header_bytes: Constant::new((deeplock_spec::layout::ROW_HEADER_BYTES as u64).to_bits()),
            zero32: Constant::new(0u64.to_bits()),
            one32: Constant::new(1u64.to_bits()),
            zero16: Constant::new(0u64.to_bits()),
            one16: Constant::new(1u64.to_bits()),
            zero4: Constant::new(0u64.to_bits()),
            one4: Constant::new(1u64.to_bits()),
            zero8: Constant::new(0u64.to_bits()),
            byte_shift: Constant::new(8u64.to_bits()),
            bad_config: Constant::new((ErrorCode::BadConfig as u64).to_bits()),
            weights_crc: Constant::new((ErrorCode::WeightsCrc as u64).to_bits()),
        }
    }
}

impl<const N: usize, const BITS: usize> Logic for ConfigCheck<N, BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, layer, sum_over_q, sum_differs_q, payload_too_big_q, sum, rows_left, row_bytes, word, word_index, bytes_left,
            error_code, done_pulse
        );
        clock!(self, clock, weights_crc_engine, rules);
        self.weights_crc_engine.clear.next = false;
        self.weights_crc_engine.enable.next = false;
        self.weights_crc_engine.data.next = self.word.q.val().get_bits::<8>(0);
        self.done_pulse.d.next = false;
        self.layer_config.select.next = self.layer.q.val();
        self.word_count_wide.next = self.payload_len.val() >> self.lane_shift.val();
        self.mem_address.next = self.word_index.q.val().get_bits::<WEIGHT_ADDRESS_BITS>(0);

        // Step 1: the current layer's rules, a step per state from Fetch to Decide.
        self.rules.layer_inputs.next = self.layer_config.inputs.val();
        self.rules.layer_outputs.next = self.layer_config.outputs.val();
        self.rules.layer_input_offset.next = self.layer_config.input_offset.val();
        self.rules.layer_output_offset.next = self.layer_config.output_offset.val();
        self.rules.layer_is_last.next = self.layer_config.is_last.val();
        self.rules.first.next = self.layer.q.val() == self.zero4.val();
        self.rules.load.next = false;
        self.rules.pad.next = false;
        self.rules.ends.next = false;
        self.rules.judge.next = false;
        self.rules.accept.next = false;

        self.sum_over_q.d.next = self.sum.q.val() > self.payload_len.val();
        self.sum_differs_q.d.next = self.sum.q.val() != self.payload_len.val();
        self.payload_too_big_q.d.next = self.payload_len.val() > self.weight_bytes.val();

        match self.state.q.val() {
            CheckState::Idle => {}
            CheckState::Fetch => {
                self.rules.load.next = true;
                self.state.d.next = CheckState::Ends;
                if self.layer.q.val() == self.layer_count.val() {
                    self.state.d.next = CheckState::Total;
                }
            }
            CheckState::Ends => {
                self.rules.pad.next = true;
                self.state.d.next = CheckState::Judge;
            }
            CheckState::Judge => {
                self.rules.ends.next = true;
                self.state.d.next = CheckState::Layer;
            }
            CheckState::Layer => {
                self.rules.judge.next = true;
                self.state.d.next = CheckState::Decide;
            }
            CheckState::Decide => {
                if self.rules.ok.val() {
                    self.rows_left.d.next = self.rules.outputs.val();
                    self.row_bytes.d.next = self.header_bytes.val() + bit_cast::<32, 18>(self.rules.padded_inputs.val());
                    self.rules.accept.next = true;
                    self.state.d.next = CheckState::Sum;
                } else {
                    self.error_code.d.next = self.bad_config.val();
                    self.done_pulse.d.next = true;
                    self.state.d.next = CheckState::Idle;
                }
            }
            CheckState::Sum => {
                if self.sum_over_q.q.val() {
                    // Already too big: no need to count the rest.
                    self.error_code.d.next = self.bad_config.val();
                    self.done_pulse.d.next = true;
                    self.state.d.next = CheckState::Idle;
                } else if self.rows_left.q.val() == self.zero16.val() {
                    self.layer.d.next = self.layer.q.val() + self.one4.val();
                    self.state.d.next = CheckState::Fetch;
                } else {
                    self.sum.d.next = self.sum.q.val() + self.row_bytes.q.val();
                    self.rows_left.d.next = self.rows_left.q.val() - self.one16.val();
                }
            }
            CheckState::Total => {
                if (self.layer_count.val() == self.zero4.val()) | self.sum_differs_q.q.val() | self.payload_too_big_q.q.val() | !self.lock_mode_ok.val() {
                    self.error_code.d.next = self.bad_config.val();
                    self.done_pulse.d.next = true;
                    self.state.d.next = CheckState::Idle;
                } else {
                    self.weights_crc_engine.clear.next = true;
                    self.word_index.d.next = self.zero32.val();
                    self.state.d.next = CheckState::Read;
                }
            }
            CheckState::Read => {
                // The address is out this clock; the word arrives after the edge.
                if self.word_index.q.val() == self.word_count_wide.val() {
                    self.state.d.next = CheckState::Compare;
                } else {
                    self.state.d.next = CheckState::Latch;
                }
            }
            CheckState::Latch => {
                self.word.d.next = self.mem_data.val();
                self.bytes_left.d.next = self.lanes.val();
                self.state.d.next = CheckState::Feed;
            }
            CheckState::Feed => {
                self.weights_crc_engine.enable.next = true;
                self.word.d.next = self.word.q.val() >> self.byte_shift.val();
                self.bytes_left.d.next = self.bytes_left.q.val() - self.one4.val();
                if self.bytes_left.q.val() == self.one4.val() {
                    self.word_index.d.next = self.word_index.q.val() + self.one32.val();
                    self.state.d.next = CheckState::Read;
                }
            }
            CheckState::Compare => {
                self.error_code.d.next = self.zero8.val();
                if self.weights_crc_engine.crc.val() != self.payload_crc.val() {
                    self.error_code.d.next = self.weights_crc.val();
                }
                self.done_pulse.d.next = true;
                self.state.d.next = CheckState::Idle;
            }
            _ => {
                self.state.d.next = CheckState::Idle;
            }
        }
        if self.start.val() {
            self.state.d.next = CheckState::Fetch;
            self.layer.d.next = self.zero4.val();
            self.sum.d.next = self.zero32.val();
            self.error_code.d.next = self.zero8.val();
        }
        if self.reset.val() {
            self.state.d.next = CheckState::Idle;
            self.done_pulse.d.next = false;
        }
        self.done.next = self.done_pulse.q.val();
        self.error.next = self.error_code.q.val();
    }
}

#[cfg(test)]
mod tests;
