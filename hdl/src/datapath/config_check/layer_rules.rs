//! The checker's per-layer rules (step 1 of [`super::ConfigCheck`]): a layer's fields are
//! registered, then judged in three registered steps, one adder or comparator per clock (the
//! checker has time, the clock has not): pad the vector lengths to 8, add the ends, judge.
//!
//! A layer passes if its inputs and outputs are at least 1, it chains to the previous layer (its
//! inputs and input offset are the previous outputs and output offset; layer 0 reads offset 0),
//! its vectors are 8-byte aligned, fit the slot and do not overlap, and a last layer has at most
//! `max_classes` outputs.

use rust_hdl::prelude::*;

/// Per-layer rules of the CONFIG checker.
#[derive(LogicBlock)]
pub struct LayerRules {
    pub clock: Signal<In, Clock>,
    // ---- The layer's fields (from the config registers).
    pub layer_inputs: Signal<In, Bits<16>>,
    pub layer_outputs: Signal<In, Bits<16>>,
    pub layer_input_offset: Signal<In, Bits<16>>,
    pub layer_output_offset: Signal<In, Bits<16>>,
    pub layer_is_last: Signal<In, Bit>,
    // ---- Steps, one strobe each, in this order.
    /// Register the fields (the field multiplexer is a long path).
    pub load: Signal<In, Bit>,
    /// Register the padded lengths.
    pub pad: Signal<In, Bit>,
    /// Register the vectors' ends.
    pub ends: Signal<In, Bit>,
    /// Register the verdict, `ok`.
    pub judge: Signal<In, Bit>,
    /// The layer passed: it becomes the previous layer the next one must chain to.
    pub accept: Signal<In, Bit>,
    /// The layer is layer 0.
    pub first: Signal<In, Bit>,
    // ---- Results.
    /// The verdict of the last `judge`.
    pub ok: Signal<Out, Bit>,
    /// The layer's outputs (rows).
    pub outputs: Signal<Out, Bits<16>>,
    /// Its inputs rounded up to 8 (bytes of weights per row).
    pub padded_inputs: Signal<Out, Bits<18>>,
    // The layer under check, registered.
    inputs_q: DFF<Bits<16>>,
    outputs_q: DFF<Bits<16>>,
    input_offset_q: DFF<Bits<16>>,
    output_offset_q: DFF<Bits<16>>,
    is_last_q: DFF<Bit>,
    previous_outputs: DFF<Bits<16>>,
    previous_output_offset: DFF<Bits<16>>,
    // 18 bits wide so no sum of 16-bit fields can wrap.
    inputs_wide: Signal<Local, Bits<18>>,
    outputs_wide: Signal<Local, Bits<18>>,
    input_offset_wide: Signal<Local, Bits<18>>,
    output_offset_wide: Signal<Local, Bits<18>>,
    padded_inputs_d: Signal<Local, Bits<18>>,
    padded_outputs_d: Signal<Local, Bits<18>>,
    input_end: Signal<Local, Bits<18>>,
    output_end: Signal<Local, Bits<18>>,
    padded_inputs_q: DFF<Bits<18>>,
    padded_outputs_q: DFF<Bits<18>>,
    input_end_q: DFF<Bits<18>>,
    output_end_q: DFF<Bits<18>>,
    layer_ok_q: DFF<Bit>,
    chain_ok: Signal<Local, Bit>,
    outputs_ok: Signal<Local, Bit>,
    layer_ok: Signal<Local, Bit>,
    slot_bytes: Constant<Bits<18>>,
    max_classes: Constant<Bits<18>>,
    seven: Constant<Bits<18>>,
    not_seven: Constant<Bits<18>>,
    zero18: Constant<Bits<18>>,
    zero16: Constant<Bits<16>>,
}

