//! Builds a Verilator model of every top in `deeplock_flow::sim_tops::all()` and a typed Rust
//! binding for each:
//!
//! 1. the Verilog comes from `deeplock-hdl` (a build-dependency), the same text synthesis reads;
//! 2. `verilator --cc` turns it into C++ in OUT_DIR, with `--trace` only under the feature
//!    `trace`: a model that can trace is 20-30% slower even with no trace open, and the build
//!    takes several times as long (docs/simulation.md); without it the shim's trace calls do
//!    nothing and `Clocked` refuses to trace, naming the feature;
//! 3. an `extern "C"` shim (generated from the top's port list) gives Rust create/eval/trace and
//!    one setter or getter per port; the `cc` crate compiles shim, model and Verilator runtime;
//! 4. `bindings.rs` (included by src/verilated.rs, the crate's only unsafe code) wraps the shim.
//!
//! Verilator 5 is required (Debian 12 ships 5.006); without it the build stops with one message
//! saying how to install it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALL_HINT: &str = "install it with `sudo apt-get install verilator` (or run `make setup`)";

/// One port of a top module.
struct Port {
    name: String,
    input: bool,
    width: usize,
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../hdl/src");
    println!("cargo:rerun-if-changed=../flow/src");
    println!("cargo:rerun-if-changed=../spec/src");
    println!("cargo:rerun-if-env-changed=VERILATOR");

    let verilator = std::env::var("VERILATOR").unwrap_or_else(|_| "verilator".into());
    let root = verilator_root(&verilator);
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let trace = std::env::var_os("CARGO_FEATURE_TRACE").is_some();

    let mut build = cc::Build::new();
    build
        .cpp(true)
        .opt_level(2) // the model's speed matters even in debug and test builds
        .debug(false) // debug info for the generated C++ doubles its compile time and helps no one
        .std("c++17")
        .warnings(false)
        .include(root.join("include"))
        .include(root.join("include/vltstd"))
        .define("VM_TRACE", if trace { "1" } else { "0" })
        .define("VM_TRACE_VCD", if trace { "1" } else { "0" })
        .define("VM_TRACE_FST", "0")
        .define("VM_COVERAGE", "0")
        .define("VM_SC", "0")
        .flag("-Wno-unused-parameter");
    for runtime in ["verilated.cpp", "verilated_threads.cpp"] {
        build.file(root.join("include").join(runtime));
    }
    if trace {
        build.file(root.join("include/verilated_vcd_c.cpp"));
    }

    let mut bindings = String::new();
    for top in deeplock_flow::sim_tops::all() {
        let dir = out.join(top.name);
        std::fs::create_dir_all(&dir).unwrap();
        let verilog = dir.join(format!("{}.v", top.name));
        std::fs::write(&verilog, &top.verilog).unwrap();
        let prefix = format!("V{}", top.name);
        run_verilator(&verilator, &verilog, &prefix, &dir, trace);
        let ports = top_ports(&top.verilog);
        let shim = dir.join(format!("{}_shim.cpp", top.name));
        std::fs::write(&shim, shim_source(top.name, &prefix, &ports)).unwrap();
        build.include(&dir).file(&shim);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "cpp") && path != shim {
                build.file(path);
            }
        }
        bindings.push_str(&rust_binding(top.name, &ports));
    }
    build.compile("deeplock_verilated");
    std::fs::write(out.join("bindings.rs"), bindings).unwrap();
}

/// Checks Verilator is there and new enough; returns its VERILATOR_ROOT.
fn verilator_root(verilator: &str) -> PathBuf {
    let version = Command::new(verilator).arg("--version").output();
    let version = match version {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        _ => panic!("\n\ndeeplock-sim needs Verilator 5 and `{verilator}` was not found: {INSTALL_HINT}\n\n"),
    };
    let major: u32 = version.split_whitespace().nth(1).and_then(|v| v.split('.').next()).and_then(|m| m.parse().ok()).unwrap_or(0);
    if major < 5 {
        panic!("\n\ndeeplock-sim needs Verilator 5 or newer; found {}: {INSTALL_HINT}\n\n", version.trim());
    }
    let root = Command::new(verilator).args(["--getenv", "VERILATOR_ROOT"]).output().expect("verilator --getenv");
    PathBuf::from(String::from_utf8_lossy(&root.stdout).trim())
}

