//! RUN's exact length (docs/protocol.md §2, "Lengths"): layer 0's inputs rounded up to 8, taken
//! from the CONFIG bytes 8 and 9 of a LOAD_CONFIG as the core accepts them. A byte the core
//! refused (it was busy) does not count, so the length always matches the block the core holds.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map as map;
use deeplock_spec::protocol::ErrorCode;

use crate::frontend::constant as c;

/// Follows layer 0's input count through the CONFIG writes.
#[derive(LogicBlock)]
pub struct RunLength {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: no model, length 0.
    pub reset: Signal<In, Bit>,
    /// One clock: a CONFIG payload byte is written.
    pub config_write: Signal<In, Bit>,
    /// Payload bytes of the frame before this one.
    pub received: Signal<In, Bits<16>>,
    /// The byte written.
    pub data: Signal<In, Bits<8>>,
    /// The core's status for a write, two clocks after it.
    pub write_status: Signal<In, Bits<8>>,
    /// Layer 0's inputs rounded up to 8.
    pub run_bytes: Signal<Out, Bits<16>>,
    /// Which byte of the input count (1 low, 2 high) a CONFIG write one and two clocks ago
    /// carried, and the byte.
    byte_q1: DFF<Bits<2>>,
    byte_q2: DFF<Bits<2>>,
    data_q1: DFF<Bits<8>>,
    data_q2: DFF<Bits<8>>,
    inputs: DFF<Bits<16>>,
    which_byte: Signal<Local, Bits<2>>,
    low_at: Constant<Bits<16>>,
    high_at: Constant<Bits<16>>,
    low_byte: Constant<Bits<2>>,
    high_byte: Constant<Bits<2>>,
    zero2: Constant<Bits<2>>,
    low_mask: Constant<Bits<16>>,
    high_mask: Constant<Bits<16>>,
    zero16: Constant<Bits<16>>,
    seven16: Constant<Bits<16>>,
    not_seven16: Constant<Bits<16>>,
    byte_shift: Constant<Bits<8>>,
    ok: Constant<Bits<8>>,
}

impl Default for RunLength {
    fn default() -> Self {
        RunLength {
            clock: Default::default(),
            reset: Default::default(),
            config_write: Default::default(),
            received: Default::default(),
            data: Default::default(),
            write_status: Default::default(),
            run_bytes: Default::default(),
            byte_q1: Default::default(),
            byte_q2: Default::default(),
            data_q1: Default::default(),
            data_q2: Default::default(),
            inputs: Default::default(),
            which_byte: Default::default(),
            low_at: c(map::CONFIG_HEADER_BYTES as u64),
            high_at: c(map::CONFIG_HEADER_BYTES as u64 + 1),
            low_byte: c(1),
            high_byte: c(2),
            zero2: c(0),
            low_mask: c(0x00ff),
            high_mask: c(0xff00),
            zero16: c(0),
            seven16: c(7),
            not_seven16: c(0xfff8),
            byte_shift: c(8),
            ok: c(ErrorCode::Ok as u64),
        }
    }
}

impl Logic for RunLength {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, byte_q1, byte_q2, data_q1, data_q2, inputs);
        self.which_byte.next = self.zero2.val();
        if self.config_write.val() {
            if self.received.val() == self.low_at.val() {
                self.which_byte.next = self.low_byte.val();
            }
            if self.received.val() == self.high_at.val() {
                self.which_byte.next = self.high_byte.val();
            }
        }
        self.byte_q1.d.next = self.which_byte.val();
        self.byte_q2.d.next = self.byte_q1.q.val();
        self.data_q1.d.next = self.data.val();
        self.data_q2.d.next = self.data_q1.q.val();
        if self.write_status.val() == self.ok.val() {
            if self.byte_q2.q.val() == self.low_byte.val() {
                self.inputs.d.next = (self.inputs.q.val() & self.high_mask.val()) | bit_cast::<16, 8>(self.data_q2.q.val());
            }
            if self.byte_q2.q.val() == self.high_byte.val() {
                self.inputs.d.next = (self.inputs.q.val() & self.low_mask.val()) | (bit_cast::<16, 8>(self.data_q2.q.val()) << self.byte_shift.val());
            }
        }
        if self.reset.val() {
            self.inputs.d.next = self.zero16.val();
        }
        self.run_bytes.next = (self.inputs.q.val() + self.seven16.val()) & self.not_seven16.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::cycle;

    /// Writes a CONFIG block whose layer 0 has `inputs`, the core answering `status` for bytes
    /// 8 and 9; returns run_bytes after it.
    fn run_bytes_after(start: &mut RunLength, inputs: u16, status: u8) -> u64 {
        let block: Vec<u8> = (0..map::CONFIG_HEADER_BYTES as u8).chain(inputs.to_le_bytes()).chain([1, 0, 0, 0, 0, 0]).collect();
        let mut pipeline = [0u8; 2];
        for (i, &byte) in block.iter().enumerate() {
            start.config_write.next = true;
            start.received.next = (i as u64).to_bits();
            start.data.next = (byte as u64).to_bits();
            let written = i == map::CONFIG_HEADER_BYTES || i == map::CONFIG_HEADER_BYTES + 1;
            start.write_status.next = (pipeline[1] as u64).to_bits();
            pipeline = [if written { status } else { 0 }, pipeline[0]];
            cycle!(*start);
        }
        start.config_write.next = false;
        for _ in 0..2 {
            start.write_status.next = (pipeline[1] as u64).to_bits();
            pipeline = [0, pipeline[0]];
            cycle!(*start);
        }
        crate::testing::settle(start);
        start.run_bytes.val().to_u64()
    }

    #[test]
    fn layer_0_inputs_rounded_up_from_accepted_config_bytes_only() {
        let mut uut = RunLength::default();
        uut.connect_all();
        uut.reset.next = true;
        cycle!(uut);
        uut.reset.next = false;
        assert_eq!(run_bytes_after(&mut uut, 784, 0), 784);
        assert_eq!(run_bytes_after(&mut uut, 0x0203, 0), 0x0208, "both bytes, rounded up");
        assert_eq!(run_bytes_after(&mut uut, 100, ErrorCode::Busy as u8), 0x0208, "refused bytes change nothing");
        uut.reset.next = true;
        cycle!(uut);
        crate::testing::settle(&mut uut);
        assert_eq!(uut.run_bytes.val().to_u64(), 0);
    }
}
