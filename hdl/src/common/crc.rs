//! A byte-wide CRC engine for any CRC of up to 32 bits, built from the same `crc::Algorithm`
//! definition the host uses (one source of truth for polynomials, init and reflection).
//!
//! A CRC register update is linear over GF(2): every next-state bit is the parity of some state
//! bits and some data bits. The constructor finds those bit sets by running the bit-serial
//! definition on unit vectors, so the hardware is one XOR tree per bit and folds a byte per clock.

use rust_hdl::prelude::*;

/// Folds one byte per clock into a CRC register.
#[derive(LogicBlock)]
pub struct CrcEngine<const W: usize> {
    pub clock: Signal<In, Clock>,
    /// Back to the algorithm's initial value (takes priority over `enable`).
    pub clear: Signal<In, Bit>,
    /// Fold `data` into the CRC at this clock edge.
    pub enable: Signal<In, Bit>,
    /// The byte to fold in.
    pub data: Signal<In, Bits<8>>,
    /// The finished CRC of every byte folded in since the last `clear`.
    pub crc: Signal<Out, Bits<W>>,
    /// Per next-state bit: the state bits and the data bits whose parity it is.
    _state_taps: Vec<u64>,
    _data_taps: Vec<u64>,
    _init: u64,
    _xorout: u64,
    /// The register, for the simulation model.
    _state: u64,
}

/// One byte through the bit-serial definition of the CRC register, in the form software keeps
/// it: shifted right for reflected CRCs, left otherwise.
fn fold_byte(width: usize, poly: u64, reflected: bool, mut state: u64, byte: u8) -> u64 {
    let top = 1u64 << (width - 1);
    let mask = if width == 64 { u64::MAX } else { (1u64 << width) - 1 };
    let rpoly = (0..width).fold(0, |acc, i| acc | (((poly >> i) & 1) << (width - 1 - i)));
    for i in 0..8 {
        if reflected {
            let bit = (state ^ (byte >> i) as u64) & 1;
            state = (state >> 1) ^ if bit != 0 { rpoly } else { 0 };
        } else {
            let bit = ((state & top) != 0) ^ ((byte >> (7 - i)) & 1 != 0);
            state = ((state << 1) & mask) ^ if bit { poly } else { 0 };
        }
    }
    state
}

fn reflect(value: u64, width: usize) -> u64 {
    (0..width).fold(0, |acc, i| acc | (((value >> i) & 1) << (width - 1 - i)))
}

impl<const W: usize> CrcEngine<W> {
    pub fn new<T: Into<u64> + Copy + crc::Width>(algorithm: &crc::Algorithm<T>) -> Self {
        assert_eq!(algorithm.width as usize, W, "engine width must equal the CRC width");
        assert!(W <= 32, "CRCs up to 32 bits");
        assert_eq!(algorithm.refin, algorithm.refout, "CRCs with refin != refout are not supported");
        let (poly, reflected) = (algorithm.poly.into(), algorithm.refin);
        let init = if reflected { reflect(algorithm.init.into(), W) } else { algorithm.init.into() };
        let state_taps = (0..W)
            .map(|i| (0..W).fold(0u64, |m, j| m | (((fold_byte(W, poly, reflected, 1 << j, 0) >> i) & 1) << j)))
            .collect();
        let data_taps = (0..W)
            .map(|i| (0..8).fold(0u64, |m, j| m | (((fold_byte(W, poly, reflected, 0, 1 << j) >> i) & 1) << j)))
            .collect();
        CrcEngine {
            clock: Default::default(),
            clear: Default::default(),
            enable: Default::default(),
            data: Default::default(),
            crc: Default::default(),
            _state_taps: state_taps,
            _data_taps: data_taps,
            _init: init,
            _xorout: algorithm.xorout.into(),
            _state: 0,
        }
    }

    fn next_state(&self, data: u64) -> u64 {
        (0..W).fold(0, |next, i| {
            let parity = ((self._state & self._state_taps[i]).count_ones() + (data & self._data_taps[i]).count_ones()) & 1;
            next | (u64::from(parity) << i)
        })
    }
}

// The engine is a generated netlist (an XOR tree per bit), so it is written as Verilog directly,
// with a Rust model of the same register for rust-hdl's simulator.
impl<const W: usize> Logic for CrcEngine<W> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            if self.clear.val() {
                self._state = self._init;
            } else if self.enable.val() {
                self._state = self.next_state(self.data.val().to_u64());
            }
        }
        self.crc.next = (self._state ^ self._xorout).to_bits();
    }

    fn connect(&mut self) {
        self.crc.connect();
    }

    fn hdl(&self) -> Verilog {
        let mut text = format!("reg [{msb}:0] state;\nwire [{msb}:0] next;\n", msb = W - 1);
        for i in 0..W {
            text.push_str(&format!(
                "assign next[{i}] = ^(state & {W}'h{:x}) ^ ^(data & 8'h{:02x});\n",
                self._state_taps[i], self._data_taps[i]
            ));
        }
        text.push_str(&format!(
            "always @(posedge clock) begin\n    if (clear) state <= {W}'h{:x};\n    else if (enable) state <= next;\nend\n\
             always @(*) crc = state ^ {W}'h{:x};\n",
            self._init, self._xorout
        ));
        Verilog::Custom(text)
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use deeplock_spec::protocol::{FRAME_CRC_ALGORITHM, HEADER_CRC_ALGORITHM};

    /// Clocks `bytes` through an engine in rust-hdl's simulator and returns the CRC.
    fn hardware_crc<const W: usize>(mut engine: CrcEngine<W>, bytes: &[u8]) -> u64 {
        engine.connect_all();
        let edge = |e: &mut CrcEngine<W>| {
            e.clock.next = true.into();
            assert!(simulate(e, 100));
            e.clock.next = false.into();
            assert!(simulate(e, 100));
        };
        engine.clear.next = true;
        edge(&mut engine);
        engine.clear.next = false;
        for &b in bytes {
            engine.enable.next = true;
            engine.data.next = b.to_bits();
            edge(&mut engine);
        }
        engine.enable.next = false;
        edge(&mut engine);
        engine.crc.val().to_u64()
    }

    #[test]
    fn matches_the_crc_crate() {
        let data: Vec<u8> = (0..300u32).map(|i| (i * 37 + 11) as u8).collect();
        for len in [0, 1, 9, 300] {
            let bytes = &data[..len];
            let h = hardware_crc(CrcEngine::<8>::new(HEADER_CRC_ALGORITHM), bytes);
            assert_eq!(h, crc::Crc::<u8>::new(HEADER_CRC_ALGORITHM).checksum(bytes) as u64);
            let f = hardware_crc(CrcEngine::<16>::new(FRAME_CRC_ALGORITHM), bytes);
            assert_eq!(f, crc::Crc::<u16>::new(FRAME_CRC_ALGORITHM).checksum(bytes) as u64);
            let p = hardware_crc(CrcEngine::<32>::new(&crc::CRC_32_ISO_HDLC), bytes);
            assert_eq!(p, deeplock_spec::format::CRC32.checksum(bytes) as u64);
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut engine = CrcEngine::<32>::new(&crc::CRC_32_ISO_HDLC);
        engine.connect_all();
        crate::testing::lint("crc32", &generate_verilog(&engine));
    }
}
