//! The link against scripted devices: silent, garbage-spewing, refusing, flaky.

use super::*;
use crate::key::MasterKey;
use crate::protocol::Frame;
use std::time::Duration;

/// A device model: decodes what the host sends and answers through `respond`.
struct Scripted<F: FnMut(&Frame) -> Vec<u8>> {
    decoder: FrameDecoder,
    respond: F,
    outbox: Vec<u8>,
    frames_seen: usize,
}

impl<F: FnMut(&Frame) -> Vec<u8>> Scripted<F> {
    fn new(respond: F) -> Self {
        Scripted { decoder: FrameDecoder::new(), respond, outbox: Vec::new(), frames_seen: 0 }
    }
}

impl<F: FnMut(&Frame) -> Vec<u8>> Transport for Scripted<F> {
    fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        self.decoder.push(bytes);
        while let Some(Decoded::Frame(f)) = self.decoder.next() {
            self.frames_seen += 1;
            let reply = (self.respond)(&f);
            self.outbox.extend(reply);
        }
        Ok(())
    }
    fn receive(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, TransportError> {
        if self.outbox.is_empty() {
            std::thread::sleep(timeout.min(Duration::from_millis(5)));
            return Ok(0);
        }
        // Deliver in small pieces, as a serial port does.
        let n = self.outbox.len().min(buf.len()).min(7);
        buf[..n].copy_from_slice(&self.outbox[..n]);
        self.outbox.drain(..n);
        Ok(n)
    }
    fn describe(&self) -> String {
        "scripted device".into()
    }
}

fn reply(f: &Frame, status: ErrorCode, data: &[u8]) -> Vec<u8> {
    let mut payload = vec![status as u8];
    payload.extend_from_slice(data);
    Frame { cmd: f.cmd | RESPONSE_FLAG, seq: f.seq, payload }.encode()
}

fn fast() -> LinkConfig {
    LinkConfig { response_timeout: Duration::from_millis(30), max_attempts: 3, window: 2 }
}

#[test]
fn echo_device_round_trip_and_window() {
    let mut link = Link::new(Scripted::new(|f: &Frame| reply(f, ErrorCode::Ok, &f.payload)), fast());
    assert_eq!(link.transact(Command::Info, vec![1, 2, 3]).unwrap(), vec![1, 2, 3]);
    let mut got = vec![None; 20];
    link.pipeline((0..20u8).map(|i| Request::new(Command::Run, vec![i; 5])), |i, d| {
        got[i] = Some(d);
        Ok(())
    })
    .unwrap();
    assert!(got.iter().enumerate().all(|(i, d)| d.as_deref() == Some(&[i as u8; 5][..])));
    assert_eq!(link.stats.resends, 0);
}

#[test]
fn a_silent_device_times_out_in_bounded_time() {
    let mut link = Link::new(Scripted::new(|_: &Frame| Vec::new()), fast());
    let start = std::time::Instant::now();
    let err = link.transact(Command::Info, vec![]).unwrap_err();
    assert!(matches!(err, LinkError::Timeout { attempts: 3, .. }), "{err}");
    assert!(err.to_string().contains("is the device running"));
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[test]
fn garbage_answers_time_out_with_a_baud_hint() {
    let mut link = Link::new(Scripted::new(|_: &Frame| vec![0x55; 300]), fast());
    let err = link.transact(Command::Status, vec![]).unwrap_err();
    assert!(err.to_string().contains("baud rate"), "{err}");
}

#[test]
fn refusals_are_reported_with_their_code() {
    let mut link = Link::new(Scripted::new(|f: &Frame| reply(f, ErrorCode::NoKey, &[])), fast());
    let err = link.transact(Command::Run, vec![0; 8]).unwrap_err();
    assert!(matches!(err, LinkError::Refused { code: ErrorCode::NoKey, .. }));
    assert!(err.to_string().contains("NO_KEY"), "{err}");
}

#[test]
fn damaged_requests_lost_frames_and_damaged_responses_are_retried() {
    let mut n = 0;
    let flaky = Scripted::new(move |f: &Frame| {
        n += 1;
        match n % 4 {
            1 => reply(f, ErrorCode::BadCrc, &[]),   // the device saw a damaged request
            2 => Vec::new(),                         // the request was lost entirely
            3 => {
                let mut r = reply(f, ErrorCode::Ok, &f.payload);
                r[8] ^= 0xff; // the response is damaged on the way back
                r
            }
            _ => reply(f, ErrorCode::Ok, &f.payload),
        }
    });
    let mut link = Link::new(flaky, LinkConfig { max_attempts: 6, ..fast() });
    let mut got = Vec::new();
    link.pipeline((0..10u8).map(|i| Request::new(Command::LoadWeights, vec![i])), |i, d| {
        got.push((i, d));
        Ok(())
    })
    .unwrap();
    got.sort();
    assert_eq!(got, (0..10u8).map(|i| (i as usize, vec![i])).collect::<Vec<_>>());
    assert!(link.stats.resends > 0);
}

#[test]
fn a_load_key_request_shows_its_command_and_length_only() {
    let key = MasterKey::from_hex("2b7e151628aed2a6abf7158809cf4f3c").unwrap();
    let request = Request::new(Command::LoadKey, key.bytes().to_vec());
    for text in [format!("{request:?}"), format!("{request:#?}")] {
        assert!(text.contains("LOAD_KEY") && text.contains("16"), "{text}");
        // Neither the derived form ([43, 126, 21, …]) nor hex of the key.
        assert!(!text.contains("43") && !text.contains("126") && !text.contains("2b7e"), "{text}");
        assert!(!text.to_lowercase().contains(&key.to_hex()), "{text}");
    }
}

#[test]
fn the_key_crosses_the_link_exactly_once_per_attempt() {
    // What the device receives is the key (the payload is moved, not copied, into the request);
    // the request keeps working after the change to a wiped payload.
    let key = MasterKey::from_bytes([0x5c; 16]);
    let mut seen = Vec::new();
    let device = Scripted::new(|f: &Frame| {
        seen.push(f.payload.clone());
        reply(f, ErrorCode::Ok, &[])
    });
    let mut link = Link::new(device, fast());
    link.transact(Command::LoadKey, key.bytes().to_vec()).unwrap();
    drop(link);
    assert_eq!(seen, vec![key.bytes().to_vec()]);
}
