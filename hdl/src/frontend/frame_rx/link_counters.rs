//! The link counters: four saturating 16-bit counts of what the parser saw, reported in STATUS.

use rust_hdl::prelude::*;

use crate::frontend::constant as c;
use crate::frontend::link_counters_bus::LinkCountersSource;

/// Counts good frames, bad headers, bad CRCs and timeouts, saturating at 0xffff.
#[derive(LogicBlock)]
pub struct LinkCounters {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: all counters to zero.
    pub reset: Signal<In, Bit>,
    /// One clock: a frame ended with a good CRC-16.
    pub frame_ok: Signal<In, Bit>,
    /// One clock: a header was dropped.
    pub bad_header: Signal<In, Bit>,
    /// One clock: a frame ended with a bad CRC-16.
    pub bad_crc: Signal<In, Bit>,
    /// One clock: a frame stalled for the timeout.
    pub timeout: Signal<In, Bit>,
    /// The counts.
    pub counters: LinkCountersSource,
    count_ok: DFF<Bits<16>>,
    count_headers: DFF<Bits<16>>,
    count_crcs: DFF<Bits<16>>,
    count_timeouts: DFF<Bits<16>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    max16: Constant<Bits<16>>,
}

impl Default for LinkCounters {
    fn default() -> Self {
        LinkCounters {
            clock: Default::default(),
            reset: Default::default(),
            frame_ok: Default::default(),
            bad_header: Default::default(),
            bad_crc: Default::default(),
            timeout: Default::default(),
            counters: Default::default(),
            count_ok: Default::default(),
            count_headers: Default::default(),
            count_crcs: Default::default(),
            count_timeouts: Default::default(),
            zero16: c(0),
            one16: c(1),
            max16: c(0xffff),
        }
    }
}

impl Logic for LinkCounters {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count_ok, count_headers, count_crcs, count_timeouts);
        if self.frame_ok.val() & (self.count_ok.q.val() != self.max16.val()) {
            self.count_ok.d.next = self.count_ok.q.val() + self.one16.val();
        }
        if self.bad_header.val() & (self.count_headers.q.val() != self.max16.val()) {
            self.count_headers.d.next = self.count_headers.q.val() + self.one16.val();
        }
        if self.bad_crc.val() & (self.count_crcs.q.val() != self.max16.val()) {
            self.count_crcs.d.next = self.count_crcs.q.val() + self.one16.val();
        }
        if self.timeout.val() & (self.count_timeouts.q.val() != self.max16.val()) {
            self.count_timeouts.d.next = self.count_timeouts.q.val() + self.one16.val();
        }
        if self.reset.val() {
            self.count_ok.d.next = self.zero16.val();
            self.count_headers.d.next = self.zero16.val();
            self.count_crcs.d.next = self.zero16.val();
            self.count_timeouts.d.next = self.zero16.val();
        }
        self.counters.frames_ok.next = self.count_ok.q.val();
        self.counters.bad_headers.next = self.count_headers.q.val();
        self.counters.bad_crcs.next = self.count_crcs.q.val();
        self.counters.timeouts.next = self.count_timeouts.q.val();
    }
}
