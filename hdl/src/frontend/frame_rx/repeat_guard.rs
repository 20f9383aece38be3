//! The repeat guard: SEQ makes a resend safe (docs/protocol.md §2, "Repeats"). The receiver
//! remembers the header (CMD, SEQ, LEN) of the last two requests it carried out that change
//! something: LOAD_KEY, CLEAR_KEY, LOAD_WEIGHTS, LOAD_CONFIG and RUN frames with a good CRC whose
//! job left the receiver with status OK. A later frame with one of those headers is a repeat: it
//! does nothing, and the transmitter answers it with the answer it gave the original. Two,
//! because the host may have two requests in flight and resends both after a timeout.
//!
//! A refused request (BUSY among them) is not remembered, so its resend is carried out afresh.

use rust_hdl::prelude::*;

use deeplock_spec::protocol::Command;

use crate::frontend::constant as c;

/// Remembers the last two requests carried out and recognises their repeats.
#[derive(LogicBlock)]
pub struct RepeatGuard {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: nothing remembered.
    pub reset: Signal<In, Bit>,
    /// The frame's command code.
    pub cmd: Signal<In, Bits<8>>,
    /// The frame's sequence number.
    pub seq: Signal<In, Bits<8>>,
    /// The frame's payload length.
    pub length: Signal<In, Bits<16>>,
    /// One clock: the frame's job leaves the receiver.
    pub job_valid: Signal<In, Bit>,
    /// With `job_valid`: the request was carried out (status OK, not a repeat itself).
    pub carried_out: Signal<In, Bit>,
    /// The header matches a remembered request.
    pub repeated: Signal<Out, Bit>,
    /// With `repeat`: it matches the older of the two.
    pub older: Signal<Out, Bit>,
    /// With `job_valid`: this job is remembered (the transmitter remembers its answer).
    pub remember: Signal<Out, Bit>,
    header: Signal<Local, Bits<32>>,
    newer_header: DFF<Bits<32>>,
    newer_valid: DFF<Bit>,
    older_header: DFF<Bits<32>>,
    older_valid: DFF<Bit>,
    matches_newer: Signal<Local, Bit>,
    cmd_info: Constant<Bits<8>>,
    cmd_status: Constant<Bits<8>>,
    cmd_read_result: Constant<Bits<8>>,
    seq_shift: Constant<Bits<8>>,
    length_shift: Constant<Bits<8>>,
}

impl Default for RepeatGuard {
    fn default() -> Self {
        RepeatGuard {
            clock: Default::default(),
            reset: Default::default(),
            cmd: Default::default(),
            seq: Default::default(),
            length: Default::default(),
            job_valid: Default::default(),
            carried_out: Default::default(),
            repeated: Default::default(),
            older: Default::default(),
            remember: Default::default(),
            header: Default::default(),
            newer_header: Default::default(),
            newer_valid: Default::default(),
            older_header: Default::default(),
            older_valid: Default::default(),
            matches_newer: Default::default(),
            cmd_info: c(Command::Info as u64),
            cmd_status: c(Command::Status as u64),
            cmd_read_result: c(Command::ReadResult as u64),
            seq_shift: c(8),
            length_shift: c(16),
        }
    }
}

impl Logic for RepeatGuard {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, newer_header, newer_valid, older_header, older_valid);
        self.header.next = bit_cast::<32, 8>(self.cmd.val())
            | (bit_cast::<32, 8>(self.seq.val()) << self.seq_shift.val())
            | (bit_cast::<32, 16>(self.length.val()) << self.length_shift.val());
        self.matches_newer.next = self.newer_valid.q.val() & (self.header.val() == self.newer_header.q.val());
        self.repeated.next = self.matches_newer.val() | (self.older_valid.q.val() & (self.header.val() == self.older_header.q.val()));
        self.older.next = !self.matches_newer.val();
        // Only requests that change something: an answer to INFO, STATUS or READ_RESULT is
        // always fresh.
        self.remember.next = self.job_valid.val()
            & self.carried_out.val()
            & (self.cmd.val() != self.cmd_info.val())
            & (self.cmd.val() != self.cmd_status.val())
            & (self.cmd.val() != self.cmd_read_result.val());
        if self.remember.val() {
            self.older_header.d.next = self.newer_header.q.val();
            self.older_valid.d.next = self.newer_valid.q.val();
            self.newer_header.d.next = self.header.val();
            self.newer_valid.d.next = true;
        }
        if self.reset.val() {
            self.newer_valid.d.next = false;
            self.older_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::cycle;

    /// Clocks the guard through `frames` (cmd, seq, len, carried out) and returns, per frame,
    /// what it said of the header before the frame's job: (repeat, older).
    fn guard_verdicts(frames: &[(u8, u8, u16, bool)]) -> Vec<(bool, bool)> {
        let mut guard = RepeatGuard::default();
        guard.connect_all();
        guard.reset.next = true;
        cycle!(guard);
        guard.reset.next = false;
        let mut verdicts = vec![];
        for &(cmd, seq, len, carried_out) in frames {
            guard.cmd.next = (cmd as u64).to_bits();
            guard.seq.next = (seq as u64).to_bits();
            guard.length.next = (len as u64).to_bits();
            guard.carried_out.next = carried_out;
            crate::testing::settle(&mut guard);
            verdicts.push((guard.repeated.val(), guard.older.val()));
            guard.job_valid.next = true;
            cycle!(guard);
            guard.job_valid.next = false;
            cycle!(guard);
        }
        verdicts
    }

    #[test]
    fn the_last_two_requests_carried_out_are_repeats_and_nothing_else() {
        let run = Command::Run as u8;
        let key = Command::LoadKey as u8;
        let info = Command::Info as u8;
        let verdicts = guard_verdicts(&[
            (run, 1, 784, true), // carried out: remembered
            (run, 1, 784, false), // a repeat of the newer (a repeat is not carried out)
            (key, 2, 16, true),  // remembered; RUN 1 is now the older
            (run, 1, 784, false), // a repeat of the older
            (run, 1, 792, true), // same SEQ, another LEN: not a repeat
            (info, 3, 0, true),  // never remembered
            (info, 3, 0, true),  // so not a repeat
            (key, 4, 16, false), // refused: not remembered
            (key, 4, 16, true),  // so carried out afresh
        ]);
        let repeats: Vec<bool> = verdicts.iter().map(|v| v.0).collect();
        assert_eq!(repeats, [false, true, false, true, false, false, false, false, false]);
        assert!(!verdicts[1].1, "RUN 1 was the newer when it was repeated first");
        assert!(verdicts[3].1, "then the older");
    }

    #[test]
    fn a_reset_forgets_every_request() {
        let key = Command::LoadKey as u8;
        let mut guard = RepeatGuard::default();
        guard.connect_all();
        guard.cmd.next = (key as u64).to_bits();
        guard.length.next = 16u64.to_bits();
        guard.carried_out.next = true;
        guard.job_valid.next = true;
        cycle!(guard);
        guard.job_valid.next = false;
        crate::testing::settle(&mut guard);
        assert!(guard.repeated.val());
        guard.reset.next = true;
        cycle!(guard);
        crate::testing::settle(&mut guard);
        assert!(!guard.repeated.val());
    }
}
