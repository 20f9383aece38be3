//! Frame receiver tests: random valid frames of every command with byte gaps, and damaged ones
//! (header CRC, payload CRC, over-long length, timeout, line error), against a model of what
//! each frame must do on the core's write channel, in the jobs and in the link counters.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map as map;
use deeplock_spec::protocol::{encode_frame, header_crc, Command, ErrorCode, SYNC, WEIGHT_OFFSET_BYTES};

use super::*;
use crate::testing::cycle;

const LIMITS: RxLimits = RxLimits { weight_bytes: 13 * 1024, slot_bytes: 1024, config_bytes: 40, timeout_clocks: 400 };

#[test]
fn verilog_is_clean() {
    let mut rx = FrameRx::new(RxLimits { weight_bytes: 13 * 1024, slot_bytes: 1024, config_bytes: 40, timeout_clocks: 120_000 });
    rx.connect_all();
    crate::testing::lint("frame_rx", &generate_verilog(&rx));
}

struct Rng(u32);
impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// What the receiver did: writes other than RUN doorbells (address, data), RUN doorbells (data),
/// jobs (cmd, seq, status, slot).
#[derive(Default, Debug)]
struct Seen {
    writes: Vec<(u32, u8)>,
    runs: Vec<u8>,
    jobs: Vec<(u8, u8, u8, bool)>,
}

struct Bench {
    rx: FrameRx,
    seen: Seen,
    /// Clocks until the modelled core is idle again (after a RUN doorbell).
    busy: u32,
    /// Releases to send to the receiver (clock countdown, slot).
    releases: Vec<(u32, bool)>,
}

impl Bench {
    fn new() -> Self {
        let mut rx = FrameRx::new(LIMITS);
        rx.connect_all();
        let mut bench = Bench { rx, seen: Seen::default(), busy: 0, releases: Vec::new() };
        bench.rx.reset.next = true;
        bench.rx.write_status.next = 0u64.to_bits();
        bench.clock();
        bench.rx.reset.next = false;
        bench
    }

    /// One clock, with the modelled core and transmitter.
    fn clock(&mut self) {
        self.rx.core_busy.next = self.busy > 0;
        self.busy = self.busy.saturating_sub(1);
        let mut release = 0u64;
        for r in self.releases.iter_mut() {
            if r.0 == 0 {
                release |= 1 << r.1 as u64;
            }
            r.0 = r.0.wrapping_sub(1);
        }
        self.releases.retain(|r| r.0 != u32::MAX);
        self.rx.run.release.next = release.to_bits();
        crate::testing::settle(&mut self.rx);
        if self.rx.write.val() {
            let (address, data) = (self.rx.write_address.val().to_u64() as u32, self.rx.write_data.val().to_u64() as u8);
            if address == map::RUN {
                self.seen.runs.push(data);
                self.busy = 30;
            } else {
                self.seen.writes.push((address, data));
            }
        }
        if self.rx.job.valid.val() {
            let job = (
                self.rx.job.cmd.val().to_u64() as u8,
                self.rx.job.seq.val().to_u64() as u8,
                self.rx.job.status.val().to_u64() as u8,
                self.rx.job.slot.val(),
            );
            if job.0 == Command::Run as u8 && job.2 == 0 {
                // The transmitter answers the RUN a while later and releases its slot.
                self.releases.push((200, job.3));
            }
            self.seen.jobs.push(job);
        }
        cycle!(self.rx);
    }

    /// Sends `bytes` with random gaps, honouring `ready`. The gaps are at least 2 clocks (the
    /// receiver's length and offset checks are registered: they rely on bytes that come from a
    /// UART, 10 bit times apart) and far shorter than the timeout.
    fn send(&mut self, bytes: &[u8], rng: &mut Rng, line_error_at: Option<usize>) {
        for (i, &b) in bytes.iter().enumerate() {
            for _ in 0..2 + rng.below(4).pow(2) {
                self.clock();
            }
            self.rx.rx_bytes.valid.next = true;
            self.rx.rx_bytes.data.next = b.to_bits();
            loop {
                crate::testing::settle(&mut self.rx);
                let taken = self.rx.rx_bytes.ready.val();
                self.rx.line_error.next = line_error_at == Some(i) && taken;
                self.clock();
                self.rx.line_error.next = false;
                if taken {
                    break;
                }
            }
            self.rx.rx_bytes.valid.next = false;
        }
    }

    fn idle(&mut self, clocks: u32) {
        for _ in 0..clocks {
            self.clock();
        }
    }

    fn counters(&self) -> [u64; 4] {
        let c = &self.rx.counters;
        [c.frames_ok.val().to_u64(), c.bad_headers.val().to_u64(), c.bad_crcs.val().to_u64(), c.timeouts.val().to_u64()]
    }
}

