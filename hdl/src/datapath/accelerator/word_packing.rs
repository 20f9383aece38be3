//! Byte writes packed into `N`-byte memory words: the weight and input memories are `8N` bits
//! wide, the core bus one byte. Bytes of a word arrive in address order; the word is complete on
//! the byte whose address is `N - 1` modulo `N`.
//!
//! A weight word reaches its memory a clock after its last byte (registered: the 26 block RAMs'
//! write enables are a wide net, and the write decode stays off it). Nothing reads a word that
//! soon: the checker runs only after CONFIG_COMMIT. Input words go out at once, with the address
//! in their slot; the core steers them to a slot's memory.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{ACT_ADDRESS_BITS, ADDRESS_BITS, WEIGHT_ADDRESS_BITS};

use super::constant;

/// Packs bytes into `N`-byte words (`BITS` = 8N).
#[derive(LogicBlock)]
pub struct WordPacking<const N: usize, const BITS: usize> {
    pub clock: Signal<In, Clock>,
    // ---- Bytes in (the core bus's write port, already decoded).
    /// Address of this clock's write.
    pub write_address: Signal<In, Bits<ADDRESS_BITS>>,
    /// Its byte.
    pub write_data: Signal<In, Bits<8>>,
    /// The write is accepted: its byte enters the word being packed.
    pub take: Signal<In, Bit>,
    /// The write is an accepted WEIGHTS byte.
    pub weight_byte: Signal<In, Bit>,
    // ---- Words out.
    /// The word with this clock's byte as its last (top) byte.
    pub word: Signal<Out, Bits<BITS>>,
    /// This clock's byte ends a word.
    pub word_ends: Signal<Out, Bit>,
    /// Word address of this clock's byte within its input slot.
    pub input_address: Signal<Out, Bits<ACT_ADDRESS_BITS>>,
    /// Weight memory write port, a clock after the word's last byte.
    pub weight_write: Signal<Out, Bit>,
    pub weight_write_address: Signal<Out, Bits<WEIGHT_ADDRESS_BITS>>,
    pub weight_write_data: Signal<Out, Bits<BITS>>,
    pack: DFF<Bits<BITS>>,
    weight_write_q: DFF<Bit>,
    weight_write_address_q: DFF<Bits<WEIGHT_ADDRESS_BITS>>,
    weight_write_data_q: DFF<Bits<BITS>>,
    weight_word_wide: Signal<Local, Bits<ADDRESS_BITS>>,
    input_word_wide: Signal<Local, Bits<16>>,
    lane_low_mask: Constant<Bits<ADDRESS_BITS>>,
    lanes_less_one: Constant<Bits<ADDRESS_BITS>>,
    lane_shift: Constant<Bits<8>>,
    top_byte_shift: Constant<Bits<8>>,
    byte_shift: Constant<Bits<8>>,
}

impl<const N: usize, const BITS: usize> Default for WordPacking<N, BITS> {
    fn default() -> Self {
        assert_eq!(BITS, 8 * N, "BITS must be 8 x N");
        assert!(N.is_power_of_two(), "a power of two bytes per word");
        WordPacking {
            clock: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            take: Default::default(),
            weight_byte: Default::default(),
            word: Default::default(),
            word_ends: Default::default(),
            input_address: Default::default(),
            weight_write: Default::default(),
            weight_write_address: Default::default(),
            weight_write_data: Default::default(),
            pack: Default::default(),
            weight_write_q: Default::default(),
            weight_write_address_q: Default::default(),
            weight_write_data_q: Default::default(),
            weight_word_wide: Default::default(),
            input_word_wide: Default::default(),
            lane_low_mask: constant(N as u64 - 1),
            lanes_less_one: constant(N as u64 - 1),
            lane_shift: constant(N.trailing_zeros() as u64),
            top_byte_shift: constant((BITS - 8) as u64),
            byte_shift: constant(8),
        }
    }
}

impl<const N: usize, const BITS: usize> Logic for WordPacking<N, BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pack, weight_write_q, weight_write_address_q, weight_write_data_q);
        self.word.next = (self.pack.q.val() >> self.byte_shift.val()) | (bit_cast::<BITS, 8>(self.write_data.val()) << self.top_byte_shift.val());
        self.word_ends.next = (self.write_address.val() & self.lane_low_mask.val()) == self.lanes_less_one.val();
        self.weight_word_wide.next = self.write_address.val() >> self.lane_shift.val();
        self.input_word_wide.next = self.write_address.val().get_bits::<16>(0) >> self.lane_shift.val();
        self.input_address.next = self.input_word_wide.val().get_bits::<ACT_ADDRESS_BITS>(0);
        if self.take.val() {
            self.pack.d.next = self.word.val();
        }
        self.weight_write_address_q.d.next = self.weight_word_wide.val().get_bits::<WEIGHT_ADDRESS_BITS>(0);
        self.weight_write_data_q.d.next = self.word.val();
        self.weight_write_q.d.next = self.weight_byte.val() & self.word_ends.val();
        self.weight_write.next = self.weight_write_q.q.val();
        self.weight_write_address.next = self.weight_write_address_q.q.val();
        self.weight_write_data.next = self.weight_write_data_q.q.val();
    }
}
