//! Lock and unlock throughput of the software reference on a 64 MiB buffer, in both lock modes,
//! beside a plain memcpy of the same buffer in the same run: on one core, and on all cores
//! (chunks side by side), plus the hardened (Ascon-AEAD128) key stream alone.
//! Run with `cargo bench -p deeplock --bench lock_throughput`.

use std::time::Duration;

use criterion::{black_box, criterion_group, Criterion, Throughput};
use deeplock::hardened_stream::HardenedStream;
use deeplock::lock::{transform_in_parallel, Direction, LockMode, StreamCipher};
use deeplock::MasterKey;

const BUFFER_BYTES: usize = 64 << 20;

fn throughput(c: &mut Criterion) {
    let key = MasterKey::from_bytes(*b"deeplock bench!!");
    let source: Vec<u8> = (0..BUFFER_BYTES).map(|i| (i * 131 >> 3) as u8).collect();
    let mut buffer = source.clone();

    let mut group = c.benchmark_group("64MiB");
    group.throughput(Throughput::Bytes(BUFFER_BYTES as u64));
    group.sample_size(20).measurement_time(Duration::from_secs(8));
    group.bench_function("memcpy", |b| b.iter(|| buffer.copy_from_slice(black_box(&source))));
    let hardened = LockMode::Hardened { nonce: [7; 12] };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for (mode, name) in [(LockMode::Paper, "paper"), (hardened, "hardened")] {
        for (direction, verb) in [(Direction::Lock, "lock"), (Direction::Unlock, "unlock")] {
            group.bench_function(format!("{name}-{verb}"), |b| b.iter(|| StreamCipher::new(&key, mode, direction, 0).apply(black_box(&mut buffer))));
            group
                .bench_function(format!("{name}-{verb}-all-cores"), |b| b.iter(|| transform_in_parallel(black_box(&mut buffer), &key, mode, direction, cores)));
        }
    }
    group.bench_function("hardened-stream", |b| b.iter(|| HardenedStream::at(&key, &[7; 12], 0).fill(black_box(&mut buffer))));
    group.finish();
}

/// Reads criterion's mean estimate (ns per iteration) for one benchmark of this run.
fn mean_ns(name: &str) -> Option<f64> {
    let dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target").into());
    let text = std::fs::read_to_string(format!("{dir}/criterion/64MiB/{name}/new/estimates.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["mean"]["point_estimate"].as_f64()
}

fn summary() {
    let Some(memcpy) = mean_ns("memcpy") else {
        return;
    };
    let gbps = |ns: f64| BUFFER_BYTES as f64 / ns;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("\nsummary (64 MiB; one core, and all {cores} cores):");
    println!("  {:<24} {:6.2} GB/s", "memcpy", gbps(memcpy));
    let names = ["paper", "hardened"].iter().flat_map(|m| ["lock", "unlock"].map(|v| format!("{m}-{v}")));
    let names: Vec<String> = names.flat_map(|n| [format!("{n}-all-cores"), n]).chain(["hardened-stream".into()]).collect();
    for name in &names {
        if let Some(ns) = mean_ns(name) {
            println!("  {name:<24} {:6.2} GB/s  = {:.2} x memcpy time ({:.0}% of memcpy throughput)", gbps(ns), ns / memcpy, 100.0 * memcpy / ns);
        }
    }
}

criterion_group!(benches, throughput);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
}