/// A random valid request; returns its bytes and the writes, RUN doorbell and job it must make.
fn request(rng: &mut Rng, seq: u8, next_slot: &mut bool) -> (Vec<u8>, Vec<(u32, u8)>, Option<u8>, (u8, u8, u8, bool)) {
    let command = Command::ALL[rng.below(Command::ALL.len() as u32) as usize];
    let cmd = command as u8;
    let (payload, mut writes, mut run, mut slot) = (Vec::new(), Vec::new(), None, false);
    let payload = match command {
        Command::LoadKey => {
            let key = rng.bytes(map::KEY_BYTES);
            writes.extend(key.iter().enumerate().map(|(i, &b)| (map::KEY_BASE + i as u32, b)));
            writes.push((map::KEY_COMMIT, 0));
            key
        }
        Command::ClearKey => {
            writes.push((map::KEY_CLEAR, 0));
            payload
        }
        Command::LoadWeights => {
            let words = 1 + rng.below(8) as usize;
            let offset = 8 * rng.below((LIMITS.weight_bytes as u32 / 8) - words as u32);
            let data = rng.bytes(8 * words);
            writes.extend(data.iter().enumerate().map(|(i, &b)| (offset + i as u32, b)));
            let mut p = offset.to_le_bytes().to_vec();
            p.extend(&data);
            assert_eq!(WEIGHT_OFFSET_BYTES, 4);
            p
        }
        Command::LoadConfig => {
            let data = rng.bytes(LIMITS.config_bytes as usize);
            writes.extend(data.iter().enumerate().map(|(i, &b)| (map::CONFIG_BASE + i as u32, b)));
            writes.push((map::CONFIG_COMMIT, 0));
            data
        }
        Command::Run => {
            let words = 1 + rng.below(6) as usize;
            let data = rng.bytes(8 * words);
            slot = *next_slot;
            let base = map::INPUT_BASE + slot as u32 * map::SLOT_STRIDE;
            writes.extend(data.iter().enumerate().map(|(i, &b)| (base + i as u32, b)));
            run = Some(slot as u8);
            *next_slot = !*next_slot;
            data
        }
        _ => payload,
    };
    (encode_frame(cmd, seq, &payload), writes, run, (cmd, seq, 0, slot))
}

/// Doorbell writes carry no data worth checking: compare addresses only for them.
fn normalize(writes: &[(u32, u8)]) -> Vec<(u32, u8)> {
    let doorbells = [map::KEY_COMMIT, map::KEY_CLEAR, map::KEY_DISCARD, map::CONFIG_COMMIT];
    writes.iter().map(|&(a, d)| (a, if doorbells.contains(&a) { 0 } else { d })).collect()
}

#[test]
fn random_valid_frames_make_their_writes_doorbells_and_jobs() {
    let mut rng = Rng(0x1357_9bdf);
    let mut bench = Bench::new();
    let (mut writes, mut runs, mut jobs, mut next_slot) = (Vec::new(), Vec::new(), Vec::new(), false);
    for seq in 0..40u8 {
        let (bytes, w, run, job) = request(&mut rng, seq, &mut next_slot);
        // Garbage between frames now and then (no SYNC0 in it).
        if rng.below(4) == 0 {
            let garbage: Vec<u8> = rng.bytes(5).into_iter().map(|b| if b == SYNC[0] { 0 } else { b }).collect();
            bench.send(&garbage, &mut rng, None);
        }
        bench.send(&bytes, &mut rng, None);
        // Wait for the job and any RUN doorbell (and its slot's release) before the next frame,
        // so two RUNs never find both slots busy.
        bench.idle(if job.0 == Command::Run as u8 { 260 } else { 20 });
        writes.extend(w);
        runs.extend(run);
        jobs.push(job);
    }
    assert_eq!(normalize(&bench.seen.writes), writes);
    assert_eq!(bench.seen.runs, runs);
    // The slot of a job other than RUN is whatever the last RUN left: not part of the promise.
    let masked = |j: &(u8, u8, u8, bool)| (j.0, j.1, j.2, j.0 == Command::Run as u8 && j.3);
    assert_eq!(bench.seen.jobs.iter().map(masked).collect::<Vec<_>>(), jobs.iter().map(masked).collect::<Vec<_>>());
    assert_eq!(bench.counters(), [40, 0, 0, 0]);
}

