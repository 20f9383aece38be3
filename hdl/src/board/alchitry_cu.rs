//! The Alchitry Cu board top (iCE40HX8K-CB132): the 100 MHz oscillator through the PLL to the
//! 60 MHz core clock, the reset button, the FT2232H's UART (channel B) at 12 Mbaud, the 2-lane
//! accelerator core, and eight status LEDs.
//!
//! Every flip-flop runs on the PLL's clock (one clock domain; the raw oscillator clocks nothing
//! else). The pins are defined here once: the top's constraints and `constraints/*.pcf` are
//! generated from them, and a test keeps the committed files equal.
//!
//! LEDs (0 is the rightmost): 0 heartbeat, 1 key loaded, 2 model ready, 3 busy, 4 error (a
//! request was refused since reset), 5 UART activity, 6 PLL locked, 7 in reset.

use rust_hdl::prelude::*;

use deeplock_spec::memory_map::LockModes;

use crate::datapath::accelerator::{AcceleratorCu, AcceleratorConfig};
use crate::frontend::frame_rx::RxLimits;
use crate::common::core_bus::CoreBusInitiator;
use crate::board::pll::{Pll, PLL_BLACKBOX, PLL_SIMULATION_MODEL};
use crate::board::reset_generator::ResetGenerator;
use crate::frontend::uart_front_end::UartFrontEnd;

/// The Cu's oscillator.
pub const OSCILLATOR_HZ: u64 = 100_000_000;
pub const CLOCK_PIN: &str = "P7";
pub const RESET_PIN: &str = "P8";
/// FPGA receive (FT2232H channel B transmit).
pub const UART_RX_PIN: &str = "P14";
/// FPGA transmit.
pub const UART_TX_PIN: &str = "M9";

/// Board revisions: V2 moved LEDs 2-7.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revision {
    V1,
    V2,
}

impl Revision {
    pub fn leds(self) -> [&'static str; 8] {
        match self {
            Revision::V1 => ["J11", "K11", "K12", "K14", "L12", "L14", "M12", "N14"],
            Revision::V2 => ["J11", "K11", "G12", "H12", "K14", "J12", "L14", "K12"],
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Revision::V1 => "alchitry-cu",
            Revision::V2 => "alchitry-cu-v2",
        }
    }
}

/// LED stretch: a one-clock event stays visible for 2^20 clocks (17 ms).
const STRETCH_BITS: usize = 20;

#[derive(LogicBlock)]
pub struct AlchitryCu {
    /// The 100 MHz oscillator.
    pub clock: Signal<In, Clock>,
    /// The reset button, active low.
    pub reset_n: Signal<In, Bit>,
    /// UART receive (from the FT2232H).
    pub uart_rx: Signal<In, Bit>,
    /// UART transmit (to the FT2232H).
    pub uart_tx: Signal<Out, Bit>,
    /// The eight LEDs.
    pub leds: Signal<Out, Bits<8>>,
    pll: Pll,
    core_clock: Signal<Local, Clock>,
    reset_generator: ResetGenerator,
    front_end: UartFrontEnd,
    core: AcceleratorCu,
    heartbeat: DFF<Bits<26>>,
    busy_stretch: DFF<Bits<STRETCH_BITS>>,
    activity_stretch: DFF<Bits<STRETCH_BITS>>,
    led_bits: Signal<Local, Bits<8>>,
    one26: Constant<Bits<26>>,
    zero_stretch: Constant<Bits<STRETCH_BITS>>,
    one_stretch: Constant<Bits<STRETCH_BITS>>,
    all_stretch: Constant<Bits<STRETCH_BITS>>,
    zero8: Constant<Bits<8>>,
    led: Vec<Constant<Bits<8>>>,
}

impl AlchitryCu {
    /// The shipped top for a board revision, its pins placed.
    pub fn new(revision: Revision) -> Self {
        Self::with_lock_modes(revision, AcceleratorConfig::alchitry_cu().lock_modes)
    }

    /// The top with the key-stream engines of `modes` (a bitstream build option).
    pub fn with_lock_modes(revision: Revision, modes: LockModes) -> Self {
        let config = AcceleratorConfig { lock_modes: modes, ..AcceleratorConfig::alchitry_cu() };
        let limits = RxLimits {
            weight_bytes: config.weight_bytes as u64,
            slot_bytes: config.slot_bytes as u64,
            config_bytes: config.device_info().config_bytes() as u64,
            timeout_clocks: config.clock_hz as u64 * deeplock_spec::protocol::FRAME_TIMEOUT_US as u64 / 1_000_000,
        };
        let mut top = AlchitryCu {
            clock: Default::default(),
            reset_n: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            leds: Default::default(),
            pll: Pll::new(OSCILLATOR_HZ, config.clock_hz as u64),
            core_clock: Default::default(),
            reset_generator: Default::default(),
            front_end: UartFrontEnd::new(config.clock_hz as u64, config.baud as u64, limits),
            core: AcceleratorCu::new(&config),
            heartbeat: Default::default(),
            busy_stretch: Default::default(),
            activity_stretch: Default::default(),
            led_bits: Default::default(),
            one26: Constant::new(1u64.to_bits()),
            zero_stretch: Constant::new(0u64.to_bits()),
            one_stretch: Constant::new(1u64.to_bits()),
            all_stretch: Constant::new(((1u64 << STRETCH_BITS) - 1).to_bits()),
            zero8: Constant::new(0u64.to_bits()),
            led: (0..8).map(|i| Constant::new((1u64 << i).to_bits())).collect(),
        };
        top.clock.add_location(0, CLOCK_PIN);
        top.reset_n.add_location(0, RESET_PIN);
        top.uart_rx.add_location(0, UART_RX_PIN);
        top.uart_tx.add_location(0, UART_TX_PIN);
        for (i, pin) in revision.leds().iter().enumerate() {
            top.leds.add_location(i, pin);
        }
        top
    }
}

