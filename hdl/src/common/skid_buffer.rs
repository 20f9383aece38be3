//! A two-entry skid buffer: a valid/ready register slice at full rate whose `in_ready` is a
//! flip-flop. It cuts the ready path of a pipeline in two: the consumer's `ready` steers only
//! this buffer's registers and never reaches the producer within the same clock.
//!
//! `main` holds the word on the output; `skid` catches the one word accepted in the clock the
//! consumer stalled (the producer saw `in_ready` high from the clock before). While `skid` is
//! full, `in_ready` is low.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct SkidBuffer<const BITS: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous: both entries emptied (a reset, or the start of a new stream).
    pub flush: Signal<In, Bit>,
    pub in_data: Signal<In, Bits<BITS>>,
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    pub out_data: Signal<Out, Bits<BITS>>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    main_data: DFF<Bits<BITS>>,
    main_valid: DFF<Bit>,
    skid_data: DFF<Bits<BITS>>,
    skid_valid: DFF<Bit>,
    take_in: Signal<Local, Bit>,
}

impl<const BITS: usize> Logic for SkidBuffer<BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, main_data, main_valid, skid_data, skid_valid);
        self.in_ready.next = !self.skid_valid.q.val();
        self.out_data.next = self.main_data.q.val();
        self.out_valid.next = self.main_valid.q.val();
        self.take_in.next = self.in_valid.val() & !self.skid_valid.q.val();
        if !self.main_valid.q.val() | self.out_ready.val() {
            // The output word leaves (or there is none): refill from the skid, else the input.
            if self.skid_valid.q.val() {
                self.main_data.d.next = self.skid_data.q.val();
                self.skid_valid.d.next = false;
            } else {
                self.main_data.d.next = self.in_data.val();
                self.main_valid.d.next = self.take_in.val();
            }
        } else if self.take_in.val() {
            self.skid_data.d.next = self.in_data.val();
            self.skid_valid.d.next = true;
        }
        if self.flush.val() {
            self.main_valid.d.next = false;
            self.skid_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{cycle, lint};
    use rand::{Rng, SeedableRng};

    /// Random stalls on both sides: every word comes out once, in order; at full rate when
    /// neither side stalls.
    #[test]
    fn passes_every_word_in_order_under_random_stalls() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for (p_valid, p_ready) in [(1.0, 1.0), (0.7, 0.5), (0.3, 0.9), (0.9, 0.2)] {
            let mut uut = SkidBuffer::<16>::default();
            uut.connect_all();
            uut.flush.next = true;
            cycle!(uut);
            uut.flush.next = false;
            let (mut next_in, mut got, mut clocks) = (0u64, Vec::new(), 0);
            while got.len() < 2000 {
                uut.in_valid.next = next_in < 2000 && rng.gen_bool(p_valid);
                uut.in_data.next = next_in.to_bits();
                uut.out_ready.next = rng.gen_bool(p_ready);
                crate::testing::settle(&mut uut);
                let taken_in = uut.in_valid.val() && uut.in_ready.val();
                if uut.out_valid.val() && uut.out_ready.val() {
                    got.push(uut.out_data.val().to_u64());
                }
                cycle!(uut);
                next_in += taken_in as u64;
                clocks += 1;
                assert!(clocks < 100_000, "stalled");
            }
            assert_eq!(got, (0..2000).collect::<Vec<_>>(), "valid {p_valid}, ready {p_ready}");
            if p_valid == 1.0 && p_ready == 1.0 {
                assert_eq!(clocks, 2001, "one word per clock after one clock of latency");
            }
        }
    }

    #[test]
    fn flush_empties_both_entries() {
        let mut uut = SkidBuffer::<8>::default();
        uut.connect_all();
        uut.in_valid.next = true;
        uut.out_ready.next = false;
        cycle!(uut);
        cycle!(uut);
        crate::testing::settle(&mut uut);
        assert!(uut.out_valid.val() && !uut.in_ready.val(), "both entries full");
        uut.flush.next = true;
        uut.in_valid.next = false;
        cycle!(uut);
        uut.flush.next = false;
        crate::testing::settle(&mut uut);
        assert!(!uut.out_valid.val() && uut.in_ready.val());
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = SkidBuffer::<16>::default();
        uut.connect_all();
        lint("skid_buffer", &generate_verilog(&uut));
    }
}
