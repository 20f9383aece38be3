//! The iCE40 PLL (SB_PLL40_CORE, simple feedback) as a block: a reference clock in, the core
//! clock out on the global network.
//!
//! The divider settings are computed from the frequencies the way `icepll` does (FACTS: rust-hdl's
//! own `ICE40PLLBlock` always sets FILTER_RANGE to 1 and has no simulation model). In simulation
//! the output is the reference clock itself and `locked` is high: time in a simulation is counted
//! in core clocks, so only the ratio to the UART's bit time matters, and that is set in core clocks.

use rust_hdl::prelude::*;

/// Divider settings of SB_PLL40_CORE in simple feedback mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PllSettings {
    pub divr: u8,
    pub divf: u8,
    pub divq: u8,
    pub filter_range: u8,
}

/// Limits of the iCE40 PLL (iCE40 sysCLOCK PLL design guide, as `icepll` applies them).
const PFD_MHZ: (f64, f64) = (10.0, 133.0);
const VCO_MHZ: (f64, f64) = (533.0, 1066.0);

impl PllSettings {
    /// The settings that make `out_hz` from `in_hz` exactly, if any exist.
    pub fn exact(in_hz: u64, out_hz: u64) -> Option<Self> {
        let mut best = None;
        for divr in 0..16u64 {
            let pfd = in_hz as f64 / (divr + 1) as f64 / 1e6;
            if pfd < PFD_MHZ.0 || pfd > PFD_MHZ.1 {
                continue;
            }
            for divf in 0..128u64 {
                let vco = pfd * (divf + 1) as f64;
                if vco < VCO_MHZ.0 || vco > VCO_MHZ.1 {
                    continue;
                }
                for divq in 1..7u64 {
                    // Exact in integers: in * (divf + 1) == out * (divr + 1) * 2^divq.
                    if in_hz * (divf + 1) == out_hz * (divr + 1) * (1 << divq) && best.is_none() {
                        let filter_range = match pfd {
                            f if f < 17.0 => 1,
                            f if f < 26.0 => 2,
                            f if f < 44.0 => 3,
                            f if f < 66.0 => 4,
                            f if f < 101.0 => 5,
                            _ => 6,
                        };
                        best = Some(PllSettings { divr: divr as u8, divf: divf as u8, divq: divq as u8, filter_range });
                    }
                }
            }
        }
        best
    }
}

#[derive(LogicBlock)]
pub struct Pll {
    /// The reference clock (the board's oscillator).
    pub clock_in: Signal<In, Clock>,
    /// The generated clock (global network).
    pub clock_out: Signal<Out, Clock>,
    /// The PLL is locked; its output is stable.
    pub locked: Signal<Out, Bit>,
    _settings: PllSettings,
}

impl Pll {
    /// A PLL making exactly `out_hz` from `in_hz`; panics if the dividers cannot (a build error).
    pub fn new(in_hz: u64, out_hz: u64) -> Self {
        let settings = PllSettings::exact(in_hz, out_hz).unwrap_or_else(|| panic!("the iCE40 PLL cannot make exactly {out_hz} Hz from {in_hz} Hz"));
        Pll { clock_in: Default::default(), clock_out: Default::default(), locked: Default::default(), _settings: settings }
    }
}

impl Logic for Pll {
    fn update(&mut self) {
        self.clock_out.next = self.clock_in.val();
        self.locked.next = true;
    }

    fn connect(&mut self) {
        self.clock_out.connect();
        self.locked.connect();
    }

    fn hdl(&self) -> Verilog {
        let s = self._settings;
        Verilog::Wrapper(Wrapper {
            code: format!(
                r#"/* verilator lint_off PINCONNECTEMPTY */ // PLLOUTCORE and SDO are unused on purpose.
SB_PLL40_CORE #(.FEEDBACK_PATH("SIMPLE"), .DIVR(4'd{}), .DIVF(7'd{}), .DIVQ(3'd{}), .FILTER_RANGE(3'd{}))
    pll_inst (.LOCK(locked), .RESETB(1'b1), .BYPASS(1'b0), .REFERENCECLK(clock_in), .PLLOUTGLOBAL(clock_out),
              .PLLOUTCORE(), .EXTFEEDBACK(1'b0), .DYNAMICDELAY(8'd0), .LATCHINPUTVALUE(1'b0), .SDI(1'b0), .SCLK(1'b0), .SDO());"#,
                s.divr, s.divf, s.divq, s.filter_range
            ),
            cores: PLL_BLACKBOX.into(),
        })
    }
}

/// The vendor primitive's port list, for synthesis (yosys knows it; the simulator substitutes
/// `PLL_SIMULATION_MODEL` for it).
pub const PLL_BLACKBOX: &str = r#"(* blackbox *) module SB_PLL40_CORE(input REFERENCECLK, output PLLOUTCORE, output PLLOUTGLOBAL,
  input EXTFEEDBACK, input [7:0] DYNAMICDELAY, output LOCK, input BYPASS, input RESETB,
  input LATCHINPUTVALUE, output SDO, input SDI, input SCLK);
parameter FEEDBACK_PATH = "SIMPLE"; parameter DIVR = 4'b0000; parameter DIVF = 7'b0000000;
parameter DIVQ = 3'b000; parameter FILTER_RANGE = 3'b000; endmodule"#;

/// A simulation model of SB_PLL40_CORE: the reference clock passes through, locked at once.
pub const PLL_SIMULATION_MODEL: &str = r#"/* verilator lint_off UNUSEDSIGNAL */ // A behavioural model uses only the pins it models.
/* verilator lint_off UNUSEDPARAM */
module SB_PLL40_CORE(input REFERENCECLK, output PLLOUTCORE, output PLLOUTGLOBAL,
  input EXTFEEDBACK, input [7:0] DYNAMICDELAY, output LOCK, input BYPASS, input RESETB,
  input LATCHINPUTVALUE, output SDO, input SDI, input SCLK);
parameter FEEDBACK_PATH = "SIMPLE"; parameter DIVR = 4'b0000; parameter DIVF = 7'b0000000;
parameter DIVQ = 3'b000; parameter FILTER_RANGE = 3'b000;
assign PLLOUTCORE = REFERENCECLK;
assign PLLOUTGLOBAL = REFERENCECLK;
assign LOCK = 1'b1;
assign SDO = 1'b0;
endmodule
/* verilator lint_on UNUSEDPARAM */
/* verilator lint_on UNUSEDSIGNAL */"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_match_icepll() {
        // `icepll -i 100 -o 60` and `-o 50` on this machine (fpga-icestorm 2023-02-18).
        assert_eq!(PllSettings::exact(100_000_000, 60_000_000), Some(PllSettings { divr: 4, divf: 47, divq: 4, filter_range: 2 }));
        assert_eq!(PllSettings::exact(100_000_000, 50_000_000), Some(PllSettings { divr: 0, divf: 7, divq: 4, filter_range: 5 }));
        assert_eq!(PllSettings::exact(100_000_000, 48_000_000), None, "48 MHz is not exact from 100 MHz");
    }
}
