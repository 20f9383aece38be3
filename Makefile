# The two commands of the README. Each installs missing system packages first (scripts/setup.sh).
.PHONY: demo test setup bench

setup:
	@bash scripts/setup.sh

# The main job: the end-to-end demo (see README, "Quick start").
demo: setup
	@bash scripts/demo.sh

# Every test of the workspace, in release (the hardware simulations need the speed).
test: setup
	cargo test --workspace --release

bench: setup
	cargo bench -p deeplock --bench lock_throughput
