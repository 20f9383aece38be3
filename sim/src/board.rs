//! The virtual board: the Verilated Alchitry Cu top (the bitstream's Verilog) with its UART pins
//! driven and sampled bit by bit, so the RTL UART itself is exercised.
//!
//! A software line driver puts bytes on the board's RX pin (8N1, `clocks_per_bit` core clocks
//! a bit) and a software UART samples its TX pin. Time is counted in core clocks: board time is
//! `cycles / clock_hz`, whatever the simulation's speed. [`BoardTransport`] is a
//! `deeplock_spec::transport::Transport` over it in the same process (for tests); `deeplock-sim board`
//! bridges it to a pseudo-terminal (for any program that opens a serial port).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use deeplock_spec::boards::ALCHITRY_CU;
use deeplock_spec::transport::{Transport, TransportError};

use crate::clocked::Clocked;
use crate::verilated::BoardCu;

/// The Cu build's core clock and UART rate, from its build settings
/// ([`deeplock_spec::boards::ALCHITRY_CU`]).
pub const CLOCK_HZ: u64 = ALCHITRY_CU.clock_hz as u64;
pub const BAUD: u64 = ALCHITRY_CU.baud as u64;

/// Puts queued bytes on a serial line, 8N1.
struct LineDriver {
    queue: VecDeque<u8>,
    clocks_per_bit: u32,
    /// The frame being sent (start, 8 data bits, stop), LSB first.
    frame: u16,
    bits_left: u32,
    clocks_left: u32,
    /// Clocks the line has been busy since the last `take_busy_clocks`.
    busy_clocks: u64,
}

impl LineDriver {
    fn new(clocks_per_bit: u32) -> Self {
        LineDriver { queue: VecDeque::new(), clocks_per_bit, frame: 0, bits_left: 0, clocks_left: 0, busy_clocks: 0 }
    }

    /// The line level for the next clock.
    fn level(&mut self) -> bool {
        if self.clocks_left == 0 {
            if self.bits_left > 0 {
                self.frame >>= 1;
                self.bits_left -= 1;
            }
            if self.bits_left == 0 {
                match self.queue.pop_front() {
                    Some(byte) => {
                        self.frame = (u16::from(byte) << 1) | (1 << 9);
                        self.bits_left = 10;
                    }
                    None => return true,
                }
            }
            self.clocks_left = self.clocks_per_bit;
        }
        self.clocks_left -= 1;
        self.busy_clocks += 1;
        self.frame & 1 == 1
    }

    fn idle(&self) -> bool {
        self.queue.is_empty() && self.bits_left <= 1 && self.clocks_left == 0
    }
}

/// A UART receiver in software, sampling a line once per clock.
struct LineSampler {
    clocks_per_bit: u32,
    countdown: u32,
    bit: u32,
    byte: u8,
    receiving: bool,
    previous: bool,
    /// Frames with a low stop bit.
    framing_errors: u64,
}

impl LineSampler {
    fn new(clocks_per_bit: u32) -> Self {
        LineSampler { clocks_per_bit, countdown: 0, bit: 0, byte: 0, receiving: false, previous: true, framing_errors: 0 }
    }

    fn sample(&mut self, level: bool) -> Option<u8> {
        let falling = self.previous && !level;
        self.previous = level;
        if !self.receiving {
            if falling {
                self.receiving = true;
                self.bit = 0;
                self.byte = 0;
                // The middle of the start bit.
                self.countdown = self.clocks_per_bit / 2;
            }
            return None;
        }
        if self.countdown > 0 {
            self.countdown -= 1;
            return None;
        }
        // Samples fall in the middle of each bit: the start bit (check), 8 data bits, the stop bit.
        self.countdown = self.clocks_per_bit - 1;
        self.bit += 1;
        match self.bit {
            1 => {
                if level {
                    self.receiving = false; // a glitch, not a start bit
                }
                None
            }
            2..=9 => {
                self.byte |= u8::from(level) << (self.bit - 2);
                None
            }
            _ => {
                self.receiving = false;
                if level {
                    Some(self.byte)
                } else {
                    self.framing_errors += 1;
                    None
                }
            }
        }
    }
}

