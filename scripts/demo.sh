#!/usr/bin/env bash
# The README's main job. For now: a key, and a lock/unlock round trip of a demo payload.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${DEEPLOCK_DEMO_DIR:-build/demo}
mkdir -p "$work"
cargo build --release -q -p deeplock-cli
deeplock=target/release/deeplock

[ -f "$work/demo.key" ] || "$deeplock" keygen --out "$work/demo.key"
head -c 1000000 /dev/urandom > "$work/payload.bin"
"$deeplock" lock --raw --key-file "$work/demo.key" "$work/payload.bin" "$work/payload.locked"
"$deeplock" unlock --raw --key-file "$work/demo.key" "$work/payload.locked" "$work/payload.unlocked"
cmp "$work/payload.bin" "$work/payload.unlocked"
echo "demo: 1 MB locked and unlocked again, byte for byte"
