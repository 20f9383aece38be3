//! A simple dual-port memory (one write port, one registered read port, one clock) of any
//! depth, written so yosys maps it onto iCE40 block RAM (SB_RAM40_4K) with no extra logic.
//!
//! rust-hdl's `RAM` has a power-of-two depth (a 3,328-word weight memory would take 32 block RAMs
//! instead of 26) and makes yosys add read-during-write bypass flip-flops. Here a read of the
//! address being written returns either value: callers never do that.

use std::collections::BTreeMap;

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct BlockRam<D: Synth, const A: usize> {
    pub clock: Signal<In, Clock>,
    /// Word to read; `read_data` shows it after the next clock edge.
    pub read_address: Signal<In, Bits<A>>,
    /// The word at the `read_address` of the previous clock edge.
    pub read_data: Signal<Out, D>,
    /// Word to write when `write_enable`.
    pub write_address: Signal<In, Bits<A>>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, Bit>,
    _depth: usize,
    _contents: BTreeMap<u64, D>,
}

impl<D: Synth, const A: usize> BlockRam<D, A> {
    /// A memory of `depth` words (at most 2^A); addresses past the end read as zero and
    /// ignore writes.
    pub fn new(depth: usize) -> Self {
        assert!(depth > 0 && depth <= 1 << A, "depth {depth} does not fit {A} address bits");
        BlockRam {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _depth: depth,
            _contents: BTreeMap::new(),
        }
    }
}

impl<D: Synth, const A: usize> Logic for BlockRam<D, A> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let read = self.read_address.val().index() as u64;
            self.read_data.next = self._contents.get(&read).copied().unwrap_or_default();
            let write = self.write_address.val().index();
            if self.write_enable.val() && write < self._depth {
                self._contents.insert(write as u64, self.write_data.val());
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        let last = self._depth - 1;
        // Index the array with exactly the bits its depth needs (the range check uses them all).
        let index = |port: &str| {
            let bits = (usize::BITS - last.leading_zeros()).max(1) as usize;
            if bits == A {
                port.to_string()
            } else {
                format!("{port}[{}:0]", bits - 1)
            }
        };
        if self._depth == 1 << A {
            // Every address is in range.
            return Verilog::Custom(format!(
                "(* no_rw_check *) reg [{msb}:0] mem [0:{last}];
always @(posedge clock) begin
    read_data <= mem[read_address];
    if (write_enable) mem[write_address] <= write_data;
end",
                msb = D::BITS - 1,
            ));
        }
        Verilog::Custom(format!(
            "(* no_rw_check *) reg [{msb}:0] mem [0:{last}];
always @(posedge clock) begin
    read_data <= (read_address <= {last}) ? mem[{read}] : {bits}'d0;
    if (write_enable && write_address <= {last}) mem[{write}] <= write_data;
end",
            msb = D::BITS - 1,
            bits = D::BITS,
            read = index("read_address"),
            write = index("write_address"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_then_reads_with_one_clock_latency() {
        let mut ram = BlockRam::<Bits<32>, 12>::new(3328);
        ram.connect_all();
        let clock = |r: &mut BlockRam<Bits<32>, 12>| {
            assert!(simulate(r, 100));
            r.clock.next = true.into();
            assert!(simulate(r, 100));
            r.clock.next = false.into();
            assert!(simulate(r, 100));
        };
        for a in (0..3400u64).step_by(7) {
            ram.write_enable.next = true;
            ram.write_address.next = a.to_bits();
            ram.write_data.next = (a * 1000 + 1).to_bits();
            clock(&mut ram);
        }
        ram.write_enable.next = false;
        for a in (0..3400u64).step_by(7) {
            ram.read_address.next = a.to_bits();
            clock(&mut ram);
            let expected = if a < 3328 { a * 1000 + 1 } else { 0 };
            assert_eq!(ram.read_data.val().to_u64(), expected, "address {a}");
        }
    }

    #[test]
    fn maps_to_26_block_rams_for_the_cu_weight_memory() {
        let mut ram = BlockRam::<Bits<32>, 12>::new(3328);
        ram.connect_all();
        let verilog = generate_verilog(&ram);
        crate::testing::lint("block_ram", &verilog);
        let dir = std::env::temp_dir().join(format!("deeplock-block-ram-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("top.v"), verilog).unwrap();
        let out = std::process::Command::new("yosys")
            .current_dir(&dir)
            .args(["-q", "-p", "synth_ice40 -top top; tee -o stat.txt stat", "top.v"])
            .output()
            .expect("yosys is installed");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let stat = std::fs::read_to_string(dir.join("stat.txt")).unwrap();
        let rams: usize = stat.lines().find(|l| l.contains("SB_RAM40_4K")).and_then(|l| l.split_whitespace().last()?.parse().ok()).unwrap_or(0);
        assert_eq!(rams, 26, "{stat}");
        // Only the registered bank select of the read multiplexer (4 bits for 13 banks) and the
        // out-of-range flag: read-during-write bypass logic would add dozens.
        let flops: usize = stat.lines().filter(|l| l.trim_start().starts_with("SB_DFF")).filter_map(|l| l.split_whitespace().last()?.parse::<usize>().ok()).sum();
        assert!(flops <= 6, "unexpected registers around the block RAMs:\n{stat}");
    }
}
