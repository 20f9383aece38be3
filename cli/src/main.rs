//! `deeplock`: the command-line front end. Parsing and dispatch only; the work is in the
//! `deeplock` library and in one module per command family under `commands/`.

mod backends;
mod commands;
mod dataset_args;
mod device_model;
mod key_args;
mod model_args;
mod port_args;
mod progress;

use clap::{Parser, Subcommand};

/// Deep-Lock: key-locked neural networks for FPGA accelerators.
///
/// Models are locked offline with a 128-bit master key; the accelerator unlocks each weight
/// just before it is used. Keys live in files (mode 0600) or in the DEEPLOCK_KEY environment
/// variable, never on the command line of a shared machine.
#[derive(Parser)]
#[command(name = "deeplock", version, propagate_version = true, max_term_width = 100)]
#[command(after_help = "From data to a locked model on a board:
  deeplock data fetch                                   MNIST and Fashion-MNIST into ./data
  deeplock train --dataset mnist --out m.safetensors    a float 784-16-10 MLP
  deeplock keygen --out m.key                           a fresh 128-bit key (mode 0600)
  deeplock lock --model m.safetensors --quant int8 --dataset mnist --key-file m.key --out m.dlk
  deeplock eval --model m.dlk --key-file m.key --dataset mnist     on the CPU reference
  deeplock flash --board alchitry-cu                    the bitstream, once per board
  deeplock --port /dev/ttyUSB1 info                     is the board there?
  deeplock --port /dev/ttyUSB1 load --model m.dlk --key-file m.key
  deeplock --port /dev/ttyUSB1 eval --dataset mnist --json

Without a board, `deeplock-sim board` serves a virtual one: pass the /dev/pts/N it prints as --port.
Each command's --help explains its options.")]
struct Cli {
    #[command(flatten)]
    port: port_args::PortArgs,
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
    Info(commands::board::InfoArgs),
    Load(commands::board::LoadArgs),
    Flash(commands::flash::FlashArgs),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Data(args) => commands::data::data(args),
        Command::Eval(args) => commands::eval::eval(args, &cli.port),
        Command::Keygen(args) => commands::keys::keygen(args),
        Command::Keystream(args) => commands::keys::keystream(args),
        Command::Lock(args) => commands::lock::lock(args),
        Command::Unlock(args) => commands::lock::unlock(args),
        Command::Inspect(args) => commands::inspect::inspect(args),
        Command::Train(args) => commands::train::train(args),
        Command::Info(args) => commands::board::info(args, &cli.port),
        Command::Load(args) => commands::board::load(args, &cli.port),
        Command::Flash(args) => commands::flash::flash(args),
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
