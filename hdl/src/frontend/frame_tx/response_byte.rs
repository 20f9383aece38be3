//! The byte at a position of a response frame (docs/protocol.md §2): SYNC0 SYNC1, CMD | 0x80,
//! SEQ, the payload length, the header CRC-8, the status byte, the data (from the core's read
//! channel, or for STATUS the link counters after the core's status bytes), and the CRC-16.
//! `is_data`, `from_counters` and `data_index` follow `position` combinationally (the sender
//! asks the read channel for the byte in the clock `position` changes); `value` comes from
//! registers taken a clock after `position` (the header and trailer bytes, the counter byte and
//! which of them to send), so the position decode and the counter mux are one clock and the final
//! pick another. The sender holds `position` for three clocks and takes `value` in the third.
//!
//! The link counters are picked by a clamped byte index: the low nibble of the index past the
//! core's STATUS bytes selects one of the 16 bytes of the 80 counter bits padded with zeros to
//! 128 (keep it this narrow: this mux sits on the sender's critical path; the padding keeps
//! every select in range, which rust-hdl's simulator requires).

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::STATUS_BYTES;
use deeplock_spec::protocol::{Command, RESPONSE_FLAG, SYNC};

use crate::frontend::constant as c;
use crate::frontend::link_counters_bus::LinkCountersSink;

/// Picks the byte of the response at `position`.
#[derive(LogicBlock)]
pub struct ResponseByte {
    pub clock: Signal<In, Clock>,
    // ---- The frame being sent.
    /// Position of the byte in the frame (0 = SYNC0).
    pub position: Signal<In, Bits<16>>,
    /// Bytes in the frame.
    pub total: Signal<In, Bits<16>>,
    /// The payload length (status byte plus data).
    pub payload_length: Signal<In, Bits<16>>,
    /// Data bytes after the status byte.
    pub data_length: Signal<In, Bits<16>>,
    /// The command code answered.
    pub cmd: Signal<In, Bits<8>>,
    /// Its sequence number.
    pub seq: Signal<In, Bits<8>>,
    /// The answer's status.
    pub status: Signal<In, Bits<8>>,
    /// The header CRC-8 of the bytes sent so far.
    pub header_crc: Signal<In, Bits<8>>,
    /// The CRC-16 of the bytes sent so far.
    pub frame_crc: Signal<In, Bits<16>>,
    /// The byte of the last read on the core's read channel.
    pub read_data: Signal<In, Bits<8>>,
    /// The link counters, and the fifth the transmitter keeps (refused requests).
    pub counters: LinkCountersSink,
    /// Answers with a status other than OK.
    pub refusals: Signal<In, Bits<16>>,
    // ---- The byte.
    /// The byte at `position`, from the clock after `position` changes.
    pub value: Signal<Out, Bits<8>>,
    /// `position` is a data byte.
    pub is_data: Signal<Out, Bit>,
    /// The data byte is a link counter's (not read from the core).
    pub from_counters: Signal<Out, Bit>,
    /// Index of the data byte (`position` minus the header and status byte).
    pub data_index: Signal<Out, Bits<16>>,
    index: Signal<Local, Bits<16>>,
    counter_bits: Signal<Local, Bits<128>>,
    counter_index_wide: Signal<Local, Bits<16>>,
    counter_nibble: Signal<Local, Bits<4>>,
    counter_bit: Signal<Local, Bits<7>>,
    counter_byte: Signal<Local, Bits<8>>,
    /// A header or trailer byte (not status-byte data).
    header_byte: Signal<Local, Bits<8>>,
    is_header: Signal<Local, Bit>,
    header_byte_q: DFF<Bits<8>>,
    is_header_q: DFF<Bit>,
    counter_byte_q: DFF<Bits<8>>,
    from_counters_q: DFF<Bit>,
    zero8: Constant<Bits<8>>,
    cmd_status: Constant<Bits<8>>,
    response_flag: Constant<Bits<8>>,
    sync0: Constant<Bits<8>>,
    sync1: Constant<Bits<8>>,
    status_bytes: Constant<Bits<16>>,
    first_data: Constant<Bits<16>>,
    positions: Vec<Constant<Bits<16>>>,
    one16: Constant<Bits<16>>,
    two16: Constant<Bits<16>>,
    shift16: Constant<Bits<8>>,
    shift32: Constant<Bits<8>>,
    shift48: Constant<Bits<8>>,
    shift64: Constant<Bits<8>>,
    three8: Constant<Bits<8>>,
}

