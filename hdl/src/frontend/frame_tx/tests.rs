//! Frame transmitter tests: jobs in, response frames out (parsed with the spec's decoder), the
//! payload read from a model of the core's read channel, under random back-pressure.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::{self as map, INFO_BYTES, STATUS_BYTES};
use deeplock_spec::protocol::{Command, Decoded, ErrorCode, Frame, FrameDecoder, RESPONSE_FLAG};

use super::*;
use crate::testing::cycle;

#[test]
fn verilog_is_clean() {
    let mut tx = FrameTx::default();
    tx.connect_all();
    crate::testing::lint("frame_tx", &generate_verilog(&tx));
}

/// The byte the modelled core returns at `address`.
fn memory(address: u32) -> u8 {
    (address.wrapping_mul(2_654_435_761) >> 13) as u8
}

#[test]
fn queued_jobs_are_answered_in_order_under_back_pressure() {
    let mut tx = FrameTx::default();
    tx.connect_all();
    tx.reset.next = true;
    cycle!(tx);
    tx.reset.next = false;
    let counters = [7u16, 300, 2, 0xffff];
    tx.counters.frames_ok.next = (counters[0] as u64).to_bits();
    tx.counters.bad_headers.next = (counters[1] as u64).to_bits();
    tx.counters.bad_crcs.next = (counters[2] as u64).to_bits();
    tx.counters.timeouts.next = (counters[3] as u64).to_bits();
    tx.key_loaded.next = true;
    tx.model_ready.next = true;
    // (cmd, seq, status): two jobs pushed back to back each round.
    let jobs = [
        (Command::Info as u8, 10u8, 0u8),
        (Command::LoadKey as u8, 11, ErrorCode::BadCrc as u8),
        (Command::Status as u8, 12, 0),
        (Command::ReadResult as u8, 13, 0),
    ];
    let mut seed = 0x9e37_79b9u32;
    let (mut decoder, mut frames, mut read_data, mut next, mut last_push) = (FrameDecoder::new(), Vec::new(), 0u8, 0, 0);
    for clock in 0..20_000 {
        // Push two jobs at once whenever the queue has drained.
        let push = next < jobs.len() && frames.len() >= next / 2 * 2 && clock >= last_push + 2;
        tx.job.valid.next = push;
        if push {
            let (cmd, seq, status) = jobs[next];
            tx.job.cmd.next = (cmd as u64).to_bits();
            tx.job.seq.next = (seq as u64).to_bits();
            tx.job.status.next = (status as u64).to_bits();
            next += 1;
            last_push = clock;
        }
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        tx.tx_bytes.ready.next = seed % 3 == 0;
        tx.read_data.next = (read_data as u64).to_bits();
        crate::testing::settle(&mut tx);
        if tx.read.val() {
            read_data = memory(tx.read_address.val().to_u64() as u32);
        }
        if tx.tx_bytes.valid.val() && tx.tx_bytes.ready.val() {
            decoder.push(&[tx.tx_bytes.data.val().to_u64() as u8]);
            while let Some(d) = decoder.next() {
                match d {
                    Decoded::Frame(f) => frames.push(f),
                    other => panic!("bad response {other:?}"),
                }
            }
        }
        cycle!(tx);
    }
    let info: Vec<u8> = std::iter::once(0).chain((0..INFO_BYTES as u32).map(|i| memory(map::INFO_BASE + i))).collect();
    let mut status: Vec<u8> = std::iter::once(0).chain((0..STATUS_BYTES as u32).map(|i| memory(map::STATUS_BASE + i))).collect();
    // The link counters, then the refusals (the BAD_CRC answer before).
    for c in counters.iter().chain(&[1u16]) {
        status.extend(c.to_le_bytes());
    }
    let flag = |c: u8| c | RESPONSE_FLAG;
    assert_eq!(
        frames,
        vec![
            Frame { cmd: flag(Command::Info as u8), seq: 10, payload: info },
            Frame { cmd: flag(Command::LoadKey as u8), seq: 11, payload: vec![ErrorCode::BadCrc as u8] },
            Frame { cmd: flag(Command::Status as u8), seq: 12, payload: status },
            Frame { cmd: flag(Command::ReadResult as u8), seq: 13, payload: vec![ErrorCode::NoResult as u8] },
        ]
    );
}