fn run_verilator(verilator: &str, verilog: &Path, prefix: &str, dir: &Path, trace: bool) {
    // Files of an earlier run with other options (`--trace` before it became a feature) would
    // be compiled with this one's: start clean.
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)) {
            std::fs::remove_file(path).unwrap();
        }
    }
    let output = Command::new(verilator)
        .args(["--cc", "-O3", "--x-assign", "fast", "--x-initial", "fast", "--noassert"])
        // Lint is a test of its own (deeplock-hdl); here any warning would only stop the build.
        .args(trace.then_some("--trace"))
        .args(["-Wno-fatal", "-Wno-lint", "-Wno-style", "--top-module", "top", "--prefix", prefix, "--Mdir"])
        .arg(dir)
        .arg(verilog)
        .output()
        .expect("running verilator");
    if !output.status.success() {
        panic!("verilator failed on {}:\n{}", verilog.display(), String::from_utf8_lossy(&output.stderr));
    }
}

/// The ports of module `top`, from the `input`/`output` declarations rust-hdl writes.
fn top_ports(verilog: &str) -> Vec<Port> {
    let start = verilog.find("module top(").expect("a module named top");
    let body = &verilog[start..start + verilog[start..].find("endmodule").unwrap()];
    body.lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.trim().trim_end_matches(';').split_whitespace().collect();
            let input = match words.first()? {
                &"input" => true,
                &"output" => false,
                _ => return None,
            };
            let width = words
                .iter()
                .find_map(|w| w.strip_prefix('[').and_then(|r| r.strip_suffix(":0]")).and_then(|msb| msb.parse::<usize>().ok()))
                .map_or(1, |msb| msb + 1);
            Some(Port { name: words.last()?.to_string(), input, width })
        })
        .collect()
}

/// Verilator's C++ member name for a Verilog identifier (`$` is escaped).
fn cpp_name(name: &str) -> String {
    name.replace('$', "__024")
}

fn rust_name(name: &str) -> String {
    name.replace('$', "_")
}

