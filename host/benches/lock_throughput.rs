//! Lock and unlock throughput of the software reference on a 64 MiB buffer, beside a plain
//! memcpy of the same buffer in the same run, and the hardened (Ascon-AEAD128) key stream alone.
//! Run with `cargo bench -p deeplock`.

use std::time::Duration;

use criterion::{black_box, criterion_group, Criterion, Throughput};
use deeplock::hardened_stream::HardenedStream;
use deeplock::lock::{lock_in_place, unlock_in_place};
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
    group.bench_function("lock", |b| b.iter(|| lock_in_place(black_box(&mut buffer), &key, 0)));
    group.bench_function("unlock", |b| b.iter(|| unlock_in_place(black_box(&mut buffer), &key, 0)));
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
    let Some(memcpy) = mean_ns("memcpy") else { return };
    let gbps = |ns: f64| BUFFER_BYTES as f64 / ns;
    println!("\nsummary (64 MiB, single thread):");
    println!("  memcpy          {:6.2} GB/s", gbps(memcpy));
    for name in ["lock", "unlock", "hardened-stream"] {
        if let Some(ns) = mean_ns(name) {
            println!("  {name:<15} {:6.2} GB/s  = {:.2} x memcpy time ({:.0}% of memcpy throughput)", gbps(ns), ns / memcpy, 100.0 * memcpy / ns);
        }
    }
}

criterion_group!(benches, throughput);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
}