impl LayerRules {
    /// Rules for input slots of `slot_bytes` and last layers of at most `max_classes` outputs.
    pub fn new(slot_bytes: u64, max_classes: u64) -> Self {
        assert!(slot_bytes < 1 << 17 && max_classes < 1 << 17, "limits fit 18 bits");
        LayerRules {
            clock: Default::default(),
            layer_inputs: Default::default(),
            layer_outputs: Default::default(),
            layer_input_offset: Default::default(),
            layer_output_offset: Default::default(),
            layer_is_last: Default::default(),
            load: Default::default(),
            pad: Default::default(),
            ends: Default::default(),
            judge: Default::default(),
            accept: Default::default(),
            first: Default::default(),
            ok: Default::default(),
            outputs: Default::default(),
            padded_inputs: Default::default(),
            inputs_q: Default::default(),
            outputs_q: Default::default(),
            input_offset_q: Default::default(),
            output_offset_q: Default::default(),
            is_last_q: Default::default(),
            previous_outputs: Default::default(),
            previous_output_offset: Default::default(),
            inputs_wide: Default::default(),
            outputs_wide: Default::default(),
            input_offset_wide: Default::default(),
            output_offset_wide: Default::default(),
            padded_inputs_d: Default::default(),
            padded_outputs_d: Default::default(),
            input_end: Default::default(),
            output_end: Default::default(),
            padded_inputs_q: Default::default(),
            padded_outputs_q: Default::default(),
            input_end_q: Default::default(),
            output_end_q: Default::default(),
            layer_ok_q: Default::default(),
            chain_ok: Default::default(),
            outputs_ok: Default::default(),
            layer_ok: Default::default(),
            slot_bytes: Constant::new(slot_bytes.to_bits()),
            max_classes: Constant::new(max_classes.to_bits()),
            seven: Constant::new(7u64.to_bits()),
            not_seven: Constant::new(0x3_fff8u64.to_bits()),
            zero18: Constant::new(0u64.to_bits()),
            zero16: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for LayerRules {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, inputs_q, outputs_q, input_offset_q, output_offset_q, is_last_q, previous_outputs, previous_output_offset,
            padded_inputs_q, padded_outputs_q, input_end_q, output_end_q, layer_ok_q
        );
        self.inputs_wide.next = bit_cast::<18, 16>(self.inputs_q.q.val());
        self.outputs_wide.next = bit_cast::<18, 16>(self.outputs_q.q.val());
        self.input_offset_wide.next = bit_cast::<18, 16>(self.input_offset_q.q.val());
        self.output_offset_wide.next = bit_cast::<18, 16>(self.output_offset_q.q.val());
        self.padded_inputs_d.next = (self.inputs_wide.val() + self.seven.val()) & self.not_seven.val();
        self.padded_outputs_d.next = (self.outputs_wide.val() + self.seven.val()) & self.not_seven.val();
        self.input_end.next = self.input_offset_wide.val() + self.padded_inputs_q.q.val();
        self.output_end.next = self.output_offset_wide.val() + self.padded_outputs_q.q.val();
        self.chain_ok.next = self.input_offset_wide.val() == self.zero18.val();
        if !self.first.val() {
            self.chain_ok.next = (self.inputs_q.q.val() == self.previous_outputs.q.val()) & (self.input_offset_q.q.val() == self.previous_output_offset.q.val());
        }
        self.outputs_ok.next = self.outputs_wide.val() <= self.max_classes.val();
        if !self.is_last_q.q.val() {
            self.outputs_ok.next = ((self.output_offset_wide.val() & self.seven.val()) == self.zero18.val())
                & (self.output_end_q.q.val() <= self.slot_bytes.val())
                & ((self.input_end_q.q.val() <= self.output_offset_wide.val()) | (self.output_end_q.q.val() <= self.input_offset_wide.val()));
        }
        self.layer_ok.next = (self.inputs_q.q.val() != self.zero16.val())
            & (self.outputs_q.q.val() != self.zero16.val())
            & ((self.input_offset_wide.val() & self.seven.val()) == self.zero18.val())
            & (self.input_end_q.q.val() <= self.slot_bytes.val())
            & self.chain_ok.val()
            & self.outputs_ok.val();

        if self.load.val() {
            self.inputs_q.d.next = self.layer_inputs.val();
            self.outputs_q.d.next = self.layer_outputs.val();
            self.input_offset_q.d.next = self.layer_input_offset.val();
            self.output_offset_q.d.next = self.layer_output_offset.val();
            self.is_last_q.d.next = self.layer_is_last.val();
        }
        if self.pad.val() {
            self.padded_inputs_q.d.next = self.padded_inputs_d.val();
            self.padded_outputs_q.d.next = self.padded_outputs_d.val();
        }
        if self.ends.val() {
            self.input_end_q.d.next = self.input_end.val();
            self.output_end_q.d.next = self.output_end.val();
        }
        if self.judge.val() {
            // (The verdict is registered first: the checker decides on it a clock later.)
            self.layer_ok_q.d.next = self.layer_ok.val();
        }
        if self.accept.val() {
            self.previous_outputs.d.next = self.outputs_q.q.val();
            self.previous_output_offset.d.next = self.output_offset_q.q.val();
        }
        self.ok.next = self.layer_ok_q.q.val();
        self.outputs.next = self.outputs_q.q.val();
        self.padded_inputs.next = self.padded_inputs_q.q.val();
    }
}
