//! The board builds: the clock and link rate each one runs at and the name its INFO block
//! carries. The RTL is built with these numbers, the virtual board serves at them and the host
//! defaults to them; nothing else writes them down.

use crate::memory_map::LockModes;

/// What a board build runs at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuildSettings {
    /// The board name in INFO (at most `memory_map::BOARD_NAME_BYTES` bytes).
    pub board: &'static str,
    /// The core clock, in Hz.
    pub clock_hz: u32,
    /// The UART rate, in baud (8N1).
    pub baud: u32,
    /// Unlock lanes (and MACs): weight bytes per clock.
    pub lanes: usize,
    /// The lock modes the build unlocks (its key-stream engines).
    pub lock_modes: LockModes,
}

impl BuildSettings {
    /// Core clocks per UART bit.
    pub const fn clocks_per_bit(&self) -> u32 {
        self.clock_hz / self.baud
    }

    /// Bytes per second the UART carries (8N1: ten bits a byte).
    pub fn link_bytes_per_second(&self) -> f64 {
        self.baud as f64 / 10.0
    }
}

/// The Alchitry Cu (iCE40HX8K): 100 MHz oscillator, the core at 60 MHz from the PLL, 12 Mbaud on
/// the FT2232H's channel B (12 MHz / 1: exact on the FTDI side, 5 clocks per bit on ours).
///
/// Two lanes, not four: with the UART front end a 4-lane core does not fit the HX8K (8,081 of
/// 7,680 logic cells), and the link, not the MACs, sets the pace anyway: 2 lanes take ~6,600
/// clocks (110 µs) per 784-16-10 inference, while an image needs 0.65 ms on the wire.
///
/// Paper mode only, for now: with the hardened engine in place of the paper-mode key schedule
/// the image needs 8,419 of 7,680 logic cells (yosys 0.23 + nextpnr-ice40 0.4, 2026-12-05), so
/// the Cu build stays paper-only until the design is made smaller (docs/rtl-unlock-core.md).
pub const ALCHITRY_CU: BuildSettings =
    BuildSettings { board: "cu", clock_hz: 60_000_000, baud: 12_000_000, lanes: 2, lock_modes: LockModes::PAPER_ONLY };

/// The Alchitry Cu's oscillator, in Hz.
pub const ALCHITRY_CU_OSCILLATOR_HZ: u32 = 100_000_000;

/// The simulation-only large build: same clock and link as the Cu, 8 lanes, both lock modes.
pub const SIM_LARGE: BuildSettings = BuildSettings { board: "sim", clock_hz: 60_000_000, baud: 12_000_000, lanes: 8, lock_modes: LockModes::BOTH };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cu_uart_divides_the_core_clock_exactly() {
        assert_eq!(ALCHITRY_CU.clock_hz % ALCHITRY_CU.baud, 0);
        assert_eq!(ALCHITRY_CU.clocks_per_bit(), 5);
        assert!(ALCHITRY_CU.board.len() <= crate::memory_map::BOARD_NAME_BYTES);
        assert!(SIM_LARGE.board.len() <= crate::memory_map::BOARD_NAME_BYTES);
    }
}
