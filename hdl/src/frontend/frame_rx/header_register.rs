//! The header register of the frame parser: CMD, SEQ and LEN as they arrive (four bytes shifted
//! in, little-endian LEN), and the replay of a bad header. When the header's CRC-8 fails, its
//! five bytes after SYNC1 (CMD, SEQ, LEN, HCRC) are fed back through the hunt, one a clock,
//! while the UART's next byte waits, so a frame that starts inside them is found
//! (docs/protocol.md §2, "Robustness"). The replay has its own buffer: a frame found in it
//! fills the fields without disturbing the bytes still to replay.

use rust_hdl::prelude::*;

use crate::frontend::constant as c;

/// Header bytes after SYNC1 replayed after a bad header: CMD, SEQ, LEN (2), HCRC.
const REPLAY_BYTES: u64 = 5;

/// Holds the header fields and replays a bad header.
#[derive(LogicBlock)]
pub struct HeaderRegister {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: no replay.
    pub reset: Signal<In, Bit>,
    /// The UART's byte.
    pub rx_data: Signal<In, Bits<8>>,
    /// One clock: a header starts (SYNC1 taken).
    pub start: Signal<In, Bit>,
    /// One clock: `frame_byte` is a CMD, SEQ or LEN byte.
    pub field_byte: Signal<In, Bit>,
    /// One clock: `frame_byte` is the header's CRC-8 and it is wrong: replay the header.
    pub bad_crc_byte: Signal<In, Bit>,
    /// The byte the parser takes this clock: a replayed one, or the UART's.
    pub frame_byte: Signal<Out, Bits<8>>,
    /// A replay is under way: the UART's byte waits.
    pub replaying: Signal<Out, Bit>,
    /// The field byte taken now is the last (LEN's high byte).
    pub last_field: Signal<Out, Bit>,
    /// The frame's command code.
    pub cmd: Signal<Out, Bits<8>>,
    /// The frame's sequence number.
    pub seq: Signal<Out, Bits<8>>,
    /// The payload length.
    pub length: Signal<Out, Bits<16>>,
    /// CMD in bits 0-7, SEQ 8-15, LEN 16-31: each byte enters at the top.
    fields: DFF<Bits<32>>,
    taken: DFF<Bits<2>>,
    /// The bytes to replay, the next in bits 0-7.
    replay: DFF<Bits<40>>,
    replay_left: DFF<Bits<3>>,
    replay_bytes: Constant<Bits<3>>,
    zero3: Constant<Bits<3>>,
    one3: Constant<Bits<3>>,
    zero2: Constant<Bits<2>>,
    one2: Constant<Bits<2>>,
    three2: Constant<Bits<2>>,
}

impl Default for HeaderRegister {
    fn default() -> Self {
        HeaderRegister {
            clock: Default::default(),
            reset: Default::default(),
            rx_data: Default::default(),
            start: Default::default(),
            field_byte: Default::default(),
            bad_crc_byte: Default::default(),
            frame_byte: Default::default(),
            replaying: Default::default(),
            last_field: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            length: Default::default(),
            fields: Default::default(),
            taken: Default::default(),
            replay: Default::default(),
            replay_left: Default::default(),
            replay_bytes: c(REPLAY_BYTES),
            zero3: c(0),
            one3: c(1),
            zero2: c(0),
            one2: c(1),
            three2: c(3),
        }
    }
}

impl Logic for HeaderRegister {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fields, taken, replay, replay_left);
        self.replaying.next = self.replay_left.q.val() != self.zero3.val();
        self.frame_byte.next = self.rx_data.val();
        if self.replaying.val() {
            self.frame_byte.next = self.replay.q.val().get_bits::<8>(0);
            self.replay.d.next = self.replay.q.val() >> 8;
            self.replay_left.d.next = self.replay_left.q.val() - self.one3.val();
        }
        if self.start.val() {
            self.taken.d.next = self.zero2.val();
        }
        self.last_field.next = self.taken.q.val() == self.three2.val();
        if self.field_byte.val() {
            self.fields.d.next = (self.fields.q.val() >> 8) | (bit_cast::<32, 8>(self.frame_byte.val()) << 24);
            self.taken.d.next = self.taken.q.val() + self.one2.val();
        }
        if self.bad_crc_byte.val() {
            self.replay.d.next = bit_cast::<40, 32>(self.fields.q.val()) | (bit_cast::<40, 8>(self.frame_byte.val()) << 32);
            self.replay_left.d.next = self.replay_bytes.val();
        }
        if self.reset.val() {
            self.replay_left.d.next = self.zero3.val();
        }
        self.cmd.next = self.fields.q.val().get_bits::<8>(0);
        self.seq.next = self.fields.q.val().get_bits::<8>(8);
        self.length.next = self.fields.q.val().get_bits::<16>(16);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::cycle;

    fn take(uut: &mut HeaderRegister, field: bool, bad_crc: bool, byte: u8) -> u8 {
        uut.rx_data.next = (byte as u64).to_bits();
        uut.field_byte.next = field;
        uut.bad_crc_byte.next = bad_crc;
        crate::testing::settle(uut);
        let seen = uut.frame_byte.val().to_u64() as u8;
        cycle!(*uut);
        uut.field_byte.next = false;
        uut.bad_crc_byte.next = false;
        seen
    }

    #[test]
    fn the_fields_fill_and_a_bad_header_is_replayed_byte_for_byte() {
        let mut uut = HeaderRegister::default();
        uut.connect_all();
        uut.reset.next = true;
        cycle!(uut);
        uut.reset.next = false;
        uut.start.next = true;
        cycle!(uut);
        uut.start.next = false;
        let mut last = vec![];
        for byte in [0x30, 0x07, 0x10, 0x03] {
            crate::testing::settle(&mut uut);
            last.push(uut.last_field.val());
            take(&mut uut, true, false, byte);
        }
        assert_eq!(last, [false, false, false, true]);
        crate::testing::settle(&mut uut);
        assert_eq!((uut.cmd.val().to_u64(), uut.seq.val().to_u64(), uut.length.val().to_u64()), (0x30, 0x07, 0x0310));
        take(&mut uut, false, true, 0xee);
        let mut replayed = vec![];
        while {
            crate::testing::settle(&mut uut);
            uut.replaying.val()
        } {
            replayed.push(take(&mut uut, false, false, 0x99));
        }
        assert_eq!(replayed, [0x30, 0x07, 0x10, 0x03, 0xee]);
        assert_eq!(take(&mut uut, false, false, 0x42), 0x42, "then the UART's bytes again");
    }
}
