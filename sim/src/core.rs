//! The Verilated accelerator cores behind the memory-map driver (`deeplock_spec::mapped`): a
//! `CoreBus` that clocks the RTL one byte per write or read, so the host library drives the
//! simulated core exactly as it would a PCIe BAR.

use deeplock_spec::mapped::{CoreBus, MappedCore, MappedError};

use crate::clocked::Clocked;
use crate::verilated::{AcceleratorCu, AcceleratorCuBypass, AcceleratorLarge, Model};

/// The ports every accelerator top has (docs/protocol.md §1).
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
            fn set_write(&mut self, v: u64) { <$model>::set_write(self, v) }
            fn set_write_address(&mut self, v: u64) { <$model>::set_write_address(self, v) }
            fn set_write_data(&mut self, v: u64) { <$model>::set_write_data(self, v) }
            fn write_status(&self) -> u64 { <$model>::write_status(self) }
            fn set_read(&mut self, v: u64) { <$model>::set_read(self, v) }
            fn set_read_address(&mut self, v: u64) { <$model>::set_read_address(self, v) }
            fn read_data(&self) -> u64 { <$model>::read_data(self) }
            fn busy(&self) -> u64 { <$model>::busy(self) }
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

/// A simulated core behind the memory-map driver, whatever its build.
pub enum SimCore {
    Cu(MappedCore<VerilatedCore<AcceleratorCu>>),
    CuBypass(MappedCore<VerilatedCore<AcceleratorCuBypass>>),
    Large(MappedCore<VerilatedCore<AcceleratorLarge>>),
}

/// Calls `$body` with `$core` bound to the `MappedCore` inside a [`SimCore`].
macro_rules! with_core {
    ($sim:expr, $core:ident => $body:expr) => {
        match $sim {
            SimCore::Cu($core) => $body,
            SimCore::CuBypass($core) => $body,
            SimCore::Large($core) => $body,
        }
    };
}

impl SimCore {
    /// A fresh core of build `config`, reset and identified.
    pub fn new(config: SimConfig) -> Result<Self, MappedError> {
        Ok(match config {
            SimConfig::AlchitryCu => SimCore::Cu(MappedCore::connect(VerilatedCore::new(AcceleratorCu::new()), "sim")?),
            SimConfig::AlchitryCuBypass => SimCore::CuBypass(MappedCore::connect(VerilatedCore::new(AcceleratorCuBypass::new()), "sim")?),
            SimConfig::SimLarge => SimCore::Large(MappedCore::connect(VerilatedCore::new(AcceleratorLarge::new()), "sim")?),
        })
    }

    pub fn info(&self) -> &deeplock_spec::memory_map::DeviceInfo {
        with_core!(self, c => c.info())
    }

    pub fn load_key(&mut self, key: &deeplock_spec::MasterKey) -> Result<(), MappedError> {
        with_core!(self, c => c.load_key(key))
    }

    pub fn load_model(&mut self, model: &deeplock_spec::format::LockedModel) -> Result<(), MappedError> {
        with_core!(self, c => c.load_model(model))
    }

    pub fn run(&mut self, input: &[u8]) -> Result<deeplock_spec::memory_map::InferenceResult, MappedError> {
        with_core!(self, c => c.run(input))
    }

    /// Core clock cycles simulated so far.
    pub fn cycles(&mut self) -> u64 {
        with_core!(self, c => c.bus().sim.cycles())
    }
}
