//! UART receiver, 8N1, as a valid/ready byte stream.
//!
//! The RX pin passes a two-flop synchronizer (it is asynchronous to our clock). A falling edge
//! starts a frame; the start bit is checked again at mid-bit (a shorter glitch is ignored), then
//! every bit is sampled at its middle. A low stop bit is a framing error: the byte is dropped and
//! the receiver waits for the line to go idle before it looks for the next start bit, so a break
//! or a wrong baud rate cannot keep it out of step.

use rust_hdl::prelude::*;

use crate::common::stream::StreamSource;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum RxState {
    Idle,
    Start,
    Data,
    Stop,
    WaitIdle,
}

/// Receives 8N1 bytes on `rx` at a fixed baud rate.
#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset, active high.
    pub reset: Signal<In, Bit>,
    /// The serial input pin (idle high).
    pub rx: Signal<In, Bit>,
    /// The received bytes: a byte waits in `rx_bytes.data` while `rx_bytes.valid`, and is taken on a
    /// clock edge where `rx_bytes.ready` is high.
    pub rx_bytes: StreamSource<8>,
    /// One-clock pulse: a frame ended with a low stop bit (the byte is dropped).
    pub framing_error: Signal<Out, Bit>,
    /// One-clock pulse: a byte arrived while the previous one was still waiting (it is dropped).
    pub overrun: Signal<Out, Bit>,
    sync0: DFF<Bit>,
    sync1: DFF<Bit>,
    state: DFF<RxState>,
    /// Clocks left until the next sampling point.
    countdown: DFF<Bits<16>>,
    bits_left: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    held: DFF<Bits<8>>,
    held_valid: DFF<Bit>,
    half_bit: Constant<Bits<16>>,
    full_bit: Constant<Bits<16>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    one4: Constant<Bits<4>>,
    eight: Constant<Bits<4>>,
    top_bit: Constant<Bits<8>>,
}

/// Clocks per bit for `baud` at `clock_hz`, refusing rates the receiver cannot sample reliably.
pub fn clocks_per_bit(clock_hz: u64, baud: u64) -> u64 {
    assert!(baud > 0 && clock_hz >= 4 * baud, "a UART needs at least 4 clocks per bit ({clock_hz} Hz clock, {baud} baud)");
    let clocks = (clock_hz + baud / 2) / baud;
    let error = (clocks * baud).abs_diff(clock_hz) as f64 / clock_hz as f64;
    assert!(error < 0.01, "{clock_hz} Hz is {:.2}% off {baud} baud; choose a rate the clock divides", 100.0 * error);
    assert!(clocks < 1 << 16, "baud rate too low for a 16-bit bit counter");
    clocks
}

impl UartRx {
    /// A receiver for `baud` bits per second with a `clock_hz` clock (at least 4 clocks per bit,
    /// and a clock within 1% of a whole number of clocks per bit).
    pub fn new(clock_hz: u64, baud: u64) -> Self {
        let full = clocks_per_bit(clock_hz, baud);
        UartRx {
            clock: Default::default(),
            reset: Default::default(),
            rx: Default::default(),
            rx_bytes: Default::default(),
            framing_error: Default::default(),
            overrun: Default::default(),
            sync0: Default::default(),
            sync1: Default::default(),
            state: Default::default(),
            countdown: Default::default(),
            bits_left: Default::default(),
            shift: Default::default(),
            held: Default::default(),
            held_valid: Default::default(),
            // The edge is seen one clock late at most, so the first sample waits half a bit less one.
            half_bit: Constant::new((full / 2 - 1).to_bits()),
            full_bit: Constant::new((full - 1).to_bits()),
            zero16: Constant::new(0u64.to_bits()),
            one16: Constant::new(1u64.to_bits()),
            one4: Constant::new(1u64.to_bits()),
            eight: Constant::new(8u64.to_bits()),
            top_bit: Constant::new(0x80u64.to_bits()),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync0, sync1, state, countdown, bits_left, shift, held, held_valid);
        self.sync0.d.next = self.rx.val();
        self.sync1.d.next = self.sync0.q.val();
        self.framing_error.next = false;
        self.overrun.next = false;
        if self.held_valid.q.val() & self.rx_bytes.ready.val() {
            self.held_valid.d.next = false;
        }
        if self.countdown.q.val() != self.zero16.val() {
            self.countdown.d.next = self.countdown.q.val() - self.one16.val();
        }
        match self.state.q.val() {
            RxState::Idle => {
                if !self.sync1.q.val() {
                    self.state.d.next = RxState::Start;
                    self.countdown.d.next = self.half_bit.val();
                }
            }
            RxState::Start => {
                if self.countdown.q.val() == self.zero16.val() {
                    if self.sync1.q.val() {
                        // A glitch, not a start bit.
                        self.state.d.next = RxState::Idle;
                    } else {
                        self.state.d.next = RxState::Data;
                        self.countdown.d.next = self.full_bit.val();
                        self.bits_left.d.next = self.eight.val();
                    }
                }
            }
            RxState::Data => {
                if self.countdown.q.val() == self.zero16.val() {
                    // LSB first: shift in from the top.
                    self.shift.d.next = self.shift.q.val() >> 1;
                    if self.sync1.q.val() {
                        self.shift.d.next = (self.shift.q.val() >> 1) | self.top_bit.val();
                    }
                    self.bits_left.d.next = self.bits_left.q.val() - self.one4.val();
                    self.countdown.d.next = self.full_bit.val();
                    if self.bits_left.q.val() == self.one4.val() {
                        self.state.d.next = RxState::Stop;
                    }
                }
            }
            RxState::Stop => {
                if self.countdown.q.val() == self.zero16.val() {
                    if self.sync1.q.val() {
                        self.state.d.next = RxState::Idle;
                        if self.held_valid.q.val() & !self.rx_bytes.ready.val() {
                            self.overrun.next = true;
                        } else {
                            self.held.d.next = self.shift.q.val();
                            self.held_valid.d.next = true;
                        }
                    } else {
                        self.framing_error.next = true;
                        self.state.d.next = RxState::WaitIdle;
                    }
                }
            }
            RxState::WaitIdle => {
                if self.sync1.q.val() {
                    self.state.d.next = RxState::Idle;
                }
            }
            _ => {
                self.state.d.next = RxState::Idle;
            }
        }
        if self.reset.val() {
            self.sync0.d.next = true;
            self.sync1.d.next = true;
            self.state.d.next = RxState::Idle;
            self.held_valid.d.next = false;
            self.countdown.d.next = self.zero16.val();
        }
        self.rx_bytes.data.next = self.held.q.val();
        self.rx_bytes.valid.next = self.held_valid.q.val();
    }
}
