//! Test helpers: direct clock stepping, Verilog lint, and running generated Verilog in iverilog.

use std::path::PathBuf;
use std::process::Command;

use rust_hdl::prelude::*;

/// One clock cycle by direct stepping (rust-hdl's threaded `Simulation` is ~80x slower): settle
/// the inputs set since the last cycle with the clock low, then a rising and a falling edge.
/// Inputs never change in the same `simulate` call as the edge, which would race.
#[cfg_attr(not(test), allow(unused_macros))]
macro_rules! cycle {
    ($uut:expr) => {{
        assert!(rust_hdl::prelude::simulate(&mut $uut, 200), "inputs did not settle");
        $uut.clock.next = true.into();
        assert!(rust_hdl::prelude::simulate(&mut $uut, 200), "rising edge did not settle");
        $uut.clock.next = false.into();
        assert!(rust_hdl::prelude::simulate(&mut $uut, 200), "falling edge did not settle");
    }};
}
#[cfg_attr(not(test), allow(unused_imports))]
pub(crate) use cycle;

/// Settles combinational logic after inputs changed (e.g. to read a `ready` that depends on them).
pub fn settle<B: Block>(uut: &mut B) {
    assert!(simulate(uut, 200), "inputs did not settle");
}

/// A scratch directory per test and process (the machine and /tmp are shared).
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("deeplock-hdl-{}", std::process::id())).join(name);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// `yosys_validate` (latches, undriven and implicit wires) and `verilator --lint-only -Wall`.
/// The waivers are in `hdl/verilator-lint.vlt`, each with its reason.
pub fn lint(name: &str, verilog: &str) {
    if let Err(e) = yosys_validate(&format!("deeplock-hdl-{}-{name}", std::process::id()), verilog) {
        panic!("{name}: yosys_validate failed: {e:?}");
    }
    let dir = scratch_dir(name);
    let file = dir.join("top.v");
    std::fs::write(&file, verilog).expect("write Verilog");
    let waivers = concat!(env!("CARGO_MANIFEST_DIR"), "/verilator-lint.vlt");
    let output = Command::new("verilator")
        .args(["--lint-only", "-Wall", "--top-module", "top", waivers])
        .arg(&file)
        .output()
        .expect("verilator is installed (apt-get install verilator)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.trim().is_empty(), "{name}: verilator lint:\n{stderr}");
}

/// Compiles `design` with the Verilog `testbench` (module `tb`) in iverilog and returns stdout.
pub fn iverilog(name: &str, design: &str, testbench: &str) -> String {
    let dir = scratch_dir(name);
    std::fs::write(dir.join("top.v"), design).expect("write design");
    std::fs::write(dir.join("tb.v"), testbench).expect("write testbench");
    let compile = Command::new("iverilog")
        .current_dir(&dir)
        .args(["-g2005", "-s", "tb", "-o", "sim.vvp", "tb.v", "top.v"])
        .output()
        .expect("iverilog is installed (apt-get install iverilog)");
    assert!(compile.status.success(), "{name}: iverilog:\n{}", String::from_utf8_lossy(&compile.stderr));
    let run = Command::new("vvp").current_dir(&dir).args(["-n", "sim.vvp"]).output().expect("vvp runs");
    assert!(run.status.success(), "{name}: vvp:\n{}", String::from_utf8_lossy(&run.stderr));
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// Runs a 2-byte `Sbox` top through all 256 inputs (byte 1 gets 255 - x) and returns the outputs.
pub fn iverilog_sbox_sweep(name: &str, design: &str) -> Vec<u16> {
    let testbench = r#"
module tb;
    reg clock = 0;
    reg enable = 1;
    reg [15:0] data_in;
    wire [15:0] data_out;
    integer x;
    top uut(.clock(clock), .enable(enable), .data_in(data_in), .data_out(data_out));
    initial begin
        for (x = 0; x < 256; x = x + 1) begin
            data_in = {8'd255 - x[7:0], x[7:0]};
            #1 clock = 1;
            #1 clock = 0;
            $display("%h", data_out);
        end
        $finish;
    end
endmodule
"#;
    let stdout = iverilog(name, design, testbench);
    let outputs: Vec<u16> = stdout.lines().filter_map(|l| u16::from_str_radix(l.trim(), 16).ok()).collect();
    assert_eq!(outputs.len(), 256, "{name}: iverilog printed:\n{stdout}");
    outputs
}
