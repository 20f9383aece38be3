//! A Verilated model with its clock: one call per cycle, a cycle counter, and an optional VCD
//! trace (set `DEEPLOCK_TRACE=path.vcd`, or call [`Clocked::trace_to`]) in a build with the
//! feature `trace`. Without a trace, a cycle costs two `eval`s and nothing else.

use std::ffi::CString;
use std::path::Path;

use crate::verilated::Model;

/// Environment variable naming a VCD file to trace every simulation into.
pub const TRACE_ENV: &str = "DEEPLOCK_TRACE";

/// Whether this build's models can trace (feature `trace`).
pub const CAN_TRACE: bool = cfg!(feature = "trace");

pub struct Clocked<M: Model> {
    pub model: M,
    cycles: u64,
    tracing: bool,
}

impl<M: Model> Clocked<M> {
    /// Wraps `model` with the clock low; traces if `DEEPLOCK_TRACE` is set.
    pub fn new(mut model: M) -> Self {
        model.set_clock(false);
        model.eval();
        let mut clocked = Clocked { model, cycles: 0, tracing: false };
        if let Some(path) = std::env::var_os(TRACE_ENV) {
            clocked.trace_to(Path::new(&path));
        }
        clocked
    }

    /// Writes a VCD trace of everything from now on (GTKWave opens it). Panics in a build
    /// without the feature `trace`, whose models cannot trace.
    pub fn trace_to(&mut self, path: &Path) {
        assert!(
            CAN_TRACE,
            "deeplock-sim was built without waveforms (they slow the models down even when off): to trace to {}, \
             build with `--features deeplock-sim/trace` (or `-p deeplock-sim --features trace`)",
            path.display()
        );
        let path = CString::new(path.as_os_str().as_encoded_bytes()).expect("a path without NUL bytes");
        self.model.open_trace(&path);
        self.tracing = true;
        self.model.dump_trace(2 * self.cycles);
    }

    /// One clock cycle: inputs set since the last cycle are sampled at its rising edge, and
    /// registered outputs show the result when it returns.
    #[inline]
    pub fn cycle(&mut self) {
        self.model.set_clock(true);
        self.model.eval();
        if self.tracing {
            self.model.dump_trace(2 * self.cycles + 1);
        }
        self.model.set_clock(false);
        self.model.eval();
        self.cycles += 1;
        if self.tracing {
            self.model.dump_trace(2 * self.cycles);
        }
    }

    /// Settles combinational outputs after inputs changed, without a clock edge.
    pub fn settle(&mut self) {
        self.model.eval();
    }

    pub fn cycles(&self) -> u64 {
        self.cycles
    }
}

impl<M: Model> Drop for Clocked<M> {
    fn drop(&mut self) {
        if self.tracing {
            self.model.flush_trace();
        }
    }
}
