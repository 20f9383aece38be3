//! Board time: how long a stretch of work took by the device's own clock, and how busy the link
//! was meanwhile. STATUS carries an uptime counter in core clocks, on the hardware and on the
//! virtual board alike, so these figures depend neither on the host's speed nor on the
//! simulator's.

use super::{Board, BoardError};
use crate::device::{DeviceBackend, DeviceError};
use crate::dataset::{LabeledImages, Split};
use crate::eval::EvalReport;
use crate::transport::Transport;

/// A reading of the device's uptime counter with this side's link byte counts at that moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardMark {
    pub uptime_cycles: u64,
    /// Bytes sent to the device up to the reading (the STATUS request that took it included).
    pub bytes_sent: u64,
    /// Bytes received from the device before the reading (its STATUS response excluded).
    pub bytes_received: u64,
}

/// The work between two marks, in board time.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BoardSpan {
    /// Core clock cycles elapsed.
    pub cycles: u64,
    /// `cycles / clock_hz`.
    pub seconds: f64,
    /// Bytes the host sent: the device's RX line, frames, framing and resends included.
    pub bytes_to_device: u64,
    /// Bytes the device sent: its TX line.
    pub bytes_from_device: u64,
    /// `bytes_to_device / (baud / 10 × seconds)`: how full the host-to-device direction was.
    /// 8N1 carries baud/10 bytes a second in each direction (the UART is full duplex); this is
    /// the direction weights and images fill. `None` without a UART rate or elapsed time.
    pub link_utilization: Option<f64>,
    /// The same for the device-to-host direction (responses, results).
    pub link_utilization_from_device: Option<f64>,
}

/// A whole evaluation on the board, with its board-time figures.
#[derive(Clone, Debug)]
pub struct BoardEvaluation {
    pub report: EvalReport,
    /// From just before the first RUN to just after the last result.
    pub span: BoardSpan,
    /// The sum of the cycles each inference took (RUN to last logit) by the device's count.
    pub compute_cycles: u64,
}

impl<T: Transport> Board<T> {
    /// Reads the uptime counter (one STATUS exchange).
    pub fn mark(&mut self) -> Result<BoardMark, BoardError> {
        let bytes_received = self.link().stats.bytes_received;
        let status = self.status()?;
        Ok(BoardMark { uptime_cycles: status.core.uptime_cycles, bytes_sent: self.link().stats.bytes_sent, bytes_received })
    }

    /// The work between `from` and `to` at this device's clock and baud rate.
    pub fn span(&self, from: &BoardMark, to: &BoardMark) -> BoardSpan {
        let info = self.info();
        let cycles = to.uptime_cycles.saturating_sub(from.uptime_cycles);
        let seconds = if info.clock_hz == 0 { 0.0 } else { cycles as f64 / info.clock_hz as f64 };
        let capacity = info.baud as f64 / 10.0 * seconds;
        let utilization = |bytes: u64| (capacity > 0.0).then(|| bytes as f64 / capacity);
        let bytes_to_device = to.bytes_sent.saturating_sub(from.bytes_sent);
        let bytes_from_device = to.bytes_received.saturating_sub(from.bytes_received);
        BoardSpan {
            cycles,
            seconds,
            bytes_to_device,
            bytes_from_device,
            link_utilization: utilization(bytes_to_device),
            link_utilization_from_device: utilization(bytes_from_device),
        }
    }