/// The simulated Alchitry Cu on its UART pins.
pub struct VirtualBoard {
    sim: Clocked<BoardCu>,
    driver: LineDriver,
    sampler: LineSampler,
    received: VecDeque<u8>,
    /// The cycle of the last byte on either line.
    last_activity: u64,
}

impl Default for VirtualBoard {
    fn default() -> Self {
        Self::new()
    }
}

impl VirtualBoard {
    /// A board just configured: reset button released, lines idle.
    pub fn new() -> Self {
        let clocks_per_bit = (CLOCK_HZ / BAUD) as u32;
        let mut sim = Clocked::new(BoardCu::new());
        sim.model.set_reset_n(1);
        sim.model.set_uart_rx(1);
        sim.settle();
        let mut board = VirtualBoard {
            sim,
            driver: LineDriver::new(clocks_per_bit),
            sampler: LineSampler::new(clocks_per_bit),
            received: VecDeque::new(),
            last_activity: 0,
        };
        // The reset generator holds the design for 255 clocks after configuration.
        board.run(400);
        board
    }

    /// Queues bytes for the board's RX line.
    pub fn send(&mut self, bytes: &[u8]) {
        self.driver.queue.extend(bytes);
    }

    /// Drives the RX line with raw levels, one per clock (for fault injection below the byte level).
    pub fn drive_levels(&mut self, levels: &[bool]) {
        for &level in levels {
            self.sim.model.set_uart_rx(level as u64);
            self.clock();
        }
    }

    fn clock(&mut self) {
        self.sim.cycle();
        if let Some(byte) = self.sampler.sample(self.sim.model.uart_tx() != 0) {
            self.received.push_back(byte);
            self.last_activity = self.sim.cycles();
        }
    }

    /// Simulates `cycles` core clocks.
    pub fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            let level = self.driver.level();
            self.sim.model.set_uart_rx(level as u64);
            self.clock();
        }
        if !self.driver.idle() {
            self.last_activity = self.sim.cycles();
        }
    }

    /// The bytes the board has sent since the last call.
    pub fn take_received(&mut self) -> Vec<u8> {
        self.received.drain(..).collect()
    }

    /// Nothing left to send to the board.
    pub fn rx_idle(&self) -> bool {
        self.driver.idle()
    }

    /// Clocks since the last byte on either line (0 while the board is being sent to).
    pub fn quiet_cycles(&self) -> u64 {
        if self.driver.idle() {
            self.sim.cycles() - self.last_activity
        } else {
            0
        }
    }

    /// Core clocks simulated so far: board time is `cycles / CLOCK_HZ`.
    pub fn cycles(&self) -> u64 {
        self.sim.cycles()
    }

    /// Clocks the board's RX line carried a byte since the last call.
    pub fn take_rx_busy_clocks(&mut self) -> u64 {
        std::mem::take(&mut self.driver.busy_clocks)
    }

    pub fn leds(&self) -> u8 {
        self.sim.model.leds() as u8
    }

    /// Frames from the board with a bad stop bit (there should be none).
    pub fn tx_framing_errors(&self) -> u64 {
        self.sampler.framing_errors
    }

    /// Presses (low) or releases (high) the reset button.
    pub fn set_reset_button(&mut self, released: bool) {
        self.sim.model.set_reset_n(released as u64);
    }
}

/// Clocks simulated between checks for received bytes.
const CHUNK: u64 = 2_000;

/// The virtual board as a transport, in the same process: the host library talks to the RTL
/// with no serial port in between.
pub struct BoardTransport {
    pub board: VirtualBoard,
}

impl Transport for BoardTransport {
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        self.board.send(bytes);
        Ok(())
    }

    fn receive(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError> {
        let deadline = Instant::now() + timeout;
        loop {
            if !self.board.received.is_empty() {
                let n = buf.len().min(self.board.received.len());
                for (slot, byte) in buf.iter_mut().zip(self.board.received.drain(..n)) {
                    *slot = byte;
                }
                return Ok(n);
            }
            if Instant::now() >= deadline {
                return Ok(0);
            }
            self.board.run(CHUNK);
        }
    }

    fn describe(&self) -> String {
        "the virtual board (in process)".into()
    }

    fn bytes_per_second(&self) -> Option<f64> {
        Some(BAUD as f64 / 10.0)
    }
}
