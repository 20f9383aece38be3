//! Registered S-Box / InvSbox lookups, `BYTES` in parallel, in block RAM or in logic.
//!
//! Both implementations have the same ports and the same timing: `data_out` takes the lookup of
//! `data_in` at a rising edge where `enable` is high and holds otherwise (the block RAM's read
//! clock enable, RCLKE, or a clock-enabled flip-flop). The hold is what lets a stalled pipeline
//! keep its looked-up bytes without re-presenting the address.
//!
//! * [`SboxImpl::BlockRam`]: one 256x8 ROM per byte, initialised from the `deeplock` table; yosys
//!   maps each to one SB_RAM40_4K. (rust-hdl's `SyncROM` emits the same Verilog but without a read
//!   enable; holding its address from outside would cost 16 logic cells per byte.)
//! * [`SboxImpl::Logic`]: the composite-field circuit of [`crate::crypto::sbox_circuit`] (about 75 LUT4s
//!   and 12 flip-flops per byte, see docs/rtl-unlock-core.md) with the enabled register in its middle, so each
//!   half is about four LUT levels, like the block RAM whose register is on the address side.
//!
//! The register has no reset (a block RAM read port cannot be reset); whoever uses the
//! lookups keeps a valid bit. The simulation model is the 256-entry function of the chosen
//! implementation: the `deeplock` table itself, or the netlist's own truth table.

use std::fmt::{self, Write};
use std::str::FromStr;

use rust_hdl::prelude::*;

pub use crate::crypto::sbox_circuit::SboxKind;
use crate::crypto::sbox_circuit::SboxCircuit;

/// How an S-Box is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SboxImpl {
    /// One iCE40 block RAM (SB_RAM40_4K) per byte.
    BlockRam,
    /// Composite-field logic, no block RAM.
    Logic,
}

impl SboxImpl {
    /// Both implementations, for tests and reports.
    pub const ALL: [SboxImpl; 2] = [SboxImpl::BlockRam, SboxImpl::Logic];
}

