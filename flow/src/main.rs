//! `deeplock-flow`: generate the RTL's Verilog and run our iCE40 synthesis flow.
//!
//! ```text
//! cargo run -p deeplock-flow --release -- synth unlock-core --lanes 4 --sbox bram --device hx8k --freq 150
//! cargo run -p deeplock-flow --release -- verilog unlock-core --lanes 4 --sbox logic --out core.v
//! ```

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use deeplock_hdl::board::alchitry_cu::{self, Revision};
use deeplock_flow::board::{self, BoardJob};
use deeplock_flow::unlock_core::{self as job, Job};
use deeplock_flow::accelerator;
use deeplock_flow::place::{Device, FlowConfig};
use deeplock_hdl::crypto::sbox::SboxImpl;
use deeplock_spec::memory_map::LockModes;
use deeplock_hdl::crypto::unlock_core;

#[derive(Parser)]
#[command(name = "deeplock-flow", version, about = "Deep-Lock RTL: Verilog generation and iCE40 synthesis")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Place and route a design with yosys and nextpnr-ice40 and write a report.
    Synth {
        #[command(subcommand)]
        design: SynthDesign,
    },
    /// Write a design's Verilog.
    Verilog {
        #[command(subcommand)]
        design: VerilogDesign,
    },
    /// Build a board's bitstream: Verilog + pins -> yosys -> nextpnr at the real core clock ->
    /// icepack, icetime as a second timing opinion. Fails on any tool error or on timing without
    /// the required slack. Writes deeplock.bin, report.txt, deeplock.v and deeplock.pcf.
    Bitstream {
        /// The board.
        #[arg(long, value_enum, default_value_t = BoardArg::AlchitryCu)]
        board: BoardArg,
        /// Board revision (V2 moved LEDs 2-7).
        #[arg(long, value_enum, default_value_t = RevisionArg::V1)]
        revision: RevisionArg,
        /// Where the artifacts go (default: bitstreams/<board>, the committed ones).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Where the tools work and keep their logs.
        #[arg(long, default_value = "build/bitstream")]
        work: PathBuf,
        /// nextpnr placer seed (default: the committed image's).
        #[arg(long, default_value_t = board::COMMITTED_SEED)]
        seed: u64,
        /// Required timing slack at the core clock, in percent.
        #[arg(long, default_value_t = 10.0)]
        min_slack: f64,
        /// Lock modes the image runs (default: the shipped image's).
        #[arg(long, value_enum)]
        lock_modes: Option<ModesArg>,
    },
    /// Regenerate constraints/*.pcf from the board tops' pin definitions.
    Constraints {
        /// Directory to write them to.
        #[arg(long, default_value = "constraints")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum SynthDesign {
    /// The unlock core (key register + key schedule + unlock lanes) in a small synthesis harness.
    UnlockCore(SynthArgs),
    /// The Alchitry Cu's accelerator core alone, its ports on pins.
    Accelerator {
        /// Target clock in MHz; missing it fails the command.
        #[arg(long, default_value_t = 100.0)]
        freq: f64,
        /// nextpnr placer seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Directory for Verilog, netlists and tool logs.
        #[arg(long, default_value = "build/synth/accelerator")]
        out: PathBuf,
        /// Write the report to this file (it is always printed).
        #[arg(long)]
        report: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum BoardArg {
    AlchitryCu,
}

#[derive(Clone, Copy, ValueEnum)]
enum RevisionArg {
    V1,
    V2,
}

#[derive(Subcommand)]
enum VerilogDesign {
    /// The unlock core's top module `top` (ports in docs/rtl-unlock-core.md).
    UnlockCore {
        /// Bytes per beat: 1, 2, 4 or 8.
        #[arg(long, default_value_t = 4)]
        lanes: usize,
        /// S-Box implementation.
        #[arg(long, value_enum, default_value_t = SboxArg::Bram)]
        sbox: SboxArg,
        /// Lock modes the core runs (its key-stream engines).
        #[arg(long, value_enum, default_value_t = ModesArg::Both)]
        modes: ModesArg,
        /// Output file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct SynthArgs {
    /// Bytes per beat (1, 2, 4 or 8); a comma-separated list places each.
    #[arg(long, value_delimiter = ',', default_value = "4")]
    lanes: Vec<usize>,
    /// S-Box implementation(s), comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "bram")]
    sbox: Vec<SboxArg>,
    /// Lock modes the cores run (their key-stream engines).
    #[arg(long, value_enum, default_value_t = ModesArg::Paper)]
    modes: ModesArg,
    /// Target device.
    #[arg(long, value_enum, default_value_t = DeviceArg::Hx8k)]
    device: DeviceArg,
    /// Package.
    #[arg(long, default_value = "cb132")]
    package: String,
    /// Target clock in MHz; missing it fails the command.
    #[arg(long, default_value_t = 150.0)]
    freq: f64,
    /// nextpnr placer seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Also route with seeds 1..=N and list the Fmax spread in the report.
    #[arg(long, default_value_t = 0)]
    sweep_seeds: u64,
    /// Directory for Verilog, netlists and tool logs.
    #[arg(long, default_value = "build/synth")]
    out: PathBuf,
    /// Write the report to this file (it is always printed).
    #[arg(long)]
    report: Option<PathBuf>,
    /// Append to the report file instead of replacing it.
    #[arg(long, requires = "report")]
    append: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum SboxArg {
    Bram,
    Logic,
}

/// A build's lock modes.
#[derive(Clone, Copy, ValueEnum)]
enum ModesArg {
    Paper,
    Hardened,
    Both,
}

impl From<ModesArg> for LockModes {
    fn from(m: ModesArg) -> Self {
        match m {
            ModesArg::Paper => LockModes::PAPER_ONLY,
            ModesArg::Hardened => LockModes::HARDENED_ONLY,
            ModesArg::Both => LockModes::BOTH,
        }
    }
}

impl From<SboxArg> for SboxImpl {
    fn from(s: SboxArg) -> Self {
        match s {
            SboxArg::Bram => SboxImpl::BlockRam,
            SboxArg::Logic => SboxImpl::Logic,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum DeviceArg {
    Hx8k,
}

fn main() {
    // Errors print as one chain ("context: cause"), without a backtrace.
    if let Err(e) = run(Cli::parse()) {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Constraints { out } => {
            std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
            for revision in [Revision::V1, Revision::V2] {
                let path = out.join(format!("{}.pcf", revision.name()));
                std::fs::write(&path, alchitry_cu::pcf(revision)).with_context(|| format!("writing {}", path.display()))?;
                eprintln!("wrote {}", path.display());
            }
            Ok(())
        }
        Command::Synth { design: SynthDesign::UnlockCore(args) } => synth_unlock_core(args),
        Command::Synth { design: SynthDesign::Accelerator { freq, seed, out, report } } => synth_accelerator(freq, seed, out, report),
        Command::Bitstream { board: BoardArg::AlchitryCu, revision, out, work, seed, min_slack, lock_modes } => {
            let revision = match revision {
                RevisionArg::V1 => Revision::V1,
                RevisionArg::V2 => Revision::V2,
            };
            let job = BoardJob {
                revision,
                work_dir: work.join(revision.name()),
                out_dir: out.unwrap_or_else(|| PathBuf::from("bitstreams").join(revision.name())),
                seed,
                min_slack: min_slack / 100.0,
                lock_modes: lock_modes.map_or(deeplock_hdl::datapath::accelerator::AcceleratorConfig::alchitry_cu().lock_modes, LockModes::from),
            };
            let result = board::build(&job, |step| eprintln!("bitstream: {step}"));
            let report = job.out_dir.join("report.txt");
            if let Ok(text) = std::fs::read_to_string(&report) {
                print!("{text}");
            }
            let build = result?;
            eprintln!("bitstream: {} written ({} bytes), report in {}", job.out_dir.join("deeplock.bin").display(), build.bin_bytes, report.display());
            Ok(())
        }
        Command::Verilog { design: VerilogDesign::UnlockCore { lanes, sbox, modes, out } } => {
            let verilog = unlock_core::verilog(lanes, sbox.into(), modes.into())?;
            match out {
                Some(path) => std::fs::write(&path, verilog).with_context(|| format!("writing {}", path.display())),
                None => {
                    print!("{verilog}");
                    Ok(())
                }
            }
        }
    }
}

fn synth_accelerator(freq: f64, seed: u64, out: PathBuf, report: Option<PathBuf>) -> Result<()> {
    if !(freq.is_finite() && freq > 0.0 && freq <= 1000.0) {
        bail!("--freq must be a clock in MHz between 0 and 1000, not {freq}");
    }
    let job = accelerator::CoreJob { freq_mhz: freq, seed, work_dir: out };
    eprintln!("synth: placing the accelerator core at {freq} MHz (a few minutes)");
    let result = accelerator::run(&job)?;
    let command = std::iter::once("deeplock-flow".to_string()).chain(std::env::args().skip(1)).collect::<Vec<_>>().join(" ");
    let text = accelerator::report(&job, &result, &command);
    print!("{text}");
    if let Some(path) = &report {
        std::fs::write(path, &text).with_context(|| format!("writing {}", path.display()))?;
    }
    result.placed.check_timing()?;
    if result.placed.logic_cells > accelerator::CORE_LOGIC_CELL_BUDGET {
        bail!("the core takes {} logic cells, over its budget of {}", result.placed.logic_cells, accelerator::CORE_LOGIC_CELL_BUDGET);
    }
    Ok(())
}

fn synth_unlock_core(args: SynthArgs) -> Result<()> {
    if !(args.freq.is_finite() && args.freq > 0.0 && args.freq <= 1000.0) {
        bail!("--freq must be a clock in MHz between 0 and 1000, not {}", args.freq);
    }
    if let Some(&bad) = args.lanes.iter().find(|l| !unlock_core::SUPPORTED_LANES.contains(l)) {
        bail!("--lanes {bad}: the unlock core has {:?} lanes", unlock_core::SUPPORTED_LANES);
    }
    let device = match args.device {
        DeviceArg::Hx8k => Device::Hx8k,
    };
    let job = Job {
        lanes: args.lanes,
        sboxes: args.sbox.into_iter().map(SboxImpl::from).collect(),
        modes: args.modes.into(),
        config: FlowConfig { device, package: args.package, freq_mhz: args.freq, seed: args.seed, pcf: None, bitstream: false },
        out_dir: args.out,
        sweep_seeds: args.sweep_seeds,
    };
    let versions = job::tool_versions()?;
    let results = job::run(&job, |step| eprintln!("synth: {step}"))?;
    let command = std::iter::once("deeplock-flow".to_string()).chain(std::env::args().skip(1)).collect::<Vec<_>>().join(" ");
    let text = job::report(&job, &results, &versions, &command, &job::utc_now());
    print!("{text}");
    if let Some(path) = &args.report {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let text = if args.append && path.exists() {
            let old = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            format!("{old}\n{text}")
        } else {
            text
        };
        std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    // Timing is judged last, so the report with its figures is written either way.
    for r in &results {
        r.harness.check_timing().with_context(|| format!("{} lanes, {} S-Boxes", r.lanes, r.sbox))?;
    }
    Ok(())
}
