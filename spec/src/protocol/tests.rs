use super::*;
use rand::{Rng, SeedableRng};

fn frame(cmd: u8, seq: u8, payload: &[u8]) -> Frame {
    Frame { cmd, seq, payload: payload.to_vec() }
}

#[test]
fn crc_algorithms_match_their_published_check_values() {
    // The "check" value of each algorithm is its CRC of the ASCII string "123456789".
    assert_eq!(HEADER_CRC.checksum(b"123456789"), 0xf4);
    assert_eq!(FRAME_CRC.checksum(b"123456789"), 0x29b1);
    assert_eq!(HEADER_CRC_ALGORITHM.poly, 0x07);
    assert_eq!(FRAME_CRC_ALGORITHM.poly, 0x1021);
}

#[test]
fn encode_layout() {
    let bytes = frame(Command::Run as u8, 7, &[1, 2, 3]).encode();
    assert_eq!(&bytes[..6], &[0xA5, 0x5A, 0x30, 7, 3, 0]);
    assert_eq!(bytes[6], header_crc(0x30, 7, 3));
    assert_eq!(bytes.len(), HEADER_BYTES + 3 + TRAILER_BYTES);
}

#[test]
fn codes_round_trip() {
    for c in Command::ALL {
        assert_eq!(Command::from_code(c as u8), Some(c));
        assert_eq!(c as u8 & RESPONSE_FLAG, 0);
    }
    for e in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(e as u8), Some(e));
    }
    assert_eq!(Command::from_code(0x7f), None);
}

#[test]
fn decoder_finds_frames_in_garbage_and_split_pushes() {
    let frames: Vec<Frame> = (0..50u8).map(|i| frame(i | RESPONSE_FLAG, i, &vec![i; i as usize * 7])).collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    let mut stream = Vec::new();
    for f in &frames {
        // Garbage that contains sync bytes and fake headers.
        for _ in 0..rng.gen_range(0..20) {
            stream.push(*[0xA5, 0x5A, rng.gen()].iter().nth(rng.gen_range(0..3)).unwrap());
        }
        stream.extend(f.encode());
    }
    let mut decoder = FrameDecoder::new();
    let mut got = Vec::new();
    for piece in stream.chunks(13) {
        decoder.push(piece);
        while let Some(d) = decoder.next() {
            if let Decoded::Frame(f) = d {
                got.push(f);
            }
        }
    }
    assert_eq!(got, frames);
}

#[test]
fn decoder_reports_bad_crc_and_recovers() {
    let mut bad = frame(0xB0, 9, &[1, 2, 3, 4]).encode();
    bad[8] ^= 1;
    let good = frame(0x81, 10, &[0]).encode();
    let mut decoder = FrameDecoder::new();
    decoder.push(&bad);
    decoder.push(&good);
    assert_eq!(decoder.next(), Some(Decoded::BadCrc { cmd: 0xB0, seq: 9 }));
    assert_eq!(decoder.next(), Some(Decoded::Frame(frame(0x81, 10, &[0]))));
    assert_eq!(decoder.next(), None);
}

#[test]
fn a_truncated_frame_does_not_hide_the_next_one() {
    let cut = &frame(0x81, 1, &[5; 40]).encode()[..20];
    let good = frame(0x82, 2, &[6; 3]).encode();
    let mut decoder = FrameDecoder::new();
    decoder.push(cut);
    decoder.push(&good);
    // The cut frame claims 40 payload bytes: the decoder waits for them until told to give up.
    assert_eq!(decoder.next(), None);
    decoder.abandon_partial();
    let mut found = None;
    while let Some(d) = decoder.next() {
        if let Decoded::Frame(f) = d {
            found = Some(f);
        }
    }
    assert_eq!(found, Some(frame(0x82, 2, &[6; 3])));
}
