//! The virtual board through the host driver: frames over the RTL UART, bit by bit. Fault
//! injection, link efficiency in board time, and the real serial path through a pseudo-terminal.

#[path = "support/models.rs"]
mod models;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use deeplock::board::Board;
use deeplock::format::LockedModel;
use deeplock::layout::Precision;
use deeplock::link::LinkConfig;
use deeplock::model::Int8Mlp;
use deeplock::protocol::{Command, Frame, FRAME_TIMEOUT_US, MAX_PAYLOAD};
use deeplock::transport::uart::UartTransport;
use deeplock::MasterKey;
use deeplock_hdl::datapath::accelerator::AcceleratorConfig;
use deeplock_sim::board::{BoardTransport, VirtualBoard, BAUD, CLOCK_HZ};
use deeplock_sim::pty::PtyBridge;
use rand::{Rng, SeedableRng};

const CLOCKS_PER_BYTE: u64 = 10 * CLOCK_HZ / BAUD;

fn random_model(seed: u64, dims: &[usize]) -> Int8Mlp {
    models::random_model(seed, dims, 16..24, 0.0)
}

fn link_config() -> LinkConfig {
    LinkConfig { response_timeout: Duration::from_secs(5), ..LinkConfig::default() }
}

fn cycles(board: &Board<BoardTransport>) -> u64 {
    board.link().transport().board.cycles()
}