#[test]
fn damaged_frames_are_counted_and_answered_and_the_receiver_recovers() {
    let mut rng = Rng(0x2468_ace1);
    let mut bench = Bench::new();
    let key = rng.bytes(map::KEY_BYTES);
    // 1. Bad header CRC: dropped without a job.
    let mut bad_header = encode_frame(Command::Info as u8, 1, &[]);
    bad_header[6] ^= 0x40;
    bench.send(&bad_header, &mut rng, None);
    bench.idle(20);
    // 1b. A stray sync, then a frame starting 3 bytes later (inside the would-be header): the
    // bad header's bytes are hunted again and the frame is found.
    let mut stray = vec![SYNC[0], SYNC[1], 0x11];
    stray.extend(encode_frame(Command::Info as u8, 9, &[]));
    bench.send(&stray, &mut rng, None);
    bench.idle(20);
    // 2. A length over MAX_PAYLOAD with a good header CRC: answered BAD_LENGTH at once.
    let len = 2000u16;
    let mut long = vec![SYNC[0], SYNC[1], Command::Run as u8, 2];
    long.extend(len.to_le_bytes());
    long.push(header_crc(Command::Run as u8, 2, len));
    bench.send(&long, &mut rng, None);
    bench.idle(20);
    // 3. A LOAD_KEY with a bad CRC-16: its bytes are written, the staging discarded, BAD_CRC.
    let mut bad_crc = encode_frame(Command::LoadKey as u8, 3, &key);
    *bad_crc.last_mut().unwrap() ^= 1;
    bench.send(&bad_crc, &mut rng, None);
    bench.idle(20);
    // 4. A frame cut short: the timeout drops it.
    let cut = encode_frame(Command::LoadConfig as u8, 4, &rng.bytes(40));
    bench.send(&cut[..20], &mut rng, None);
    bench.idle(LIMITS.timeout_clocks as u32 + 20);
    // 4b. A LOAD_KEY cut short: its two key bytes are written, then discarded.
    let cut_key = encode_frame(Command::LoadKey as u8, 10, &key);
    bench.send(&cut_key[..9], &mut rng, None);
    bench.idle(LIMITS.timeout_clocks as u32 + 20);
    // 5. A line error inside a frame.
    let frame = encode_frame(Command::Status as u8, 5, &[]);
    bench.send(&frame, &mut rng, Some(4));
    bench.idle(20);
    // 6. Wrong lengths and an unknown command: answered with their error.
    bench.send(&encode_frame(Command::LoadKey as u8, 6, &key[..8]), &mut rng, None);
    bench.send(&encode_frame(0x42, 7, &[]), &mut rng, None);
    bench.idle(20);
    // 7. Then a good frame is received as if nothing happened.
    bench.send(&encode_frame(Command::ClearKey as u8, 8, &[]), &mut rng, None);
    bench.idle(20);

    let jobs: Vec<(u8, u8, u8)> = bench.seen.jobs.iter().map(|j| (j.0, j.1, j.2)).collect();
    assert_eq!(
        jobs,
        vec![
            (Command::Info as u8, 9, 0),
            (Command::Run as u8, 2, ErrorCode::BadLength as u8),
            (Command::LoadKey as u8, 3, ErrorCode::BadCrc as u8),
            (Command::LoadKey as u8, 6, ErrorCode::BadLength as u8),
            (0x42, 7, ErrorCode::UnknownCommand as u8),
            (Command::ClearKey as u8, 8, 0),
        ]
    );
    let mut writes: Vec<(u32, u8)> = key.iter().enumerate().map(|(i, &b)| (map::KEY_BASE + i as u32, b)).collect();
    writes.push((map::KEY_DISCARD, 0));
    writes.extend((0..40 - 7).map(|i| (map::CONFIG_BASE + i as u32, cut[7 + i])).take(20 - 7));
    writes.extend([(map::KEY_BASE, key[0]), (map::KEY_BASE + 1, key[1]), (map::KEY_DISCARD, 0)]);
    writes.push((map::KEY_CLEAR, 0));
    assert_eq!(normalize(&bench.seen.writes), writes);
    // frames_ok counts good CRCs (INFO, the two refused requests and CLEAR_KEY); bad headers:
    // the bad CRC-8, the stray sync and the line error; timeouts: the two cut frames.
    assert_eq!(bench.counters(), [4, 3, 1, 2]);
}

#[test]
fn a_repeat_writes_nothing_and_its_job_names_the_original() {
    let mut rng = Rng(0x1357_9bdf);
    let mut bench = Bench::new();
    let key = rng.bytes(map::KEY_BYTES);
    let load_key = encode_frame(Command::LoadKey as u8, 0x21, &key);
    let clear_key = encode_frame(Command::ClearKey as u8, 0x22, &[]);
    let mut replays = vec![];
    for frame in [&load_key, &load_key, &clear_key, &load_key, &clear_key] {
        bench.send(frame, &mut rng, None);
        bench.idle(20);
        crate::testing::settle(&mut bench.rx);
        // The job's replay fields hold until the next header.
        replays.push((bench.rx.job.replay.val(), bench.rx.job.replay.val() && bench.rx.job.replay_older.val()));
    }
    // LOAD_KEY and CLEAR_KEY once each: the repeats write nothing.
    let mut writes: Vec<(u32, u8)> = key.iter().enumerate().map(|(i, &b)| (map::KEY_BASE + i as u32, b)).collect();
    writes.push((map::KEY_COMMIT, 0));
    writes.push((map::KEY_CLEAR, 0));
    assert_eq!(normalize(&bench.seen.writes), writes);
    // (a repeat, of the older): the original, a repeat of the newer, CLEAR_KEY, LOAD_KEY now the
    // older, CLEAR_KEY the newer.
    assert_eq!(replays, [(false, false), (true, false), (false, false), (true, true), (true, false)]);
    assert_eq!(bench.seen.jobs.iter().map(|j| j.2).collect::<Vec<_>>(), [0; 5], "every job answered OK");
}
