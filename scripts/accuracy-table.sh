#!/usr/bin/env bash
# Reproduces the measurements of docs/accuracy.md: trains the four models, then evaluates float,
# int8 (both weight-scale choices), locked + right key, locked + 20 wrong keys, and the float32
# paper mode, all on the test splits. Prints a Markdown table and keeps everything in $OUT.
#
# usage: scripts/accuracy-table.sh [OUT_DIR]   (default build/accuracy; needs `deeplock data fetch`)
set -euo pipefail

OUT=${1:-build/accuracy}
WRONG_KEYS=${WRONG_KEYS:-20}
DL=${DEEPLOCK:-${CARGO_TARGET_DIR:-target}/release/deeplock}
mkdir -p "$OUT/keys"
[ -x "$DL" ] || cargo build --release -p deeplock-cli

acc() { grep -o '"accuracy":[0-9.eE+-]*' | cut -d: -f2; }
pct() { awk '{ printf "%.2f", 100 * $1 }'; }
# mean ± sample standard deviation, then [min, max], of accuracies (one per line), in percent
stats() { awk '{ x = 100 * $1; s += x; q += x * x; if (NR == 1 || x < lo) lo = x; if (NR == 1 || x > hi) hi = x }
  END { m = s / NR; sd = NR > 1 ? sqrt((q - NR * m * m) / (NR - 1)) : 0; printf "%.2f ± %.2f [%.2f, %.2f]", m, sd, lo, hi }'; }

"$DL" keygen --out "$OUT/keys/right.key" --force 2>/dev/null
for i in $(seq 1 "$WRONG_KEYS"); do "$DL" keygen --out "$OUT/keys/wrong$i.key" --force 2>/dev/null; done

echo "| data set | model | train time | float | int8 (per-channel) | int8 (per-tensor) | locked + right key | locked + wrong key ($WRONG_KEYS keys) | float32 paper, right key | float32 paper, wrong key ($WRONG_KEYS keys) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for ds in mnist fashion; do
  for arch in 784-16-10 784-128-64-10; do
    m="$OUT/$ds-$arch"
    start=$(date +%s.%N)
    "$DL" train --dataset "$ds" --arch "$arch" --seed 1 --out "$m.safetensors" 2>"$m.train.log"
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    float=$("$DL" eval --model "$m.safetensors" --dataset "$ds" --json | acc)
    pc=$("$DL" eval --model "$m.safetensors" --dataset "$ds" --quant int8 --weight-scales per-channel --json --predictions "$m.int8-pc.txt" | acc)
    pt=$("$DL" eval --model "$m.safetensors" --dataset "$ds" --quant int8 --weight-scales per-tensor --json --predictions "$m.int8-pt.txt" | acc)
    "$DL" lock --model "$m.safetensors" --quant int8 --dataset "$ds" --key-file "$OUT/keys/right.key" --out "$m.dlk" 2>/dev/null
    right=$("$DL" eval --model "$m.dlk" --key-file "$OUT/keys/right.key" --dataset "$ds" --json --predictions "$m.locked.txt" | acc)
    # The locked model (default weight scales: per-channel) must predict exactly as int8 does.
    cmp -s "$m.locked.txt" "$m.int8-pc.txt" && same="identical" || same="DIFFERENT"
    wrong=$(for i in $(seq 1 "$WRONG_KEYS"); do "$DL" eval --model "$m.dlk" --key-file "$OUT/keys/wrong$i.key" --skip-key-check --dataset "$ds" --json | acc; done | stats)
    "$DL" lock --model "$m.safetensors" --quant none --key-file "$OUT/keys/right.key" --out "$m.f32.dlk" 2>/dev/null
    paper=$("$DL" eval --model "$m.f32.dlk" --key-file "$OUT/keys/right.key" --dataset "$ds" --json | acc)
    paper_wrong=$(for i in $(seq 1 "$WRONG_KEYS"); do "$DL" eval --model "$m.f32.dlk" --key-file "$OUT/keys/wrong$i.key" --skip-key-check --dataset "$ds" --json | acc; done | stats)
    printf "| %s | %s | %.1f s | %s | %s | %s | %s (%s) | %s | %s | %s |\n" "$ds" "$arch" "$secs" \
      "$(echo "$float" | pct)" "$(echo "$pc" | pct)" "$(echo "$pt" | pct)" "$(echo "$right" | pct)" "$same" "$wrong" "$(echo "$paper" | pct)" "$paper_wrong"
  done
done
