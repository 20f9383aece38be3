//! Shared by the integration tests: the real data sets, fetched once into the workspace's
//! git-ignored `data/` directory and reused by every later run.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Mutex;

use deeplock::dataset::fetch::load_or_fetch;
use deeplock::dataset::{LabeledImages, Split};

/// The workspace's data directory.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("data")
}

/// Serializes fetching within one test binary (separate binaries write through temporary files,
/// so at worst they fetch twice).
static FETCH: Mutex<()> = Mutex::new(());

/// The split of a built-in data set ("mnist" or "fashion"), fetched on first use.
pub fn load(name: &str, split: Split) -> LabeledImages {
    let _guard = FETCH.lock().unwrap_or_else(|e| e.into_inner());
    load_or_fetch(name, &data_dir(), split, &mut |note| eprintln!("{note}"))
        .unwrap_or_else(|e| panic!("these tests need the {name} data set: {e}"))
}
