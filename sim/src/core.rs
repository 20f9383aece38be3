//! The Verilated accelerator cores behind the memory-map driver (`deeplock_spec::mapped`): a
//! `CoreBus` that clocks the RTL one byte per write or read, so the host library drives the
//! simulated core exactly as it would a PCIe BAR.

use deeplock_spec::mapped::{CoreBus, MappedCore, MappedError};

use crate::clocked::Clocked;
use crate::verilated::{AcceleratorCu, AcceleratorCuBypass, AcceleratorLarge, Model};

/// The ports every accelerator top has (docs/protocol.md §1): reset and the core bus, whose
/// Verilog ports `bus$write`, … Verilator names `bus_write`, ….
pub trait CorePorts: Model {
    fn set_reset(&mut self, v: u64);
    fn set_write(&mut self, v: u64);
    fn set_write_address(&mut self, v: u64);
    fn set_write_data(&mut self, v: u64);
    fn write_status(&self) -> u64;
    fn set_read(&mut self, v: u64);
    fn set_read_address(&mut self, v: u64);
    fn read_data(&self) -> u64;
    fn busy(&self) -> u64;
}

macro_rules! core_ports {
    ($($model:ty),*) => {$(
        impl CorePorts for $model {
            fn set_reset(&mut self, v: u64) { <$model>::set_reset(self, v) }
            fn set_write(&mut self, v: u64) { <$model>::set_bus_write(self, v) }
            fn set_write_address(&mut self, v: u64) { <$model>::set_bus_write_address(self, v) }
            fn set_write_data(&mut self, v: u64) { <$model>::set_bus_write_data(self, v) }
            fn write_status(&self) -> u64 { <$model>::bus_write_status(self) }
            fn set_read(&mut self, v: u64) { <$model>::set_bus_read(self, v) }
            fn set_read_address(&mut self, v: u64) { <$model>::set_bus_read_address(self, v) }
            fn read_data(&self) -> u64 { <$model>::bus_read_data(self) }
            fn busy(&self) -> u64 { <$model>::bus_busy(self) }
        }
    )*};
}
core_ports!(AcceleratorCu, AcceleratorCuBypass, AcceleratorLarge);

/// Clocks a core may stay busy before `wait_idle` gives up (far more than any model that fits).
const BUSY_LIMIT: u64 = 50_000_000;

/// A Verilated core, reset and clocked.
pub struct VerilatedCore<M: CorePorts> {
    pub sim: Clocked<M>,
}

impl<M: CorePorts> VerilatedCore<M> {
    pub fn new(model: M) -> Self {
        let mut sim = Clocked::new(model);
        sim.model.set_reset(1);
        sim.cycle();
        sim.model.set_reset(0);
        sim.settle();
        VerilatedCore { sim }
    }
}

impl<M: CorePorts> CoreBus for VerilatedCore<M> {
    fn write(&mut self, address: u32, data: u8) -> u8 {
        self.sim.model.set_write(1);
        self.sim.model.set_write_address(address as u64);
        self.sim.model.set_write_data(data as u64);
        self.sim.cycle();
        self.sim.model.set_write(0);
        self.sim.settle();
        self.sim.model.write_status() as u8
    }

    fn read(&mut self, address: u32) -> u8 {
        self.sim.model.set_read(1);
        self.sim.model.set_read_address(address as u64);
        self.sim.cycle();
        self.sim.model.set_read(0);
        self.sim.settle();
        self.sim.model.read_data() as u8
    }

    fn wait_idle(&mut self) -> bool {
        let start = self.sim.cycles();
        while self.sim.model.busy() != 0 {
            if self.sim.cycles() - start > BUSY_LIMIT {
                return false;
            }
            self.sim.cycle();
        }
        true
    }
}

/// The accelerator builds that can be simulated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimConfig {
    /// The Alchitry Cu's core (2 lanes, 13 KiB of weights): the bitstream's configuration.
    AlchitryCu,
    /// The same without unlocking (weights stored plaintext): only to measure the locking cost.
    AlchitryCuBypass,
    /// 8 lanes and 128 KiB of weights, for larger models (simulation only).
    SimLarge,
}

impl SimConfig {
    pub const ALL: [SimConfig; 3] = [SimConfig::AlchitryCu, SimConfig::AlchitryCuBypass, SimConfig::SimLarge];

    pub fn name(self) -> &'static str {
        match self {
            SimConfig::AlchitryCu => "alchitry-cu",
            SimConfig::AlchitryCuBypass => "alchitry-cu-bypass",
            SimConfig::SimLarge => "sim-large",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The three Verilated cores as one bus, whatever the build.
pub enum SimBus {
    Cu(VerilatedCore<AcceleratorCu>),
    CuBypass(VerilatedCore<AcceleratorCuBypass>),
    Large(VerilatedCore<AcceleratorLarge>),
}

impl SimBus {
    /// A fresh core of build `config`, out of reset.
    pub fn new(config: SimConfig) -> Self {
        match config {
            SimConfig::AlchitryCu => SimBus::Cu(VerilatedCore::new(AcceleratorCu::new())),
            SimConfig::AlchitryCuBypass => SimBus::CuBypass(VerilatedCore::new(AcceleratorCuBypass::new())),
            SimConfig::SimLarge => SimBus::Large(VerilatedCore::new(AcceleratorLarge::new())),
        }
    }

    /// The core as a dyn bus: every operation below is the same for all three builds.
    fn core(&mut self) -> &mut dyn CoreBus {
        match self {
            SimBus::Cu(c) => c,
            SimBus::CuBypass(c) => c,
            SimBus::Large(c) => c,
        }
    }

    /// Core clock cycles simulated so far.
    pub fn cycles(&self) -> u64 {
        match self {
            SimBus::Cu(c) => c.sim.cycles(),
            SimBus::CuBypass(c) => c.sim.cycles(),
            SimBus::Large(c) => c.sim.cycles(),
        }
    }
}

impl CoreBus for SimBus {
    fn write(&mut self, address: u32, data: u8) -> u8 {
        self.core().write(address, data)
    }

    fn read(&mut self, address: u32) -> u8 {
        self.core().read(address)
    }

    fn wait_idle(&mut self) -> bool {
        self.core().wait_idle()
    }
}

/// A simulated core behind the memory-map driver: a [`deeplock_spec::mapped::MappedCore`], so
/// the host drives it (and `deeplock::device::Device` covers it) as it would a PCIe BAR.
pub type SimCore = MappedCore<SimBus>;

/// A fresh core of build `config`, reset and identified (INFO); reports call it "sim".
pub fn sim_core(config: SimConfig) -> Result<SimCore, MappedError> {
    MappedCore::connect(SimBus::new(config), "sim")
}
