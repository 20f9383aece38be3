//! UART receiver and transmitter against software-made waveforms and each other.

use rust_hdl::prelude::*;

use crate::frontend::uart_rx::UartRx;
use crate::frontend::uart_tx::UartTx;

const CLOCK_HZ: u64 = 60_000_000;
const BAUD: u64 = 12_000_000;
const CLOCKS_PER_BIT: usize = 5;

fn step<B: Block>(uut: &mut B, clock: impl Fn(&mut B, bool)) {
    assert!(simulate(uut, 200));
    clock(uut, true);
    assert!(simulate(uut, 200));
    clock(uut, false);
    assert!(simulate(uut, 200));
}

/// Drives `levels` (one per clock) into a receiver; returns received bytes and error counts.
fn receive(levels: &[bool]) -> (Vec<u8>, usize) {
    let mut rx = UartRx::new(CLOCK_HZ, BAUD);
    rx.connect_all();
    rx.reset.next = true;
    rx.rx.next = true;
    step(&mut rx, |u, c| u.clock.next = c.into());
    rx.reset.next = false;
    rx.rx_bytes.ready.next = true;
    let (mut bytes, mut framing_errors) = (Vec::new(), 0);
    for &level in levels.iter().chain(std::iter::repeat(&true).take(40)) {
        rx.rx.next = level;
        assert!(simulate(&mut rx, 200));
        if rx.rx_bytes.valid.val() {
            bytes.push(rx.rx_bytes.data.val().to_u64() as u8);
        }
        framing_errors += rx.framing_error.val() as usize;
        step(&mut rx, |u, c| u.clock.next = c.into());
    }
    (bytes, framing_errors)
}

/// The line levels of 8N1 `bytes` at `clocks_per_bit` (fractional: a mismatched baud rate).
fn waveform(bytes: &[u8], clocks_per_bit: f64) -> Vec<bool> {
    let bits: Vec<bool> = bytes
        .iter()
        .flat_map(|&b| std::iter::once(false).chain((0..8).map(move |i| b >> i & 1 == 1)).chain(std::iter::once(true)))
        .collect();
    let total = (bits.len() as f64 * clocks_per_bit) as usize;
    (0..total).map(|t| bits[(t as f64 / clocks_per_bit) as usize]).collect()
}

#[test]
fn receives_bytes_at_exact_and_mismatched_rates() {
    let bytes: Vec<u8> = (0..=255).collect();
    for rate_error in [0.0, -0.03, 0.03] {
        let (got, errors) = receive(&waveform(&bytes, CLOCKS_PER_BIT as f64 * (1.0 + rate_error)));
        assert_eq!(got, bytes, "rate error {rate_error}");
        assert_eq!(errors, 0);
    }
}

#[test]
fn glitches_are_ignored_and_framing_errors_drop_the_byte() {
    let mut line = vec![true; 20];
    line.extend([false, true, true, true, true]); // a one-clock glitch, shorter than half a bit
    line.extend(vec![true; 20]);
    let mut bad = waveform(&[0x5a], 5.0);
    let stop = bad.len() - 5;
    bad[stop..].fill(false); // stop bit low: framing error
    line.extend(bad);
    line.extend(vec![false; 30]); // a break: the receiver must wait for idle
    line.extend(vec![true; 20]);
    line.extend(waveform(&[0xc3, 0x00, 0xff], 5.0));
    let (got, errors) = receive(&line);
    assert_eq!(got, vec![0xc3, 0x00, 0xff]);
    assert_eq!(errors, 1);
}

#[test]
fn recovers_after_random_garbage() {
    let mut seed = 0x1234_5678u32;
    let mut random = || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let mut line: Vec<bool> = (0..3000).map(|_| random() & 1 == 1).collect();
    line.extend(vec![true; 2 * 10 * CLOCKS_PER_BIT]); // idle for two frame times
    let message = b"resync works";
    line.extend(waveform(message, 5.0));
    let (got, _) = receive(&line);
    assert!(got.ends_with(message), "{got:?}");
}

#[test]
fn transmitter_sends_back_to_back_at_exact_timing_into_the_receiver() {
    let mut tx = UartTx::new(CLOCK_HZ, BAUD);
    tx.connect_all();
    tx.reset.next = true;
    step(&mut tx, |u, c| u.clock.next = c.into());
    tx.reset.next = false;
    let bytes: Vec<u8> = (0..200u32).map(|i| (i * 97 + 3) as u8).collect();
    let mut levels = Vec::new();
    let mut next = 0;
    let mut first_start = None;
    while levels.len() < 200 * 10 * CLOCKS_PER_BIT + 100 {
        tx.tx_bytes.valid.next = next < bytes.len();
        tx.tx_bytes.data.next = bytes[next.min(bytes.len() - 1)].to_bits();
        assert!(simulate(&mut tx, 200));
        let taken = tx.tx_bytes.valid.val() && tx.tx_bytes.ready.val();
        step(&mut tx, |u, c| u.clock.next = c.into());
        if taken {
            next += 1;
            first_start.get_or_insert(levels.len());
        }
        levels.push(tx.tx.val());
    }
    // Every byte after the first takes exactly 10 bits: no idle clock between frames.
    let start = first_start.unwrap();
    assert_eq!(&levels[start..start + 200 * 10 * CLOCKS_PER_BIT], &waveform(&bytes, 5.0)[..]);
    let (got, errors) = receive(&levels);
    assert_eq!(got, bytes);
    assert_eq!(errors, 0);
}

#[test]
fn verilog_is_clean() {
    let mut rx = UartRx::new(CLOCK_HZ, BAUD);
    rx.connect_all();
    crate::testing::lint("uart_rx", &generate_verilog(&rx));
    let mut tx = UartTx::new(CLOCK_HZ, BAUD);
    tx.connect_all();
    crate::testing::lint("uart_tx", &generate_verilog(&tx));
}
