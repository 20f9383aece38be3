#!/usr/bin/env bash
# Installs the system packages Deep-Lock needs, if they are missing, on Debian/Ubuntu.
# Tool versions this project is tested with (Debian 12): verilator 5.006, yosys 0.23,
# nextpnr-ice40 0.4, fpga-icestorm 2023-02-18 (with fpga-icestorm-chipdb, which icetime needs),
# iverilog 11.0, node 20 / npm 9+, rustc 1.80+.
set -euo pipefail

# command -> Debian package that provides it
declare -A PACKAGE_OF=(
  [verilator]=verilator
  [yosys]=yosys
  [nextpnr-ice40]=nextpnr-ice40
  [icepack]=fpga-icestorm
  [iverilog]=iverilog
  [npm]=npm
  [g++]=g++
  [make]=make
  [python3]=python3
)

missing=()
for cmd in "${!PACKAGE_OF[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$cmd]}")
done
# icetime (the bitstream flow's second timing check, and the committed image's test) needs the
# chip database, which is only a Recommends of fpga-icestorm: --no-install-recommends skips it.
[ -f /usr/share/fpga-icestorm/chipdb/chipdb-8k.txt ] || missing+=(fpga-icestorm-chipdb)
# numpy is only used by the test that imports a model written by another tool; Debian's
# package serves /usr/bin/python3, which may not be the first python3 on PATH.
python3 -c 'import numpy' >/dev/null 2>&1 || /usr/bin/python3 -c 'import numpy' >/dev/null 2>&1 ||
  missing+=(python3-numpy)

if ((${#missing[@]})); then
  echo "setup: installing missing system packages: ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt_get=(apt-get)
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt_get=(sudo apt-get)
  else
    echo "setup: these packages are missing and I am not root (and sudo needs a password):" >&2
    echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    echo "setup: run that, then run this command again." >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: no apt-get here; install these with your package manager: ${missing[*]}" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup: installed ${missing[*]}" >&2
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: no Rust toolchain found. Install one with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
rust_minor=$(rustc --version | sed -E 's/^rustc 1\.([0-9]+).*/\1/')
if [ "${rust_minor:-0}" -lt 80 ]; then
  echo "setup: rustc $(rustc --version) is too old; this project needs 1.80 or newer (rustup update)." >&2
  exit 1
fi
