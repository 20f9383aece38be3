#!/usr/bin/env bash
# The README's main job (`make demo`): a model trained, locked and run on the virtual Alchitry Cu.
#
#   data → train a float 784-16-10 MLP on MNIST → a fresh key → lock as int8 (.dlk), hardened
#   → the CPU reference and the Verilated sim-large accelerator (hardened, right and wrong key)
#   → locked again in paper mode for the Cu image (paper only, for now)
#   → `deeplock-sim board` (the bitstream's Verilog under Verilator, its UART on a pty)
#   → `deeplock --port /dev/pts/N load` / `eval` with the right key, then with a wrong one.
#
# Everything lands in build/demo (DEEPLOCK_DEMO_DIR); a second run reuses the data and the trained
# model. DEMO_IMAGES sets how many test images the board evaluates (each costs ~40 ms of wall
# clock: the simulation runs at about 1/60 of the board's speed).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${DEEPLOCK_DEMO_DIR:-build/demo}
images=${DEMO_IMAGES:-1000}
mkdir -p "$work"
step() { printf '\n== %s\n' "$*"; }

step "building deeplock (with the Verilated backend) and deeplock-sim (release; the first build takes a few minutes)"
cargo build --release -q -p deeplock-cli --features sim -p deeplock-sim
bin=${CARGO_TARGET_DIR:-target}/release
deeplock=$bin/deeplock
export DEEPLOCK_DATA=${DEEPLOCK_DATA:-data}

step "datasets"
"$deeplock" data fetch

model=$work/mnist-784-16-10
if [ ! -f "$model.safetensors" ]; then
    step "training a float 784-16-10 MLP on MNIST"
    "$deeplock" train --dataset mnist --arch 784-16-10 --out "$model.safetensors"
fi

step "a fresh key (this run's test key, mode 0600) and a wrong one"
"$deeplock" keygen --force --out "$work/demo.key"
"$deeplock" keygen --force --out "$work/wrong.key"

step "locking the model as int8 in hardened mode (the default) and running it on the CPU reference"
"$deeplock" lock --model "$model.safetensors" --quant int8 --dataset mnist --key-file "$work/demo.key" --out "$model.hardened.dlk"
"$deeplock" inspect "$model.hardened.dlk"
"$deeplock" eval --model "$model.hardened.dlk" --key-file "$work/demo.key" --dataset mnist --json > "$work/cpu-hardened.json"
cat "$work/cpu-hardened.json"

step "the hardened model through the RTL: the Verilated sim-large accelerator (runs both lock modes), right and wrong key"
"$deeplock" eval --backend sim --sim-config sim-large --model "$model.hardened.dlk" --key-file "$work/demo.key" --dataset mnist --json > "$work/sim-hardened-right.json"
cat "$work/sim-hardened-right.json"
"$deeplock" eval --backend sim --sim-config sim-large --model "$model.hardened.dlk" --key-file "$work/wrong.key" --skip-key-check --dataset mnist --json > "$work/sim-hardened-wrong.json"
cat "$work/sim-hardened-wrong.json"

step "locking it in paper mode for the board (the Alchitry Cu image runs paper mode only, for now)"
"$deeplock" lock --mode paper --model "$model.safetensors" --quant int8 --dataset mnist --key-file "$work/demo.key" --out "$model.dlk"
"$deeplock" inspect "$model.dlk"

step "the CPU reference (all 2,004 test images)"
"$deeplock" eval --model "$model.dlk" --key-file "$work/demo.key" --dataset mnist --json > "$work/cpu.json"
cat "$work/cpu.json"

step "starting the virtual board"
rm -f "$work/board.out"
"$bin/deeplock-sim" board > "$work/board.out" 2> "$work/board.log" &
board_pid=$!
trap 'kill "$board_pid" 2>/dev/null || true; wait "$board_pid" 2>/dev/null || true' EXIT
port=
for _ in $(seq 100); do
    port=$(head -n 1 "$work/board.out" 2>/dev/null || true)
    [ -n "$port" ] && break
    kill -0 "$board_pid" 2>/dev/null || { cat "$work/board.log" >&2; echo "demo: the virtual board did not start" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "demo: the virtual board printed no port within 10 s" >&2; exit 1; }
export DEEPLOCK_PORT=$port
"$deeplock" info

step "on the board with the right key ($images test images)"
"$deeplock" load --model "$model.dlk" --key-file "$work/demo.key"
"$deeplock" eval --dataset mnist --limit "$images" --json > "$work/board-right.json"
cat "$work/board-right.json"

step "on the board with a wrong key ($images test images)"
"$deeplock" load --model "$model.dlk" --key-file "$work/wrong.key" --skip-key-check
"$deeplock" eval --dataset mnist --limit "$images" --json > "$work/board-wrong.json"
cat "$work/board-wrong.json"

step "summary"
# One number from the flat JSON object eval prints ("-" when absent).
field() { sed -n "s/.*\"$2\":\([-0-9.e]*\).*/\1/p" "$work/$1" | grep . || echo -; }
row() {
    awk -v name="$1" -v n="$(field "$2" samples)" -v acc="$(field "$2" accuracy)" \
        -v rate="$(field "$2" inferences_per_second)" -v link="$(field "$2" link_utilization)" 'BEGIN {
        printf "%-36s %6s %8.2f%% %13s %9s\n", name, n, 100 * acc,
            rate == "-" ? "-" : sprintf("%.0f", rate), link == "-" ? "-" : sprintf("%.1f%%", 100 * link) }'
}
printf '%-36s %6s %9s %13s %9s\n' "run (lock mode)" images accuracy inferences/s "link use"
row "CPU reference, right key (paper)" cpu.json
row "CPU reference, right key (hardened)" cpu-hardened.json
row "sim-large RTL, right key (hardened)" sim-hardened-right.json
row "sim-large RTL, wrong key (hardened)" sim-hardened-wrong.json
row "virtual board, right key (paper)" board-right.json
row "virtual board, wrong key (paper)" board-wrong.json
echo "inferences/s and link use are in board time (60 MHz core, 12 Mbaud UART): what the Cu would do;"
echo "the sim-large rows are the accelerator core alone (8 lanes, no link)."
