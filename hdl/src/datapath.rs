//! The inference datapath behind the memory map: the accelerator core with its CONFIG registers
//! and checker, the weight streamer, the layer sequencer, the MAC array and its lanes, the
//! requantizer and the output stage.

pub mod accelerator;
pub mod config_check;
pub mod config_registers;
pub mod layer_config;
pub mod mac_array;
pub mod mac_lane;
pub mod mac_streams;
pub mod output_stage;
pub mod requantizer;
pub mod sequencer;
pub mod weight_streamer;
