//! Loading a data set named on the command line (`mnist`, `fashion`, or a directory of IDX files).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use deeplock::dataset::{self, LabeledImages, Split};

/// The data directory option shared by the commands that read data sets.
#[derive(clap::Args, Debug)]
pub struct DataDirArg {
    /// Directory holding mnist/ and fashion/ (written by `deeplock data fetch`).
    #[arg(long, value_name = "DIR", env = dataset::DATA_ENV_VAR, default_value = "data")]
    pub data_dir: PathBuf,
}

impl DataDirArg {
    /// Loads `split` of the data set `name` (a built-in name or a directory).
    pub fn load(&self, name: &str, split: Split) -> Result<LabeledImages> {
        let dir = dataset::resolve(name, &self.data_dir);
        dataset::load(&dir, split).with_context(|| format!("loading the {split} split of {name}"))
    }
}

/// A short name for reports: the built-in name, or the directory's last component.
pub fn display_name(name: &str) -> String {
    if dataset::BUILTIN.contains(&name) {
        return name.to_owned();
    }
    Path::new(name).file_name().map_or_else(|| name.to_owned(), |n| n.to_string_lossy().into_owned())
}
