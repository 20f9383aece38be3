//! The hardened-mode key stream (`deeplock_spec::hardened_stream`): chunk `j` of 4,096 bytes is
//! the Ascon-AEAD128 ciphertext of zeros under K and the nonce `N ‖ j`, streamed as W bytes per
//! beat with the port interface of the paper-mode [`KeySchedule`](crate::crypto::key_schedule)
//! plus the nonce, so the unlock lanes take either.
//!
//! # How it runs
//! A chunk starts by loading `IV ‖ K ‖ N ‖ j` and running the 12 initialization rounds, then one
//! clock XORs K (and the domain-separation bit) into the capacity. From then on the rate (x0, x1)
//! is a 16-byte key-stream block; it moves to an output buffer and the 8 rounds to the next block
//! run while the lanes drain the buffer, R rounds per clock through R chained [`AsconRound`]s.
//! A permutation that finishes in a clock whose buffer frees up hands its rate to the buffer
//! straight from the round logic, so no bubble opens between blocks. After the 256th block of a
//! chunk the engine loads chunk `j + 1` instead.
//!
//! Bytes per clock: 16 per max(8/R, 16/W) clocks; a chunk's start costs [`chunk_bubble`] clocks
//! (its initialization overlaps the draining of the previous chunk's last block): 6 clocks per
//! 2,048 beats for W = 2, R = 1 (1.994 B/clock), 3 per 512 for W = 8, R = 4 (sim-large, 7.95
//! B/clock). First beat [`restart_latency`] clocks after the edge that samples `restart`.
//!
//! # Without the buffer
//! A build whose link, not its lanes, sets the pace (the Alchitry Cu) leaves the buffer out
//! (`buffered` false): the beats come straight from the rate, picked by a byte offset, and the
//! next block's rounds start when the last beat leaves. 16 bytes per 16/W + 8/R clocks (1 B/clock
//! for W = 2, R = 1), for 128 flip-flops and ~300 LUTs less.
//!
//! # Key and nonce
//! K (from the key register) and N (from the CONFIG block) are read when a chunk starts and at its
//! keying clock; the accelerator changes neither while a pass runs. Every state bit is key
//! material: `reset` (the accelerator also drives it on a key clear) zeroes state, buffer and
//! counters. No port but `ks_data` carries anything derived from K.

use rust_hdl::prelude::*;

use deeplock_spec::ascon::{AEAD128_IV, RATE_BYTES, ROUNDS_A, ROUNDS_B};
use deeplock_spec::hardened_stream::CHUNK_BYTES;

use crate::crypto::ascon_round::AsconRound;

/// Clocks from the edge that samples `restart` to the first valid beat: the 12 initialization
/// rounds, the keying clock and (buffered) the move into the output buffer.
pub const fn restart_latency(rounds_per_clock: usize, buffered: bool) -> usize {
    ROUNDS_A / rounds_per_clock + 1 + buffered as usize
}

/// Clocks without a beat at each chunk boundary, the consumer always ready (unbuffered: beyond
/// the [`block_gap`] every block has).
pub const fn chunk_bubble(lanes: usize, rounds_per_clock: usize, buffered: bool) -> usize {
    if buffered {
        restart_latency(rounds_per_clock, true).saturating_sub(RATE_BYTES / lanes)
    } else {
        restart_latency(rounds_per_clock, false) - block_gap(rounds_per_clock, false)
    }
}

/// Clocks without a beat between two blocks of a chunk, the consumer always ready: none with the
/// buffer, the 8 rounds without it.
pub const fn block_gap(rounds_per_clock: usize, buffered: bool) -> usize {
    if buffered {
        0
    } else {
        ROUNDS_B / rounds_per_clock
    }
}

/// Clocks per 4,096-byte chunk in a long stream, the consumer always ready.
pub const fn chunk_clocks(lanes: usize, rounds_per_clock: usize, buffered: bool) -> usize {
    let blocks = CHUNK_BYTES / RATE_BYTES;
    CHUNK_BYTES / lanes + blocks * block_gap(rounds_per_clock, buffered) + chunk_bubble(lanes, rounds_per_clock, buffered)
}

/// Width of the chunk counter: streams of up to 2^16 chunks (256 MiB).
pub const CHUNK_INDEX_BITS: usize = 16;

