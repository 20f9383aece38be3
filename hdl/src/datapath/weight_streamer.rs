//! Streams words 0, 1, 2, … of a block RAM as a valid/ready stream, one word per clock with no
//! bubbles, under any back-pressure: the weight memory's side of the unlock pipeline.
//!
//! The memory answers an address one clock later, so the address presented now is the word the
//! stream will show next: the current word again while the consumer holds back, the following one
//! in a clock where the current word is taken.

use rust_hdl::prelude::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum StreamState {
    Idle,
    Prime,
    Stream,
}

/// Streams `words` words from address 0 of a memory with `A` address bits and `BITS`-bit words.
#[derive(LogicBlock)]
pub struct WeightStreamer<const BITS: usize, const A: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: stops the stream.
    pub reset: Signal<In, Bit>,
    /// Strobe: stream `words` words from address 0 (restarts a stream in progress).
    pub start: Signal<In, Bit>,
    /// How many words to stream, read with `start`.
    pub words: Signal<In, Bits<A>>,
    /// To the memory's read address.
    pub mem_address: Signal<Out, Bits<A>>,
    /// From the memory's read data (one clock after the address).
    pub mem_data: Signal<In, Bits<BITS>>,
    /// The word on `data`.
    pub data: Signal<Out, Bits<BITS>>,
    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    state: DFF<StreamState>,
    /// Index of the word the memory outputs now.
    current: DFF<Bits<A>>,
    /// Words after the current one still to stream (down-counted), and whether it is nonzero,
    /// as a flip-flop: `valid` is then one LUT from registers, not a carry chain (the Cu's
    /// critical path ran from a `current < total` compare through `take` to the memory address).
    left: DFF<Bits<A>>,
    has_more: DFF<Bit>,
    take: Signal<Local, Bit>,
    one: Constant<Bits<A>>,
    zero: Constant<Bits<A>>,
}

impl<const BITS: usize, const A: usize> Default for WeightStreamer<BITS, A> {
    fn default() -> Self {
        WeightStreamer {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            words: Default::default(),
            mem_address: Default::default(),
            mem_data: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            state: Default::default(),
            current: Default::default(),
            left: Default::default(),
            has_more: Default::default(),
            take: Default::default(),
            one: Constant::new(1u64.to_bits()),
            zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const BITS: usize, const A: usize> Logic for WeightStreamer<BITS, A> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, current, left, has_more);
        self.valid.next = (self.state.q.val() == StreamState::Stream) & self.has_more.q.val();
        self.take.next = self.valid.val() & self.ready.val();
        self.mem_address.next = self.current.q.val();
        if self.take.val() {
            self.mem_address.next = self.current.q.val() + self.one.val();
            self.current.d.next = self.current.q.val() + self.one.val();
            self.left.d.next = self.left.q.val() - self.one.val();
            self.has_more.d.next = self.left.q.val() != self.one.val();
        }
        match self.state.q.val() {
            StreamState::Idle => {}
            StreamState::Prime => {
                // Address 0 is presented this clock; its word is out after the edge.
                self.state.d.next = StreamState::Stream;
            }
            StreamState::Stream => {
                if !self.has_more.q.val() {
                    self.state.d.next = StreamState::Idle;
                }
            }
            _ => {
                self.state.d.next = StreamState::Idle;
            }
        }
        if self.start.val() {
            self.state.d.next = StreamState::Prime;
            self.current.d.next = self.zero.val();
            self.left.d.next = self.words.val();
            self.has_more.d.next = self.words.val() != self.zero.val();
        }
        if self.reset.val() {
            self.state.d.next = StreamState::Idle;
        }
        self.data.next = self.mem_data.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::block_ram::BlockRam;
    use crate::testing::{cycle, lint};

    /// A streamer wired to a memory that holds `word(i)` at address i.
    #[derive(LogicBlock)]
    struct Harness {
        clock: Signal<In, Clock>,
        start: Signal<In, Bit>,
        words: Signal<In, Bits<10>>,
        ready: Signal<In, Bit>,
        data: Signal<Out, Bits<32>>,
        valid: Signal<Out, Bit>,
        write_address: Signal<In, Bits<10>>,
        write_data: Signal<In, Bits<32>>,
        write_enable: Signal<In, Bit>,
        streamer: WeightStreamer<32, 10>,
        ram: BlockRam<Bits<32>, 10>,
    }

    impl Logic for Harness {
        #[hdl_gen]
        fn update(&mut self) {
            clock!(self, clock, streamer, ram);
            self.streamer.reset.next = false;
            self.streamer.start.next = self.start.val();
            self.streamer.words.next = self.words.val();
            self.streamer.ready.next = self.ready.val();
            self.ram.read_address.next = self.streamer.mem_address.val();
            self.streamer.mem_data.next = self.ram.read_data.val();
            self.ram.write_address.next = self.write_address.val();
            self.ram.write_data.next = self.write_data.val();
            self.ram.write_enable.next = self.write_enable.val();
            self.data.next = self.streamer.data.val();
            self.valid.next = self.streamer.valid.val();
        }
    }

    #[test]
    fn streams_every_word_once_under_random_back_pressure() {
        let mut h = Harness {
            clock: Default::default(),
            start: Default::default(),
            words: Default::default(),
            ready: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            streamer: Default::default(),
            ram: BlockRam::new(1000),
        };
        h.connect_all();
        let word = |i: u64| (i * 2_654_435_761 + 7) & 0xFFFF_FFFF;
        for i in 0..1000u64 {
            h.write_enable.next = true;
            h.write_address.next = i.to_bits();
            h.write_data.next = word(i).to_bits();
            cycle!(h);
        }
        h.write_enable.next = false;
        let mut seed = 7u64;
        for (run, length) in [1000u64, 1, 2, 517].into_iter().enumerate() {
            h.start.next = true;
            h.words.next = length.to_bits();
            cycle!(h);
            h.start.next = false;
            let mut got = Vec::new();
            let mut clocks = 0;
            while got.len() < length as usize {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                // Run 0 never holds back: it must deliver a word every clock once primed.
                h.ready.next = run == 0 || (seed >> 33) % 3 != 0;
                crate::testing::settle(&mut h);
                if h.valid.val() && h.ready.val() {
                    got.push(h.data.val().to_u64());
                }
                cycle!(h);
                clocks += 1;
                assert!(clocks < 10 * length + 10, "stream stalled");
            }
            if run == 0 {
                assert_eq!(clocks, length + 1, "one priming clock, then a word per clock");
            }
            assert_eq!(got, (0..length).map(word).collect::<Vec<_>>());
            crate::testing::settle(&mut h);
            assert!(!h.valid.val(), "no word past the end");
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut s = WeightStreamer::<32, 12>::default();
        s.connect_all();
        lint("weight_streamer", &generate_verilog(&s));
    }
}