    /// Runs the first `limit` images (all when `None`) of `data`, the `split` of `dataset`,
    /// through the model on the device, and measures it in board time: the one device
    /// evaluation ([`DeviceBackend::evaluate`], pipelined by `run_batch`) between two uptime
    /// readings. `progress(done, total)` is called after each result.
    pub fn evaluate(
        &mut self,
        dataset: &str,
        split: Split,
        data: &LabeledImages,
        limit: Option<usize>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<BoardEvaluation, DeviceError> {
        let from = self.mark()?;
        let mut backend = DeviceBackend::new(self);
        let report = backend.evaluate(dataset, split, data, limit, progress)?;
        let compute_cycles = backend.compute_cycles;
        let to = self.mark()?;
        Ok(BoardEvaluation { report, span: self.span(&from, &to), compute_cycles })
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::memory_map::{DeviceInfo, InferenceResult, STATUS_BYTES};
    use crate::protocol::{Command, Decoded, Frame, FrameDecoder, LINK_COUNTERS, PROTOCOL_VERSION, RESPONSE_FLAG};
    use crate::transport::TransportError;

    /// A device at 1 MHz and 1 Mbaud whose uptime advances 10 cycles (one 8N1 byte time) per
    /// byte it receives, as if its line were never idle; RUN answers the input's first byte as
    /// the class, in 100 cycles.
    struct Device {
        decoder: FrameDecoder,
        received: u64,
        outbox: Vec<u8>,
    }

    impl Transport for Device {
        fn send(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
            self.received += bytes.len() as u64;
            self.decoder.push(bytes);
            while let Some(Decoded::Frame(f)) = self.decoder.next() {
                let data = match Command::from_code(f.cmd) {
                    Some(Command::Info) => DeviceInfo {
                        protocol_version: PROTOCOL_VERSION,
                        lanes: crate::boards::ALCHITRY_CU.lanes as u8,
                        max_layers: 4,
                        sbox_in_logic: false,
                        bypass: false,
                        lock_modes: crate::memory_map::LockModes::PAPER_ONLY,
                        weight_capacity: 1 << 14,
                        slot_bytes: 1024,
                        max_classes: 16,
                        clock_hz: 1_000_000,
                        baud: 1_000_000,
                        max_payload: 1024,
                        board: "test".into(),
                    }
                    .to_bytes()
                    .to_vec(),
                    Some(Command::Status) => {
                        let mut status = vec![0u8; STATUS_BYTES + 2 * LINK_COUNTERS];
                        status[8..16].copy_from_slice(&(self.received * 10).to_le_bytes());
                        status
                    }
                    Some(Command::Run) => {
                        let class = f.payload[0] as usize % 10;
                        let mut logits = vec![0; 10];
                        logits[class] = 1;
                        InferenceResult { argmax: class as u16, cycles: 100, logits }.to_bytes()
                    }
                    _ => Vec::new(),
                };
                let payload = [&[0u8][..], &data].concat();
                self.outbox.extend(Frame { cmd: f.cmd | RESPONSE_FLAG, seq: f.seq, payload }.encode());
            }
            Ok(())
        }

        fn receive(&mut self, buf: &mut [u8], _timeout: Duration) -> Result<usize, TransportError> {
            let n = self.outbox.len().min(buf.len());
            buf[..n].copy_from_slice(&self.outbox[..n]);
            self.outbox.drain(..n);
            Ok(n)
        }

        fn describe(&self) -> String {
            "test device".into()
        }
    }

    #[test]
    fn evaluation_in_board_time() {
        let device = Device { decoder: FrameDecoder::new(), received: 0, outbox: Vec::new() };
        let mut board = Board::connect(device).unwrap();
        let data = LabeledImages { rows: 2, cols: 4, pixels: (0..40).collect(), labels: vec![0, 8, 0, 4, 5] };
        let mut seen = 0;
        let evaluation = board.evaluate("toy", Split::Test, &data, Some(4), &mut |done, total| {
            assert_eq!((done, total), (seen + 1, 4));
            seen = done;
        })
        .unwrap();
        let report = &evaluation.report;
        assert_eq!((report.backend.as_str(), report.samples, report.correct, seen), ("board", 4, 3, 4));
        assert_eq!(report.predictions, vec![Some(0), Some(8), Some(6), Some(4)]);
        assert_eq!(evaluation.compute_cycles, 400);

        // What crossed the line between the two uptime readings: four RUN requests (8 bytes of
        // input each) and the closing STATUS request; the opening STATUS response and four results.
        let span = &evaluation.span;
        let frame = |payload: usize| 7 + payload as u64 + 2;
        assert_eq!(span.bytes_to_device, 4 * frame(8) + frame(0));
        assert_eq!(span.cycles, 10 * span.bytes_to_device);
        assert_eq!(span.seconds, span.cycles as f64 / 1e6);
        assert_eq!(span.link_utilization, Some(1.0));
        assert_eq!(span.bytes_from_device, frame(1 + STATUS_BYTES + 2 * LINK_COUNTERS) + 4 * frame(1 + 8 + 40));
    }
}