/// Hardened key-stream engine, `W` bytes per beat (`BITS` = 8W), R rounds per clock (a
/// constructor parameter: R chained rounds).
#[derive(LogicBlock)]
pub struct AsconKeyStream<const W: usize, const BITS: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: state, buffer and counters zeroed, stream stopped until `restart`.
    pub reset: Signal<In, Bit>,
    /// Strobe: start over at payload byte 0 (chunk 0) from the key and nonce now on the ports. A
    /// beat taken at the sampling edge is still the old stream's.
    pub restart: Signal<In, Bit>,
    /// Key bytes K[0..4], K[0] in bits [7:0].
    pub key_word0: Signal<In, Bits<32>>,
    /// Key bytes K[4..8].
    pub key_word1: Signal<In, Bits<32>>,
    /// Key bytes K[8..12].
    pub key_word2: Signal<In, Bits<32>>,
    /// Key bytes K[12..16].
    pub key_word3: Signal<In, Bits<32>>,
    /// Nonce bytes N[0..4], N[0] in bits [7:0].
    pub nonce_word0: Signal<In, Bits<32>>,
    /// Nonce bytes N[4..8].
    pub nonce_word1: Signal<In, Bits<32>>,
    /// Nonce bytes N[8..12].
    pub nonce_word2: Signal<In, Bits<32>>,
    /// Key-stream beat: byte i is stream byte beat*W + i.
    pub ks_data: Signal<Out, Bits<BITS>>,
    /// `ks_data` is valid (from flip-flops only: it does not depend on `ks_ready`).
    pub ks_valid: Signal<Out, Bit>,
    /// The consumer takes the beat at this edge (when `ks_valid`).
    pub ks_ready: Signal<In, Bit>,
    rounds: Vec<AsconRound>,
    x0: DFF<Bits<64>>,
    x1: DFF<Bits<64>>,
    x2: DFF<Bits<64>>,
    x3: DFF<Bits<64>>,
    x4: DFF<Bits<64>>,
    /// Rounds of the current permutation still to run (a multiple of R).
    rounds_left: DFF<Bits<4>>,
    /// The state is a chunk's initialization: K goes into the capacity when its rounds end.
    keying: DFF<Bit>,
    /// A stream is running (set by `restart`, cleared by `reset`).
    running: DFF<Bit>,
    /// Blocks of the current chunk handed to the buffer (wraps after the chunk's last).
    block: DFF<Bits<8>>,
    chunk: DFF<Bits<CHUNK_INDEX_BITS>>,
    /// The output buffer, its next beat in the low bits.
    buffer: DFF<Bits<128>>,
    /// Beats left in the buffer (0: empty).
    beats_left: DFF<Bits<5>>,
    /// Unbuffered: the bit offset of the next beat in the rate.
    offset: DFF<Bits<8>>,
    rounds_done: Signal<Local, Bits<8>>,
    round_index: Vec<Signal<Local, Bits<8>>>,
    key_low: Signal<Local, Bits<64>>,
    key_high: Signal<Local, Bits<64>>,
    init_chunk: Signal<Local, Bits<CHUNK_INDEX_BITS>>,
    init_nonce_high: Signal<Local, Bits<64>>,
    chunk_high: Signal<Local, Bits<8>>,
    chunk_low: Signal<Local, Bits<8>>,
    take: Signal<Local, Bit>,
    buffer_free: Signal<Local, Bit>,
    finishing: Signal<Local, Bit>,
    ready_in_state: Signal<Local, Bit>,
    hand_over: Signal<Local, Bit>,
    start_chunk: Signal<Local, Bit>,
    rate_low: Signal<Local, Bits<64>>,
    rate_high: Signal<Local, Bits<64>>,
    /// Unbuffered: a beat leaves the rate, the block's last, and the block ends.
    take_direct: Signal<Local, Bit>,
    last_beat: Signal<Local, Bit>,
    block_end: Signal<Local, Bit>,
    rate: Signal<Local, Bits<128>>,
    /// The rate shifted to the next beat (its low BITS bits are the beat).
    rate_wide: Signal<Local, Bits<128>>,
    buffered: Constant<Bit>,
    last_offset: Constant<Bits<8>>,
    /// Index of the last round of the chain (R - 1): the chain links rounds 0..R-1 to their successors.
    _last_round: usize,
    _rounds: usize,
    zero4: Constant<Bits<4>>,
    zero5: Constant<Bits<5>>,
    one5: Constant<Bits<5>>,
    zero8: Constant<Bits<8>>,
    one8: Constant<Bits<8>>,
    zero_chunk: Constant<Bits<CHUNK_INDEX_BITS>>,
    one_chunk: Constant<Bits<CHUNK_INDEX_BITS>>,
    zero64: Constant<Bits<64>>,
    zero128: Constant<Bits<128>>,
    round_offset: Vec<Constant<Bits<8>>>,
    iv: Constant<Bits<64>>,
    domain_bit: Constant<Bits<64>>,
    rounds_a: Constant<Bits<4>>,
    rounds_b: Constant<Bits<4>>,
    rounds_per_clock: Constant<Bits<4>>,
    twelve: Constant<Bits<8>>,
    fifteen: Constant<Bits<8>>,
    last_block: Constant<Bits<8>>,
    beats_per_block: Constant<Bits<5>>,
    beat_shift: Constant<Bits<8>>,
}

