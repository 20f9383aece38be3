//! docs/protocol.md mirrors the constants of `deeplock::protocol` and `deeplock::memory_map`;
//! this test fails when the two drift apart.

use deeplock::memory_map as map;
use deeplock::protocol::{Command, ErrorCode};

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/protocol.md")).unwrap()
}

/// Rows of markdown tables whose first cell is a `0x..` code: (code, second cell).
fn code_rows(text: &str) -> Vec<(u32, String)> {
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let code = cells.get(1)?.trim_matches('`').split_whitespace().next()?;
            let hex = code.strip_prefix("0x")?.replace('_', "");
            Some((u32::from_str_radix(&hex, 16).ok()?, cells.get(2)?.to_string()))
        })
        .collect()
}

#[test]
fn command_and_error_tables_match_the_code() {
    let rows = code_rows(&doc());
    for c in Command::ALL {
        assert!(rows.contains(&(c as u32, c.name().to_string())), "command {} ({:#04x}) missing from docs", c.name(), c as u8);
    }
    for e in ErrorCode::ALL {
        assert!(rows.contains(&(e as u32, e.name().to_string())), "error {} ({:#04x}) missing from docs", e.name(), e as u8);
    }
}

#[test]
fn memory_map_table_matches_the_code() {
    let text = doc();
    let region = |name: &str| -> u32 {
        let line = text.lines().find(|l| l.contains(&format!("**{name}**"))).unwrap_or_else(|| panic!("{name} not in docs"));
        let cell = line.split('|').nth(1).unwrap().trim().trim_matches('`');
        let hex = cell.split_whitespace().next().unwrap().trim_matches('`').trim_start_matches("0x").replace('_', "");
        u32::from_str_radix(&hex, 16).unwrap()
    };
    for (name, addr) in [
        ("WEIGHTS", map::WEIGHTS_BASE),
        ("INFO", map::INFO_BASE),
        ("STATUS", map::STATUS_BASE),
        ("KEY", map::KEY_BASE),
        ("KEY_COMMIT", map::KEY_COMMIT),
        ("KEY_CLEAR", map::KEY_CLEAR),
        ("KEY_DISCARD", map::KEY_DISCARD),
        ("CONFIG", map::CONFIG_BASE),
        ("CONFIG_COMMIT", map::CONFIG_COMMIT),
        ("INPUT", map::INPUT_BASE),
        ("RUN", map::RUN),
        ("RESULT", map::RESULT_BASE),
    ] {
        assert_eq!(region(name), addr, "{name}");
    }
}

#[test]
fn crc_table_matches_the_algorithms_in_use() {
    use deeplock::format::CRC32;
    use deeplock::protocol::{FRAME_CRC_ALGORITHM, HEADER_CRC_ALGORITHM};
    let text = doc();
    let row = |name: &str| -> Vec<String> {
        let line = text.lines().find(|l| l.contains(&format!("| {name} |"))).unwrap_or_else(|| panic!("{name} not in the CRC table"));
        line.split('|').map(|c| c.trim().trim_matches('`').to_lowercase()).filter(|c| !c.is_empty()).collect()
    };
    let hex = |v: u64| format!("0x{v:0x}");
    let expect = |name: &str, width: u8, poly: u64, init: u64, refin: bool, refout: bool, xorout: u64, check: u64| {
        let cells = row(name);
        let want = [width.to_string(), hex(poly), hex(init), refin.to_string(), refout.to_string(), hex(xorout), hex(check)];
        let got: Vec<String> = cells[2..9].iter().map(|c| c.trim_start_matches("0x").trim_start_matches('0').to_string()).collect();
        let want: Vec<String> = want.iter().map(|c| c.trim_start_matches("0x").trim_start_matches('0').to_string()).collect();
        assert_eq!(got, want, "{name} row of docs/protocol.md");
    };
    let h = HEADER_CRC_ALGORITHM;
    expect("CRC-8/SMBUS", h.width, h.poly.into(), h.init.into(), h.refin, h.refout, h.xorout.into(), h.check.into());
    let f = FRAME_CRC_ALGORITHM;
    expect("CRC-16/IBM-3740", f.width, f.poly.into(), f.init.into(), f.refin, f.refout, f.xorout.into(), f.check.into());
    let c = CRC32.algorithm;
    expect("CRC-32/ISO-HDLC", c.width, c.poly.into(), c.init.into(), c.refin, c.refout, c.xorout.into(), c.check.into());
}