impl Logic for AlchitryCu {
    #[hdl_gen]
    fn update(&mut self) {
        self.pll.clock_in.next = self.clock.val();
        self.core_clock.next = self.pll.clock_out.val();
        dff_setup!(self, core_clock, heartbeat, busy_stretch, activity_stretch);
        clock!(self, core_clock, reset_generator, front_end, core);
        self.reset_generator.button_n.next = self.reset_n.val();
        self.reset_generator.locked.next = self.pll.locked.val();
        self.front_end.reset.next = self.reset_generator.reset.val();
        self.core.reset.next = self.reset_generator.reset.val();

        self.front_end.rx.next = self.uart_rx.val();
        self.uart_tx.next = self.front_end.tx.val();
        CoreBusInitiator::join(&mut self.front_end.core, &mut self.core.bus);

        // Status LEDs; brief events are stretched to be seen.
        self.heartbeat.d.next = self.heartbeat.q.val() + self.one26.val();
        if self.busy_stretch.q.val() != self.zero_stretch.val() {
            self.busy_stretch.d.next = self.busy_stretch.q.val() - self.one_stretch.val();
        }
        if self.core.bus.busy.val() {
            self.busy_stretch.d.next = self.all_stretch.val();
        }
        if self.activity_stretch.q.val() != self.zero_stretch.val() {
            self.activity_stretch.d.next = self.activity_stretch.q.val() - self.one_stretch.val();
        }
        if self.front_end.activity.val() {
            self.activity_stretch.d.next = self.all_stretch.val();
        }
        self.led_bits.next = self.zero8.val();
        if self.heartbeat.q.val().get_bit(25) {
            self.led_bits.next = self.led_bits.val() | self.led[0].val();
        }
        if self.core.bus.key_loaded.val() {
            self.led_bits.next = self.led_bits.val() | self.led[1].val();
        }
        if self.core.bus.model_ready.val() {
            self.led_bits.next = self.led_bits.val() | self.led[2].val();
        }
        if self.busy_stretch.q.val() != self.zero_stretch.val() {
            self.led_bits.next = self.led_bits.val() | self.led[3].val();
        }
        if self.core.bus.last_error.val() != self.zero8.val() {
            self.led_bits.next = self.led_bits.val() | self.led[4].val();
        }
        if self.activity_stretch.q.val() != self.zero_stretch.val() {
            self.led_bits.next = self.led_bits.val() | self.led[5].val();
        }
        if self.pll.locked.val() {
            self.led_bits.next = self.led_bits.val() | self.led[6].val();
        }
        if self.reset_generator.reset.val() {
            self.led_bits.next = self.led_bits.val() | self.led[7].val();
        }
        self.leds.next = self.led_bits.val();
    }
}

/// The pin constraints of a revision, as nextpnr reads them (generated from the top's pins).
pub fn pcf(revision: Revision) -> String {
    let mut top = AlchitryCu::new(revision);
    top.connect_all();
    rust_hdl::fpga::toolchains::icestorm::generate_pcf(&top)
}

/// The shipped top's Verilog.
pub fn verilog(revision: Revision) -> String {
    verilog_with(revision, AcceleratorConfig::alchitry_cu().lock_modes)
}

/// The Verilog of the top with the engines of `modes`.
pub fn verilog_with(revision: Revision, modes: LockModes) -> String {
    let mut top = AlchitryCu::with_lock_modes(revision, modes);
    top.connect_all();
    generate_verilog(&top)
}

/// The board top's Verilog for simulation: exactly the bitstream's, with the PLL primitive's
/// black-box declaration replaced by its simulation model.
pub fn simulation_verilog(revision: Revision) -> String {
    let verilog = verilog(revision);
    assert!(verilog.contains(PLL_BLACKBOX), "the board top instantiates the PLL");
    verilog.replace(PLL_BLACKBOX, PLL_SIMULATION_MODEL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_constraints_match_the_pins() {
        for revision in [Revision::V1, Revision::V2] {
            let path = format!("{}/../constraints/{}.pcf", env!("CARGO_MANIFEST_DIR"), revision.name());
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(
                committed,
                pcf(revision),
                "{path} is out of date: regenerate it with `cargo run -p deeplock-flow --release -- constraints`"
            );
        }
    }

    /// The committed image was built from the committed Verilog; this keeps that Verilog equal to
    /// what the source generates, so the image cannot silently drift from the code.
    #[test]
    fn committed_bitstream_verilog_matches_the_source() {
        let path = format!("{}/../bitstreams/{}/deeplock.v", env!("CARGO_MANIFEST_DIR"), Revision::V1.name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        // Not assert_eq: a diff of two 300 KB files helps no one.
        assert!(
            committed == verilog(Revision::V1),
            "{path} differs from the Verilog the source generates: rebuild the image with \
             `cargo run -p deeplock-flow --release -- bitstream --board alchitry-cu` and commit bitstreams/alchitry-cu/"
        );
    }

    #[test]
    fn verilog_is_clean() {
        // As simulated: the PLL primitive's model in place of its black-box declaration.
        crate::testing::lint("alchitry_cu", &simulation_verilog(Revision::V1));
    }
}
