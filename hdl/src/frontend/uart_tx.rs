//! UART transmitter, 8N1, fed by a valid/ready byte stream. Bytes offered back to back go out
//! back to back: the next start bit follows the stop bit with no idle clock, so the line carries
//! exactly baud / 10 bytes per second.

use rust_hdl::prelude::*;

use crate::common::stream::StreamSink;

use crate::frontend::uart_rx::clocks_per_bit;

/// Sends 8N1 bytes on `tx` at a fixed baud rate.
#[derive(LogicBlock)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset, active high (the line goes idle at once).
    pub reset: Signal<In, Bit>,
    /// The bytes to send; `tx_bytes.ready` takes one at this clock edge (during the last clock of a
    /// stop bit, or when idle).
    pub tx_bytes: StreamSink<8>,
    /// The serial output pin (idle high).
    pub tx: Signal<Out, Bit>,
    /// Start bit, 8 data bits LSB first, stop bit; shifted out from bit 0. All ones when idle.
    frame: DFF<Bits<10>>,
    /// Bits of `frame` still to send, the current one included (0 when idle).
    bits_left: DFF<Bits<4>>,
    countdown: DFF<Bits<16>>,
    line: DFF<Bit>,
    full_bit: Constant<Bits<16>>,
    zero16: Constant<Bits<16>>,
    one16: Constant<Bits<16>>,
    zero4: Constant<Bits<4>>,
    one4: Constant<Bits<4>>,
    frame_bits: Constant<Bits<4>>,
    stop_bit: Constant<Bits<10>>,
}

impl UartTx {
    /// A transmitter for `baud` bits per second with a `clock_hz` clock.
    pub fn new(clock_hz: u64, baud: u64) -> Self {
        UartTx {
            clock: Default::default(),
            reset: Default::default(),
            tx_bytes: Default::default(),
            tx: Default::default(),
            frame: Default::default(),
            bits_left: Default::default(),
            countdown: Default::default(),
            line: Default::default(),
            full_bit: Constant::new((clocks_per_bit(clock_hz, baud) - 1).to_bits()),
            zero16: Constant::new(0u64.to_bits()),
            one16: Constant::new(1u64.to_bits()),
            zero4: Constant::new(0u64.to_bits()),
            one4: Constant::new(1u64.to_bits()),
            frame_bits: Constant::new(10u64.to_bits()),
            stop_bit: Constant::new((1u64 << 9).to_bits()),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, frame, bits_left, countdown, line);
        // Ready when idle, or in the last clock of the stop bit.
        self.tx_bytes.ready.next = (self.bits_left.q.val() == self.zero4.val())
            | ((self.bits_left.q.val() == self.one4.val()) & (self.countdown.q.val() == self.zero16.val()));
        if self.countdown.q.val() != self.zero16.val() {
            self.countdown.d.next = self.countdown.q.val() - self.one16.val();
        } else if self.bits_left.q.val() != self.zero4.val() {
            // Next bit.
            self.frame.d.next = self.frame.q.val() >> 1;
            self.bits_left.d.next = self.bits_left.q.val() - self.one4.val();
            self.line.d.next = self.frame.q.val().get_bit(1);
            self.countdown.d.next = self.full_bit.val();
            if self.bits_left.q.val() == self.one4.val() {
                self.line.d.next = true;
            }
        }
        if self.tx_bytes.valid.val() & self.tx_bytes.ready.val() {
            // Stop bit (1), the byte, start bit (0): bit 0 goes out first, now.
            self.frame.d.next = (bit_cast::<10, 8>(self.tx_bytes.data.val()) << 1) | self.stop_bit.val();
            self.bits_left.d.next = self.frame_bits.val();
            self.countdown.d.next = self.full_bit.val();
            self.line.d.next = false;
        }
        if self.reset.val() {
            self.bits_left.d.next = self.zero4.val();
            self.countdown.d.next = self.zero16.val();
            self.line.d.next = true;
        }
        // The line register powers up low; until the first reset or byte the pin reads idle.
        self.tx.next = self.line.q.val() | (self.bits_left.q.val() == self.zero4.val());
    }
}
