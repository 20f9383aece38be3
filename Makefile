# The two commands of the README. Each installs missing system packages first (scripts/setup.sh).
.PHONY: demo test setup bench check-image

setup:
	@bash scripts/setup.sh

# The main job: the end-to-end demo (see README, "Quick start").
demo: setup
	@bash scripts/demo.sh

# Every test of the workspace, in release (the hardware simulations need the speed), with the
# CLI's Verilated backend and virtual-board tests (feature deeplock-cli/sim).
test: setup
	cargo test --workspace --release --features deeplock-cli/sim

bench: setup
	cargo bench -p deeplock --bench lock_throughput

# The committed Alchitry Cu image without a rebuild: sha256 against its report, icetime at 60 MHz
# with 10% slack (also part of `make test`).
check-image: setup
	cargo test -p deeplock-flow --release --test committed_image