fn camel(name: &str) -> String {
    name.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

fn shim_source(name: &str, prefix: &str, ports: &[Port]) -> String {
    let mut s = format!(
        r#"#include "{prefix}.h"
#include "verilated.h"
#if VM_TRACE
#include "verilated_vcd_c.h"
#else
class VerilatedVcdC;
#endif
#include <cstdint>
#include <cstring>

namespace {{
struct Model {{
    VerilatedContext context;
    {prefix}* top;
    VerilatedVcdC* trace = nullptr;
}};
}}

extern "C" {{
void* {name}_new() {{
    Model* m = new Model;
#if VM_TRACE
    m->context.traceEverOn(true);
#endif
    m->top = new {prefix}(&m->context, "top");
    return m;
}}
void {name}_delete(void* p) {{
    Model* m = static_cast<Model*>(p);
#if VM_TRACE
    if (m->trace) {{ m->trace->close(); delete m->trace; }}
#endif
    m->top->final();
    delete m->top;
    delete m;
}}
void {name}_eval(void* p) {{ static_cast<Model*>(p)->top->eval(); }}
#if VM_TRACE
void {name}_trace_open(void* p, const char* path) {{
    Model* m = static_cast<Model*>(p);
    if (m->trace) return;
    m->trace = new VerilatedVcdC;
    m->top->trace(m->trace, 99);
    m->trace->open(path);
}}
void {name}_trace_dump(void* p, uint64_t time) {{
    Model* m = static_cast<Model*>(p);
    if (m->trace) m->trace->dump(time);
}}
void {name}_trace_flush(void* p) {{
    Model* m = static_cast<Model*>(p);
    if (m->trace) m->trace->flush();
}}
#else
void {name}_trace_open(void*, const char*) {{}}
void {name}_trace_dump(void*, uint64_t) {{}}
void {name}_trace_flush(void*) {{}}
#endif
"#
    );
    for port in ports {
        let (c, r) = (cpp_name(&port.name), rust_name(&port.name));
        if port.width <= 64 {
            if port.input {
                writeln!(s, "void {name}_set_{r}(void* p, uint64_t v) {{ static_cast<Model*>(p)->top->{c} = v; }}").unwrap();
            } else {
                writeln!(s, "uint64_t {name}_get_{r}(void* p) {{ return static_cast<Model*>(p)->top->{c}; }}").unwrap();
            }
        } else {
            let words = port.width.div_ceil(32);
            if port.input {
                writeln!(s, "void {name}_set_{r}(void* p, const uint32_t* v) {{ for (int i = 0; i < {words}; i++) static_cast<Model*>(p)->top->{c}[i] = v[i]; }}").unwrap();
            } else {
                writeln!(s, "void {name}_get_{r}(void* p, uint32_t* v) {{ for (int i = 0; i < {words}; i++) v[i] = static_cast<Model*>(p)->top->{c}[i]; }}").unwrap();
            }
        }
    }
    s.push_str("}\n");
    s
}

fn rust_binding(name: &str, ports: &[Port]) -> String {
    let ty = camel(name);
    let mut externs = String::new();
    let mut methods = String::new();
    for port in ports {
        let r = rust_name(&port.name);
        let doc = format!("/// Port `{}` ({} bit{}).", port.name, port.width, if port.width == 1 { "" } else { "s" });
        match (port.input, port.width <= 64) {
            (true, true) => {
                writeln!(externs, "    fn {name}_set_{r}(p: *mut c_void, v: u64);").unwrap();
                writeln!(methods, "    {doc}\n    pub fn set_{r}(&mut self, v: u64) {{ unsafe {{ {name}_set_{r}(self.raw.as_ptr(), v) }} }}").unwrap();
            }
            (false, true) => {
                writeln!(externs, "    fn {name}_get_{r}(p: *mut c_void) -> u64;").unwrap();
                writeln!(methods, "    {doc}\n    pub fn {r}(&self) -> u64 {{ unsafe {{ {name}_get_{r}(self.raw.as_ptr()) }} }}").unwrap();
            }
            (true, false) => {
                let words = port.width.div_ceil(32);
                writeln!(externs, "    fn {name}_set_{r}(p: *mut c_void, v: *const u32);").unwrap();
                writeln!(methods, "    {doc}\n    pub fn set_{r}(&mut self, v: &[u32; {words}]) {{ unsafe {{ {name}_set_{r}(self.raw.as_ptr(), v.as_ptr()) }} }}").unwrap();
            }
            (false, false) => {
                let words = port.width.div_ceil(32);
                writeln!(externs, "    fn {name}_get_{r}(p: *mut c_void, v: *mut u32);").unwrap();
                writeln!(methods, "    {doc}\n    pub fn {r}(&self) -> [u32; {words}] {{ let mut v = [0; {words}]; unsafe {{ {name}_get_{r}(self.raw.as_ptr(), v.as_mut_ptr()) }}; v }}").unwrap();
            }
        }
    }
    format!(
        r#"
extern "C" {{
    fn {name}_new() -> *mut c_void;
    fn {name}_delete(p: *mut c_void);
    fn {name}_eval(p: *mut c_void);
    fn {name}_trace_open(p: *mut c_void, path: *const c_char);
    fn {name}_trace_dump(p: *mut c_void, time: u64);
    fn {name}_trace_flush(p: *mut c_void);
{externs}}}

/// The Verilated `{name}` top. Every port has a setter (inputs) or a getter (outputs);
/// nothing changes until [`Model::eval`].
pub struct {ty} {{
    raw: NonNull<c_void>,
}}

// The model is plain C++ state owned by this handle; it may move between threads.
unsafe impl Send for {ty} {{}}

impl {ty} {{
    pub fn new() -> Self {{
        let raw = NonNull::new(unsafe {{ {name}_new() }}).expect("Verilator model allocation");
        {ty} {{ raw }}
    }}
{methods}}}

impl Default for {ty} {{
    fn default() -> Self {{
        Self::new()
    }}
}}

impl Drop for {ty} {{
    fn drop(&mut self) {{
        unsafe {{ {name}_delete(self.raw.as_ptr()) }}
    }}
}}

impl Model for {ty} {{
    fn eval(&mut self) {{
        unsafe {{ {name}_eval(self.raw.as_ptr()) }}
    }}
    fn set_clock(&mut self, high: bool) {{
        self.set_clock(high as u64)
    }}
    fn open_trace(&mut self, path: &std::ffi::CStr) {{
        unsafe {{ {name}_trace_open(self.raw.as_ptr(), path.as_ptr()) }}
    }}
    fn dump_trace(&mut self, time: u64) {{
        unsafe {{ {name}_trace_dump(self.raw.as_ptr(), time) }}
    }}
    fn flush_trace(&mut self) {{
        unsafe {{ {name}_trace_flush(self.raw.as_ptr()) }}
    }}
}}
"#
    )
}