/// Loads a random 784-16-10 model and checks `count` inputs bit-exact; returns the board.
fn load_and_check(mut board: Board<BoardTransport>, count: usize) -> Board<BoardTransport> {
    let model = random_model(1, &[784, 16, 10]);
    let key = MasterKey::from_bytes([3; 16]);
    let locked = LockedModel::lock_with(models::cu_lock_mode(), Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
    board.load_key(&key).unwrap();
    board.load_model(&locked, &mut |_, _| {}).unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(2);
    let inputs: Vec<Vec<u8>> = (0..count).map(|_| (0..784).map(|_| rng.gen()).collect()).collect();
    let mut results = vec![None; count];
    board.run_batch(inputs.iter().map(|v| v.as_slice()), &mut |i, r| results[i] = Some(r)).unwrap();
    for (input, result) in inputs.iter().zip(&results) {
        assert_eq!(result.as_ref().unwrap().logits, model.logits(input).unwrap());
    }
    board
}

#[test]
fn link_efficiency_and_throughput_in_board_time() {
    let mut board = Board::connect_with(BoardTransport { board: VirtualBoard::new() }, link_config()).unwrap();
    assert_eq!(board.info(), &AcceleratorConfig::alchitry_cu().device_info());
    let model = random_model(1, &[784, 16, 10]);
    let key = MasterKey::from_bytes([3; 16]);
    let locked = LockedModel::lock_with(models::cu_lock_mode(), Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
    board.load_key(&key).unwrap();

    // Weight upload: payload bytes per board second against the line's byte rate.
    let config = board.plan(&locked).unwrap();
    let start = cycles(&board);
    board.upload_payload(&locked.payload, &mut |_, _| {}).unwrap();
    let upload = cycles(&board) - start;
    let upload_efficiency = (locked.payload.len() as u64 * CLOCKS_PER_BYTE) as f64 / upload as f64;
    board.commit(&config, 784).unwrap();

    // Image streaming: 784 payload bytes per image.
    let images = 50;
    let mut rng = rand::rngs::StdRng::seed_from_u64(4);
    let inputs: Vec<Vec<u8>> = (0..images).map(|_| (0..784).map(|_| rng.gen()).collect()).collect();
    let mut results = vec![None; images];
    let start = cycles(&board);
    board.run_batch(inputs.iter().map(|v| v.as_slice()), &mut |i, r| results[i] = Some(r)).unwrap();
    let streaming = cycles(&board) - start;
    for (input, result) in inputs.iter().zip(&results) {
        assert_eq!(result.as_ref().unwrap().logits, model.logits(input).unwrap());
    }
    let image_efficiency = (images as u64 * 784 * CLOCKS_PER_BYTE) as f64 / streaming as f64;
    let per_second = images as f64 / (streaming as f64 / CLOCK_HZ as f64);
    eprintln!(
        "weights: {} bytes in {upload} clocks = {:.1}% of the line; images: {:.1}% of the line, {per_second:.0} inferences/s in board time",
        locked.payload.len(),
        100.0 * upload_efficiency,
        100.0 * image_efficiency
    );
    assert!(upload_efficiency >= 0.90, "weight upload at {upload_efficiency}");
    assert!(image_efficiency >= 0.90, "image streaming at {image_efficiency}");
}

/// Frames and line noise that must never hang the device.
fn fault(rng: &mut impl Rng, board: &mut VirtualBoard) {
    let commands = [0x01u8, 0x02, 0x10, 0x11, 0x20, 0x21, 0x30, 0x31];
    let cmd = commands[rng.gen_range(0..commands.len())];
    let payload: Vec<u8> = (0..rng.gen_range(0..40)).map(|_| rng.gen()).collect();
    let mut frame = Frame { cmd, seq: rng.gen(), payload }.encode();
    match rng.gen_range(0..8) {
        // Random bytes, sync bytes included.
        0 => frame = (0..rng.gen_range(1..30)).map(|_| if rng.gen_bool(0.2) { 0xA5 } else { rng.gen() }).collect(),
        // A damaged payload or CRC: BAD_CRC (LOAD_KEY's exercises KEY_DISCARD).
        1 => {
            let at = rng.gen_range(7..frame.len());
            frame[at] ^= 1 << rng.gen_range(0..8);
        }
        // A damaged header: dropped.
        2 => frame[rng.gen_range(2..7)] ^= 0x10,
        // An unknown command.
        3 => frame = Frame { cmd: rng.gen_range(0x40..0x7f), seq: 1, payload: frame[7..].to_vec() }.encode(),
        // Cut short: the next frame's bytes become its payload.
        4 => frame.truncate(rng.gen_range(1..frame.len())),
        // A length over the maximum, with a correct header CRC.
        5 => {
            let len = (MAX_PAYLOAD as u16 + rng.gen_range(1..1000)).to_le_bytes();
            frame[4] = len[0];
            frame[5] = len[1];
            frame[6] = deeplock::protocol::header_crc(frame[2], frame[3], u16::from_le_bytes(len));
        }
        // Line noise below the byte level: glitches, breaks, framing errors.
        6 => {
            let levels: Vec<bool> = (0..rng.gen_range(1..400)).map(|_| rng.gen_bool(0.6)).collect();
            board.drive_levels(&levels);
            return;
        }
        // A well-formed request, in whatever order (RUN before a key, ...): answered, not fatal.
        _ => {}
    }
    board.send(&frame);
}

#[test]
fn ten_thousand_faults_then_a_full_valid_exchange() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(99);
    let mut vb = VirtualBoard::new();
    for i in 0..10_000 {
        fault(&mut rng, &mut vb);
        if i % 20 == 0 {
            while !vb.rx_idle() {
                vb.run(1_000);
            }
        }
    }
    // Let any frame left half-received time out, and drop the answers to the noise.
    vb.run(CLOCK_HZ * FRAME_TIMEOUT_US as u64 / 1_000_000 + 10_000);
    vb.take_received();
    eprintln!("after the faults: {} clocks simulated", vb.cycles());

    let mut board = Board::connect_with(BoardTransport { board: vb }, link_config()).unwrap();
    let link = board.status().unwrap().link;
    eprintln!("device link counters after the faults: {link:?}");
    assert!(link.bad_headers > 100 && link.bad_crcs > 100 && link.refusals > 100, "{link:?}");
    let board = load_and_check(board, 5);
    assert_eq!(board.link().transport().board.tx_framing_errors(), 0);
}

#[test]
fn a_frame_cut_mid_payload_is_followed_by_a_resync() {
    let mut vb = VirtualBoard::new();
    let cut = Frame { cmd: Command::Run as u8, seq: 9, payload: vec![7; 784] }.encode();
    vb.send(&cut[..300]);
    // The host's INFO arrives right behind the cut frame: its bytes are swallowed as payload,
    // the link times out, resends, and the device answers once the cut frame is given up.
    let board = Board::connect_with(BoardTransport { board: vb }, link_config()).unwrap();
    assert!(board.link().stats.resends >= 1);
    let mut board = board;
    let link = board.status().unwrap().link;
    assert!(link.timeouts + link.bad_crcs >= 1, "{link:?}");
}

#[test]
fn the_host_library_drives_the_board_through_a_pseudo_terminal() {
    let mut bridge = PtyBridge::open().unwrap();
    let path = bridge.path().to_string();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let server = std::thread::spawn(move || {
        let mut vb = VirtualBoard::new();
        bridge.serve(&mut vb, &flag).unwrap();
    });
    let transport = UartTransport::open(&path, BAUD as u32).unwrap();
    let mut board = Board::connect_with(transport, link_config()).unwrap();
    let model = random_model(5, &[100, 12, 7]);
    let key = MasterKey::from_bytes([9; 16]);
    let locked = LockedModel::lock_with(models::cu_lock_mode(), Precision::Int8, model.layer_descs(), model.to_payload(), &key).unwrap();
    board.load_key(&key).unwrap();
    board.load_model(&locked, &mut |_, _| {}).unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(6);
    for _ in 0..10 {
        let input: Vec<u8> = (0..100).map(|_| rng.gen()).collect();
        assert_eq!(board.run(&input).unwrap().logits, model.logits(&input).unwrap());
    }
    stop.store(true, Ordering::Relaxed);
    server.join().unwrap();
}