impl<const W: usize, const BITS: usize> AsconKeyStream<W, BITS> {
    /// An engine of W (1, 2, 4, 8) bytes per beat and `rounds_per_clock` (1, 2, 4) rounds per
    /// clock, with or without the output buffer.
    pub fn new(rounds_per_clock: usize, buffered: bool) -> Self {
        let r = rounds_per_clock;
        assert!([1, 2, 4, 8].contains(&W) && BITS == 8 * W, "W is 1, 2, 4 or 8 and BITS = 8W");
        assert!([1, 2, 4].contains(&r), "the rounds per clock divide 8 and 12: 1, 2 or 4");
        assert_eq!(CHUNK_BYTES / RATE_BYTES, 256, "the block counter wraps after a chunk");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            restart: Default::default(),
            key_word0: Default::default(),
            key_word1: Default::default(),
            key_word2: Default::default(),
            key_word3: Default::default(),
            nonce_word0: Default::default(),
            nonce_word1: Default::default(),
            nonce_word2: Default::default(),
            ks_data: Default::default(),
            ks_valid: Default::default(),
            ks_ready: Default::default(),
            rounds: (0..r).map(|_| AsconRound::default()).collect(),
            x0: Default::default(),
            x1: Default::default(),
            x2: Default::default(),
            x3: Default::default(),
            x4: Default::default(),
            rounds_left: Default::default(),
            keying: Default::default(),
            running: Default::default(),
            block: Default::default(),
            chunk: Default::default(),
            buffer: Default::default(),
            beats_left: Default::default(),
            offset: Default::default(),
            rounds_done: Default::default(),
            round_index: (0..r).map(|_| Default::default()).collect(),
            key_low: Default::default(),
            key_high: Default::default(),
            init_chunk: Default::default(),
            init_nonce_high: Default::default(),
            chunk_high: Default::default(),
            chunk_low: Default::default(),
            take: Default::default(),
            buffer_free: Default::default(),
            finishing: Default::default(),
            ready_in_state: Default::default(),
            hand_over: Default::default(),
            start_chunk: Default::default(),
            rate_low: Default::default(),
            rate_high: Default::default(),
            take_direct: Default::default(),
            last_beat: Default::default(),
            block_end: Default::default(),
            rate: Default::default(),
            rate_wide: Default::default(),
            buffered: Constant::new(buffered),
            last_offset: Constant::new(((8 * (RATE_BYTES - W)) as u64).to_bits()),
            _last_round: r - 1,
            _rounds: r,
            zero4: Constant::new(0u64.to_bits()),
            zero5: Constant::new(0u64.to_bits()),
            one5: Constant::new(1u64.to_bits()),
            zero8: Constant::new(0u64.to_bits()),
            one8: Constant::new(1u64.to_bits()),
            zero_chunk: Constant::new(0u64.to_bits()),
            one_chunk: Constant::new(1u64.to_bits()),
            zero64: Constant::new(0u64.to_bits()),
            zero128: Constant::new(0u64.to_bits()),
            round_offset: (0..r).map(|k| Constant::new((k as u64).to_bits())).collect(),
            iv: Constant::new(AEAD128_IV.to_bits()),
            domain_bit: Constant::new((1u64 << 63).to_bits()),
            rounds_a: Constant::new((ROUNDS_A as u64).to_bits()),
            rounds_b: Constant::new((ROUNDS_B as u64).to_bits()),
            rounds_per_clock: Constant::new((r as u64).to_bits()),
            twelve: Constant::new((ROUNDS_A as u64).to_bits()),
            fifteen: Constant::new(15u64.to_bits()),
            last_block: Constant::new(((CHUNK_BYTES / RATE_BYTES - 1) as u64).to_bits()),
            beats_per_block: Constant::new(((RATE_BYTES / W) as u64).to_bits()),
            beat_shift: Constant::new(((8 * W) as u64).to_bits()),
        }
    }
}