impl Default for ResponseByte {
    fn default() -> Self {
        ResponseByte {
            clock: Default::default(),
            position: Default::default(),
            total: Default::default(),
            payload_length: Default::default(),
            data_length: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            status: Default::default(),
            header_crc: Default::default(),
            frame_crc: Default::default(),
            read_data: Default::default(),
            counters: Default::default(),
            refusals: Default::default(),
            value: Default::default(),
            is_data: Default::default(),
            from_counters: Default::default(),
            data_index: Default::default(),
            index: Default::default(),
            counter_bits: Default::default(),
            counter_index_wide: Default::default(),
            counter_nibble: Default::default(),
            counter_bit: Default::default(),
            counter_byte: Default::default(),
            header_byte: Default::default(),
            is_header: Default::default(),
            header_byte_q: Default::default(),
            is_header_q: Default::default(),
            counter_byte_q: Default::default(),
            from_counters_q: Default::default(),
            zero8: c(0),
            cmd_status: c(Command::Status as u64),
            response_flag: c(RESPONSE_FLAG as u64),
            sync0: c(SYNC[0] as u64),
            sync1: c(SYNC[1] as u64),
            status_bytes: c(STATUS_BYTES as u64),
            // SYNC0 SYNC1 CMD SEQ LEN LEN HCRC STATUS, then the data.
            first_data: c(8),
            positions: (0..8).map(|p| c(p)).collect(),
            one16: c(1),
            two16: c(2),
            shift16: c(16),
            shift32: c(32),
            shift48: c(48),
            shift64: c(64),
            three8: c(3),
        }
    }
}

impl Logic for ResponseByte {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, header_byte_q, is_header_q, counter_byte_q, from_counters_q);
        self.index.next = self.position.val() - self.first_data.val();
        self.is_data.next = (self.position.val() >= self.first_data.val()) & (self.index.val() < self.data_length.val());
        self.from_counters.next = (self.cmd.val() == self.cmd_status.val()) & (self.index.val() >= self.status_bytes.val());
        self.data_index.next = self.index.val();
        // The link counters' byte: a clamped index (its low nibble) into 80 bits padded to 128.
        self.counter_bits.next = bit_cast::<128, 16>(self.counters.frames_ok.val())
            | (bit_cast::<128, 16>(self.counters.bad_headers.val()) << self.shift16.val())
            | (bit_cast::<128, 16>(self.counters.bad_crcs.val()) << self.shift32.val())
            | (bit_cast::<128, 16>(self.counters.timeouts.val()) << self.shift48.val())
            | (bit_cast::<128, 16>(self.refusals.val()) << self.shift64.val());
        self.counter_index_wide.next = self.index.val() - self.status_bytes.val();
        self.counter_nibble.next = self.counter_index_wide.val().get_bits::<4>(0);
        self.counter_bit.next = bit_cast::<7, 4>(self.counter_nibble.val()) << self.three8.val();
        self.counter_byte.next = self.counter_bits.val().get_bits::<8>(self.counter_bit.val().index());
        // The header and trailer bytes at `position` (the later rules win).
        self.header_byte.next = self.zero8.val();
        self.is_header.next = true;
        if self.position.val() == self.positions[0].val() {
            self.header_byte.next = self.sync0.val();
        } else if self.position.val() == self.positions[1].val() {
            self.header_byte.next = self.sync1.val();
        } else if self.position.val() == self.positions[2].val() {
            self.header_byte.next = self.cmd.val() | self.response_flag.val();
        } else if self.position.val() == self.positions[3].val() {
            self.header_byte.next = self.seq.val();
        } else if self.position.val() == self.positions[4].val() {
            self.header_byte.next = self.payload_length.val().get_bits::<8>(0);
        } else if self.position.val() == self.positions[5].val() {
            self.header_byte.next = self.payload_length.val().get_bits::<8>(8);
        } else if self.position.val() == self.positions[6].val() {
            self.header_byte.next = self.header_crc.val();
        } else if self.position.val() == self.positions[7].val() {
            self.header_byte.next = self.status.val();
        } else {
            self.is_header.next = false;
        }
        if self.position.val() + self.two16.val() == self.total.val() {
            self.header_byte.next = self.frame_crc.val().get_bits::<8>(0);
            self.is_header.next = true;
        }
        if self.position.val() + self.one16.val() == self.total.val() {
            self.header_byte.next = self.frame_crc.val().get_bits::<8>(8);
            self.is_header.next = true;
        }
        self.header_byte_q.d.next = self.header_byte.val();
        self.is_header_q.d.next = self.is_header.val();
        self.counter_byte_q.d.next = self.counter_byte.val();
        self.from_counters_q.d.next = self.from_counters.val();
        // The byte at `position`: a header or trailer byte, else a counter's, else the core's.
        self.value.next = self.read_data.val();
        if self.from_counters_q.q.val() {
            self.value.next = self.counter_byte_q.q.val();
        }
        if self.is_header_q.q.val() {
            self.value.next = self.header_byte_q.q.val();
        }
    }
}
