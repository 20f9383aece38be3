//! The layer-config port: one layer's CONFIG fields (docs/protocol.md §1), picked by a layer
//! number. The CONFIG registers hold a [`LayerConfigSource`]; a reader (the checker) holds a
//! [`LayerConfigSink`] and drives `select`. The fields follow `select` combinationally.

use rust_hdl::prelude::*;

/// The registers' side: the fields of layer `select`.
#[derive(LogicInterface, Default)]
#[join = "LayerConfigSink"]
pub struct LayerConfigSource {
    /// The layer whose fields are out.
    pub select: Signal<In, Bits<4>>,
    pub inputs: Signal<Out, Bits<16>>,
    pub outputs: Signal<Out, Bits<16>>,
    /// Byte offsets of the layer's input and output vectors in the slot.
    pub input_offset: Signal<Out, Bits<16>>,
    pub output_offset: Signal<Out, Bits<16>>,
    /// `select` is the last layer.
    pub is_last: Signal<Out, Bit>,
}

/// The reader's side: the mirror of [`LayerConfigSource`].
#[derive(LogicInterface, Default)]
#[join = "LayerConfigSource"]
pub struct LayerConfigSink {
    /// The layer whose fields are wanted.
    pub select: Signal<Out, Bits<4>>,
    pub inputs: Signal<In, Bits<16>>,
    pub outputs: Signal<In, Bits<16>>,
    pub input_offset: Signal<In, Bits<16>>,
    pub output_offset: Signal<In, Bits<16>>,
    pub is_last: Signal<In, Bit>,
}
