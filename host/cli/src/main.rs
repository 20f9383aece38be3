//! `deeplock`: the command-line front end. Parsing and dispatch only; the work is in the
//! `deeplock` library and in one module per command family under `commands/`.

mod commands;
mod dataset_args;
mod key_args;
mod model_args;
mod progress;

use clap::{Parser, Subcommand};

/// Deep-Lock: key-locked neural networks for FPGA accelerators.
///
/// Models are locked offline with a 128-bit master key; the accelerator unlocks each weight
/// just before it is used. Keys live in files (mode 0600) or in the DEEPLOCK_KEY environment
/// variable, never on the command line of a shared machine.
#[derive(Parser)]
#[command(name = "deeplock", version, propagate_version = true, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Data(commands::data::DataArgs),
    Eval(commands::eval::EvalArgs),
    Keygen(commands::keys::KeygenArgs),
    Keystream(commands::keys::KeystreamArgs),
    Lock(commands::lock::LockArgs),
    Unlock(commands::lock::UnlockArgs),
    Inspect(commands::inspect::InspectArgs),
    Train(commands::train::TrainArgs),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Data(args) => commands::data::data(args),
        Command::Eval(args) => commands::eval::eval(args),
        Command::Keygen(args) => commands::keys::keygen(args),
        Command::Keystream(args) => commands::keys::keystream(args),
        Command::Lock(args) => commands::lock::lock(args),
        Command::Unlock(args) => commands::lock::unlock(args),
        Command::Inspect(args) => commands::inspect::inspect(args),
        Command::Train(args) => commands::train::train(args),
    };
    if let Err(error) = result {
        // A closed pipe (`deeplock keystream ... | head`) is the reader's choice, not an error.
        if error.chain().any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) {
            std::process::exit(0);
        }
        eprintln!("error: {error:#}");
        std::process::exit(1);
    }
}