impl fmt::Display for SboxImpl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad`, not `write_str`, so that width and alignment work in tables.
        f.pad(match self {
            SboxImpl::BlockRam => "bram",
            SboxImpl::Logic => "logic",
        })
    }
}

impl FromStr for SboxImpl {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "bram" => Ok(SboxImpl::BlockRam),
            "logic" => Ok(SboxImpl::Logic),
            other => Err(format!("unknown S-Box implementation {other:?} (expected bram or logic)")),
        }
    }
}

/// `BYTES` registered S-Box lookups side by side; byte i of `data_in`/`data_out` is bits [8i+7:8i].
#[derive(LogicBlock)]
pub struct Sbox<const BYTES: usize, const BITS: usize> {
    /// Clock; lookups are registered on its rising edge.
    pub clock: Signal<In, Clock>,
    /// High: register the lookups of `data_in` at the next rising edge. Low: `data_out` holds.
    pub enable: Signal<In, Bit>,
    /// The bytes to look up.
    pub data_in: Signal<In, Bits<BITS>>,
    /// The looked-up bytes, one clock after `data_in` was sampled with `enable` high.
    pub data_out: Signal<Out, Bits<BITS>>,
    _kind: SboxKind,
    _implementation: SboxImpl,
    /// The function the hardware computes (simulation model).
    _table: Box<[u8; 256]>,
    _circuit: Option<SboxCircuit>,
}

impl<const BYTES: usize, const BITS: usize> Sbox<BYTES, BITS> {
    /// `BYTES` (1..=8) parallel lookups of `kind`, built as `implementation`.
    pub fn new(kind: SboxKind, implementation: SboxImpl) -> Self {
        assert!((1..=8).contains(&BYTES), "1 to 8 lookups per block, not {BYTES}");
        assert_eq!(BITS, 8 * BYTES, "BITS must be 8 * BYTES");
        let (table, circuit) = match implementation {
            SboxImpl::BlockRam => (*kind.table(), None),
            SboxImpl::Logic => {
                let circuit = SboxCircuit::new(kind);
                (circuit.table(), Some(circuit))
            }
        };
        Self {
            clock: Default::default(),
            enable: Default::default(),
            data_in: Default::default(),
            data_out: Default::default(),
            _kind: kind,
            _implementation: implementation,
            _table: Box::new(table),
            _circuit: circuit,
        }
    }

    fn rom_verilog(&self) -> String {
        let mut text = format!("// {BYTES} x {:?} S-Box, one 256x8 ROM per byte (SB_RAM40_4K on iCE40), read enable = enable\n", self._kind);
        for byte in 0..BYTES {
            let _ = writeln!(text, "reg [7:0] rom{byte} [0:255];");
        }
        text.push_str("initial begin\n");
        for byte in 0..BYTES {
            for (x, y) in self._table.iter().enumerate() {
                let _ = writeln!(text, "    rom{byte}[{x}] = 8'h{y:02x};");
            }
        }
        text.push_str("end\nalways @(posedge clock) begin\n    if (enable) begin\n");
        for byte in 0..BYTES {
            let (hi, lo) = (8 * byte + 7, 8 * byte);
            let _ = writeln!(text, "        data_out[{hi}:{lo}] <= rom{byte}[data_in[{hi}:{lo}]];");
        }
        text.push_str("    end\nend\n");
        text
    }

    fn logic_verilog(&self, circuit: &SboxCircuit) -> String {
        let (xors, ands) = circuit.gate_counts();
        let middle = SboxCircuit::MIDDLE_BITS;
        let mut text = format!(
            "// {BYTES} x {:?} S-Box as composite-field logic ({xors} XOR + {ands} AND per byte, depth {} + {}),\n\
             // registered in the middle (enable = enable): same latency as the block RAM\n",
            self._kind,
            circuit.first.depth(),
            circuit.second.depth()
        );
        for byte in 0..BYTES {
            let (hi, lo) = (8 * byte + 7, 8 * byte);
            let _ = writeln!(text, "wire [7:0] b{byte}_x = data_in[{hi}:{lo}];");
            text.push_str(&circuit.first.verilog(&format!("b{byte}_a"), &format!("b{byte}_x"), &format!("b{byte}_m_next")));
            let _ = writeln!(text, "reg [{}:0] b{byte}_m;", middle - 1);
            text.push_str(&circuit.second.verilog(&format!("b{byte}_b"), &format!("b{byte}_m"), &format!("b{byte}_y")));
        }
        text.push_str("always @(posedge clock) begin\n    if (enable) begin\n");
        for byte in 0..BYTES {
            let _ = writeln!(text, "        b{byte}_m <= b{byte}_m_next;");
        }
        let outputs: Vec<String> = (0..BYTES).rev().map(|byte| format!("b{byte}_y")).collect();
        let _ = write!(text, "    end\nend\nalways @(*) data_out = {{{}}};\n", outputs.join(", "));
        text
    }
}

impl<const BYTES: usize, const BITS: usize> Logic for Sbox<BYTES, BITS> {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.enable.val() {
            let x = self.data_in.val().to_u64();
            let y = (0..BYTES).fold(0u64, |y, i| y | (u64::from(self._table[((x >> (8 * i)) & 0xff) as usize]) << (8 * i)));
            self.data_out.next = y.to_bits();
        }
    }

    fn connect(&mut self) {
        self.data_out.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(match &self._circuit {
            None => self.rom_verilog(),
            Some(circuit) => self.logic_verilog(circuit),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{self, cycle};

    /// Steps all 256 inputs through one lookup and checks value, latency and hold.
    fn check_all_inputs(kind: SboxKind, implementation: SboxImpl) {
        let mut uut = Sbox::<4, 32>::new(kind, implementation);
        uut.connect_all();
        let table = kind.table();
        for x in 0..256u32 {
            // Four different bytes per word, so a byte-lane mix-up cannot pass.
            let word = x | ((x ^ 0x5a) << 8) | ((x ^ 0xa5) << 16) | ((255 - x) << 24);
            uut.data_in.next = word.to_bits();
            uut.enable.next = true;
            cycle!(uut);
            let expected: u32 = (0..4).fold(0, |y, i| y | (u32::from(table[((word >> (8 * i)) & 0xff) as usize]) << (8 * i)));
            assert_eq!(uut.data_out.val().to_u32(), expected, "{kind:?} {implementation} input {word:08x}");
            // Disabled: a new input must not reach the output.
            uut.enable.next = false;
            uut.data_in.next = (!word).to_bits();
            cycle!(uut);
            assert_eq!(uut.data_out.val().to_u32(), expected, "{kind:?} {implementation}: enable low must hold");
        }
    }

    #[test]
    fn all_256_inputs_in_simulation() {
        for implementation in SboxImpl::ALL {
            for kind in [SboxKind::Forward, SboxKind::Inverse] {
                check_all_inputs(kind, implementation);
            }
        }
    }

    #[test]
    fn generated_verilog_computes_the_tables() {
        // The sim model is a table, so the Verilog itself is run through iverilog on every input.
        for implementation in SboxImpl::ALL {
            for kind in [SboxKind::Forward, SboxKind::Inverse] {
                let mut uut = Sbox::<2, 16>::new(kind, implementation);
                uut.connect_all();
                let verilog = generate_verilog(&uut);
                let name = format!("sbox_{kind:?}_{implementation}").to_lowercase();
                testing::lint(&name, &verilog);
                let outputs = testing::iverilog_sbox_sweep(&name, &verilog);
                let table = kind.table();
                for x in 0..256usize {
                    let expected = u16::from(table[x]) | (u16::from(table[255 - x]) << 8);
                    assert_eq!(outputs[x], expected, "{name}: Verilog output for input {x:02x}");
                }
            }
        }
    }

    #[test]
    fn parses_implementation_names() {
        assert_eq!("bram".parse(), Ok(SboxImpl::BlockRam));
        assert_eq!("logic".parse(), Ok(SboxImpl::Logic));
        assert!("lut".parse::<SboxImpl>().is_err());
    }
}
