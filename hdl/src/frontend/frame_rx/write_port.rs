//! The receiver's write port: one write per clock onto the core's write channel, from three
//! sources in priority order — a payload byte, a RUN doorbell, a frame's doorbell — through
//! registers, so the receiver's logic and the core's write decode are not one path. The core's
//! status for a write therefore arrives two clocks after the write is decided (one clock
//! through these registers, one in the core).

use rust_hdl::prelude::*;

use deeplock_spec::memory_map as map;

use crate::frontend::constant as c;

/// Muxes the receiver's writes onto the core's write channel, registered.
#[derive(LogicBlock)]
pub struct WritePort {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    // ---- The three sources.
    /// A payload byte: `data` at `payload_address`.
    pub payload_write: Signal<In, Bit>,
    /// Where the payload byte goes.
    pub payload_address: Signal<In, Bits<24>>,
    /// The payload byte.
    pub data: Signal<In, Bits<8>>,
    /// A RUN doorbell, for `run_slot`.
    pub run_write: Signal<In, Bit>,
    /// The slot of the RUN doorbell.
    pub run_slot: Signal<In, Bit>,
    /// A frame's doorbell at `doorbell`.
    pub ring: Signal<In, Bit>,
    /// The doorbell's address.
    pub doorbell: Signal<In, Bits<24>>,
    // ---- The core's write channel.
    /// Writes `write_data` at `write_address` this clock.
    pub write: Signal<Out, Bit>,
    /// Byte address of the write.
    pub write_address: Signal<Out, Bits<24>>,
    /// The byte written.
    pub write_data: Signal<Out, Bits<8>>,
    write_q: DFF<Bit>,
    write_address_q: DFF<Bits<24>>,
    write_data_q: DFF<Bits<8>>,
    write_now: Signal<Local, Bit>,
    write_address_now: Signal<Local, Bits<24>>,
    write_data_now: Signal<Local, Bits<8>>,
    run: Constant<Bits<24>>,
    slot0: Constant<Bits<8>>,
    slot1: Constant<Bits<8>>,
}

impl Default for WritePort {
    fn default() -> Self {
        WritePort {
            clock: Default::default(),
            reset: Default::default(),
            payload_write: Default::default(),
            payload_address: Default::default(),
            data: Default::default(),
            run_write: Default::default(),
            run_slot: Default::default(),
            ring: Default::default(),
            doorbell: Default::default(),
            write: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_q: Default::default(),
            write_address_q: Default::default(),
            write_data_q: Default::default(),
            write_now: Default::default(),
            write_address_now: Default::default(),
            write_data_now: Default::default(),
            run: c(map::RUN as u64),
            slot0: c(0),
            slot1: c(1),
        }
    }
}

impl Logic for WritePort {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, write_q, write_address_q, write_data_q);
        self.write_now.next = false;
        self.write_address_now.next = self.payload_address.val();
        self.write_data_now.next = self.data.val();
        if self.ring.val() {
            self.write_now.next = true;
            self.write_address_now.next = self.doorbell.val();
        }
        if self.run_write.val() {
            self.write_now.next = true;
            self.write_address_now.next = self.run.val();
            self.write_data_now.next = self.slot0.val();
            if self.run_slot.val() {
                self.write_data_now.next = self.slot1.val();
            }
        }
        if self.payload_write.val() {
            self.write_now.next = true;
            self.write_address_now.next = self.payload_address.val();
            self.write_data_now.next = self.data.val();
        }
        self.write_q.d.next = self.write_now.val();
        self.write_address_q.d.next = self.write_address_now.val();
        self.write_data_q.d.next = self.write_data_now.val();
        if self.reset.val() {
            self.write_q.d.next = false;
        }
        self.write.next = self.write_q.q.val();
        self.write_address.next = self.write_address_q.q.val();
        self.write_data.next = self.write_data_q.q.val();
    }
}