impl<const W: usize, const BITS: usize> Logic for AsconKeyStream<W, BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, x0, x1, x2, x3, x4, rounds_left, keying, running, block, chunk, buffer, beats_left, offset);
        // The round chain: round k of this clock is round 12 - rounds_left + k of the 12.
        self.rounds_done.next = self.twelve.val() - bit_cast::<8, 4>(self.rounds_left.q.val());
        for k in 0..self.rounds.len() {
            self.round_index[k].next = self.rounds_done.val() + self.round_offset[k].val();
            self.rounds[k].round_constant.next = ((self.fifteen.val() - self.round_index[k].val()) << 4) | self.round_index[k].val();
        }
        self.rounds[0].x0.next = self.x0.q.val();
        self.rounds[0].x1.next = self.x1.q.val();
        self.rounds[0].x2.next = self.x2.q.val();
        self.rounds[0].x3.next = self.x3.q.val();
        self.rounds[0].x4.next = self.x4.q.val();
        for k in 0..self._last_round {
            self.rounds[k + 1].x0.next = self.rounds[k].y0.val();
            self.rounds[k + 1].x1.next = self.rounds[k].y1.val();
            self.rounds[k + 1].x2.next = self.rounds[k].y2.val();
            self.rounds[k + 1].x3.next = self.rounds[k].y3.val();
            self.rounds[k + 1].x4.next = self.rounds[k].y4.val();
        }
        self.key_low.next = bit_cast::<64, 32>(self.key_word0.val()) | (bit_cast::<64, 32>(self.key_word1.val()) << 32);
        self.key_high.next = bit_cast::<64, 32>(self.key_word2.val()) | (bit_cast::<64, 32>(self.key_word3.val()) << 32);

        // Handshakes: a beat leaves; the buffer frees up; a block is ready in the state, or is
        // finished by this clock's rounds (a data block's 8, not an initialization's 12).
        self.take.next = (self.beats_left.q.val() != self.zero5.val()) & self.ks_ready.val();
        self.buffer_free.next = (self.beats_left.q.val() == self.zero5.val()) | ((self.beats_left.q.val() == self.one5.val()) & self.take.val());
        self.ready_in_state.next = self.running.q.val() & (self.rounds_left.q.val() == self.zero4.val()) & !self.keying.q.val();
        self.finishing.next = self.running.q.val() & (self.rounds_left.q.val() == self.rounds_per_clock.val()) & !self.keying.q.val();
        self.hand_over.next = (self.ready_in_state.val() | self.finishing.val()) & self.buffer_free.val() & self.buffered.val();
        // Unbuffered: the beat leaves the rate itself.
        self.take_direct.next = self.ready_in_state.val() & self.ks_ready.val() & !self.buffered.val();
        self.last_beat.next = self.offset.q.val() == self.last_offset.val();
        self.block_end.next = self.take_direct.val() & self.last_beat.val();
        self.start_chunk.next = self.restart.val() | ((self.hand_over.val() | self.block_end.val()) & (self.block.q.val() == self.last_block.val()));
        self.rate_low.next = self.x0.q.val();
        self.rate_high.next = self.x1.q.val();
        for k in self._last_round..self._rounds {
            if self.finishing.val() {
                self.rate_low.next = self.rounds[k].y0.val();
                self.rate_high.next = self.rounds[k].y1.val();
            }
        }

        // The permutation.
        for k in self._last_round..self._rounds {
            if self.rounds_left.q.val() != self.zero4.val() {
                self.x0.d.next = self.rounds[k].y0.val();
                self.x1.d.next = self.rounds[k].y1.val();
                self.x2.d.next = self.rounds[k].y2.val();
                self.x3.d.next = self.rounds[k].y3.val();
                self.x4.d.next = self.rounds[k].y4.val();
                self.rounds_left.d.next = self.rounds_left.q.val() - self.rounds_per_clock.val();
            }
        }
        if self.keying.q.val() & (self.rounds_left.q.val() == self.zero4.val()) {
            self.x3.d.next = self.x3.q.val() ^ self.key_low.val();
            self.x4.d.next = self.x4.q.val() ^ self.key_high.val() ^ self.domain_bit.val();
            self.keying.d.next = false;
        }

        // Unbuffered: the next beat, and the next block's rounds after the last.
        if self.take_direct.val() {
            self.offset.d.next = self.offset.q.val() + self.beat_shift.val();
        }
        if self.block_end.val() {
            self.offset.d.next = self.zero8.val();
            self.block.d.next = self.block.q.val() + self.one8.val();
            self.rounds_left.d.next = self.rounds_b.val();
        }

        // The output buffer.
        if self.take.val() {
            self.buffer.d.next = self.buffer.q.val() >> self.beat_shift.val();
            self.beats_left.d.next = self.beats_left.q.val() - self.one5.val();
        }
        if self.hand_over.val() {
            self.buffer.d.next = bit_cast::<128, 64>(self.rate_low.val()) | (bit_cast::<128, 64>(self.rate_high.val()) << 64);
            self.beats_left.d.next = self.beats_per_block.val();
            self.block.d.next = self.block.q.val() + self.one8.val();
            self.rounds_left.d.next = self.rounds_b.val();
        }

        // A chunk starts: after the last block of the previous one, or on restart (chunk 0).
        self.init_chunk.next = self.chunk.q.val() + self.one_chunk.val();
        if self.restart.val() {
            self.init_chunk.next = self.zero_chunk.val();
        }
        self.chunk_high.next = self.init_chunk.val().get_bits::<8>(8);
        self.chunk_low.next = self.init_chunk.val().get_bits::<8>(0);
        // N[8..12], then the chunk index big-endian: its low byte is the word's top byte.
        self.init_nonce_high.next = bit_cast::<64, 32>(self.nonce_word2.val())
            | (bit_cast::<64, 8>(self.chunk_high.val()) << 48)
            | (bit_cast::<64, 8>(self.chunk_low.val()) << 56);
        if self.start_chunk.val() {
            self.x0.d.next = self.iv.val();
            self.x1.d.next = self.key_low.val();
            self.x2.d.next = self.key_high.val();
            self.x3.d.next = bit_cast::<64, 32>(self.nonce_word0.val()) | (bit_cast::<64, 32>(self.nonce_word1.val()) << 32);
            self.x4.d.next = self.init_nonce_high.val();
            self.rounds_left.d.next = self.rounds_a.val();
            self.keying.d.next = true;
            self.chunk.d.next = self.init_chunk.val();
            self.block.d.next = self.zero8.val();
            self.offset.d.next = self.zero8.val();
        }
        if self.restart.val() {
            self.running.d.next = true;
            self.beats_left.d.next = self.zero5.val();
        }
        if self.reset.val() {
            self.x0.d.next = self.zero64.val();
            self.x1.d.next = self.zero64.val();
            self.x2.d.next = self.zero64.val();
            self.x3.d.next = self.zero64.val();
            self.x4.d.next = self.zero64.val();
            self.buffer.d.next = self.zero128.val();
            self.beats_left.d.next = self.zero5.val();
            self.rounds_left.d.next = self.zero4.val();
            self.keying.d.next = false;
            self.running.d.next = false;
            self.block.d.next = self.zero8.val();
            self.chunk.d.next = self.zero_chunk.val();
            self.offset.d.next = self.zero8.val();
        }
        self.ks_valid.next = self.beats_left.q.val() != self.zero5.val();
        self.ks_data.next = self.buffer.q.val().get_bits::<BITS>(0);
        self.rate.next = bit_cast::<128, 64>(self.x0.q.val()) | (bit_cast::<128, 64>(self.x1.q.val()) << 64);
        self.rate_wide.next = self.rate.val() >> self.offset.q.val();
        if !self.buffered.val() {
            self.ks_valid.next = self.ready_in_state.val();
            self.ks_data.next = self.rate_wide.val().get_bits::<BITS>(0);
        }
    }
}

/// 2 bytes per beat (the Alchitry Cu's lanes).
pub type AsconKeyStream2 = AsconKeyStream<2, 16>;
/// 8 bytes per beat (sim-large's lanes).
pub type AsconKeyStream8 = AsconKeyStream<8, 64>;

#[cfg(test)]
#[path = "ascon_key_stream/tests.rs"]
mod tests;
