//! Recovers the master key of a paper-mode `.dlk` from the file alone and reports how long it
//! took. The key itself is never printed (the project's rule): only whether it passed the model's
//! key check, and the key-check value it matched, which the file carries in the clear anyway.
//!
//! ```text
//! cargo run --release -p deeplock --example paper_key_recovery -- model.dlk
//! ```

use std::time::Instant;

use deeplock::attack::{recover_key_with, Options};
use deeplock::format::LockedModel;

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: paper_key_recovery MODEL.dlk");
        std::process::exit(2);
    };
    let model = match LockedModel::read_file(path.as_ref()) {
        Ok(model) => model,
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            std::process::exit(1);
        }
    };
    let started = Instant::now();
    let recovery = recover_key_with(&model, &Options::default());
    let seconds = started.elapsed().as_secs_f64();
    let s = &recovery.stats;
    let check: String = model.header.key_check.iter().map(|b| format!("{b:02x}")).collect();
    let mode = model.header.lock_mode.name();
    match recovery.key {
        Some(key) => {
            assert!(model.header.key_matches(&key));
            println!("{mode} file, {} rounds: recovered in {seconds:.3} s, key check passed (key-check value {check})", s.rounds);
        }
        None => println!("{mode} file, {} rounds: nothing found in {seconds:.3} s", s.rounds),
    }
    println!(
        "  {} windows searched, {} work steps, {} states tested, {} of 4 diagonals found, {} keys tried",
        s.windows, s.work, s.tested, s.diagonals_found, s.keys_tried
    );
}
