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

/// The rows `| offset | size | field |` of the table under `heading`: (offset cell, size, field).
fn field_rows(text: &str, heading: &str) -> Vec<(String, usize, String)> {
    let start = text.find(heading).unwrap_or_else(|| panic!("{heading} not in docs"));
    text[start..]
        .lines()
        .skip(1)
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let size = cells.get(2)?.parse().ok()?;
            Some((cells[1].to_string(), size, cells.get(3)?.to_string()))
        })
        .collect()
}

/// The rows with a plain numeric offset must tile `0..bytes` exactly, in order.
fn assert_tiles(rows: &[(String, usize, String)], bytes: usize, what: &str) {
    let mut at = 0;
    for (offset, size, field) in rows.iter().filter(|r| r.0.parse::<usize>().is_ok()) {
        assert_eq!(offset.parse::<usize>().unwrap(), at, "{what}: {field} starts after a gap or an overlap");
        at += size;
    }
    assert_eq!(at, bytes, "{what}: the fields cover {at} bytes, the block is {bytes}");
}

#[test]
fn field_tables_cover_their_blocks_exactly() {
    let text = doc();
    assert_tiles(&field_rows(&text, "### INFO"), map::INFO_BYTES, "INFO");
    assert_tiles(&field_rows(&text, "### STATUS"), map::STATUS_BYTES, "STATUS");
    let result = field_rows(&text, "### RESULT");
    assert_tiles(&result, map::RESULT_HEADER_BYTES, "RESULT header");
    assert!(result.iter().any(|r| r.0 == format!("{} + 4c", map::RESULT_HEADER_BYTES) && r.1 == 4), "RESULT logits row");
    let config = field_rows(&text, "### CONFIG");
    assert_tiles(&config, map::CONFIG_HEADER_BYTES, "CONFIG header");
    let layer: usize = config.iter().filter(|r| r.0.ends_with("+ 8l")).map(|r| r.1).sum();
    assert_eq!(layer, map::CONFIG_LAYER_BYTES, "CONFIG layer entry");
    let lock = field_rows(&text, "The lock section follows the layer table");
    assert_tiles(&lock, map::CONFIG_LOCK_BYTES, "CONFIG lock section");
    assert_eq!(lock.iter().find(|r| r.2.contains("nonce")).map(|r| r.0.as_str()), Some(map::CONFIG_NONCE_OFFSET.to_string().as_str()));
    let mode = lock.iter().find(|r| r.2.starts_with("lock mode")).expect("the mode row");
    for m in [deeplock::lock::LockMode::Paper, deeplock::lock::LockMode::Hardened { nonce: [0; 12] }] {
        assert!(mode.2.contains(&format!("{} = {}", m.code(), m.name())), "{mode:?} names {}", m.name());
    }
}

#[test]
fn config_block_sizes_in_the_text_are_the_builds() {
    let text = doc();
    let cu = deeplock::memory_map::config_bytes(4, false);
    let large = deeplock::memory_map::config_bytes(8, true);
    assert!(text.contains(&format!("({cu} on the Cu, {large} on sim-large)")), "LOAD_CONFIG sizes {cu} and {large}");
}

#[test]
fn info_fields_sit_where_the_doc_says() {
    let info = map::DeviceInfo {
        protocol_version: 0x11,
        lanes: 0x22,
        max_layers: 0x33,
        sbox_in_logic: true,
        bypass: true,
        lock_modes: map::LockModes { paper: false, hardened: true },
        weight_capacity: 0x4444_4444,
        slot_bytes: 0x5555,
        max_classes: 0x6666,
        clock_hz: 0x7777_7777,
        baud: 0x8888_8888,
        max_payload: 0x9999,
        board: "abcdef".into(),
    };
    let bytes = info.to_bytes();
    let rows = field_rows(&doc(), "### INFO");
    let field = |name: &str| -> &[u8] {
        let (offset, size, _) = rows.iter().find(|r| r.2.contains(name)).unwrap_or_else(|| panic!("INFO field {name} not in docs"));
        let offset: usize = offset.parse().unwrap();
        &bytes[offset..offset + size]
    };
    assert_eq!(field("magic"), map::INFO_MAGIC);
    assert_eq!(field("protocol version"), [0x11]);
    assert_eq!(field("lanes"), [0x22]);
    assert_eq!(field("max layers"), [0x33]);
    assert_eq!(field("flags"), [map::INFO_FLAG_SBOX_LOGIC | map::INFO_FLAG_BYPASS | map::INFO_FLAG_HARDENED_MODE | map::INFO_FLAG_NO_PAPER_MODE]);
    let flags = rows.iter().find(|r| r.2.starts_with("flags")).unwrap();
    for (bit, what) in [(map::INFO_FLAG_HARDENED_MODE, "runs hardened mode"), (map::INFO_FLAG_NO_PAPER_MODE, "does not run paper mode")] {
        assert!(flags.2.contains(&format!("bit {} = {what}", bit.trailing_zeros())), "{what} in {flags:?}");
    }
    assert_eq!(field("weight capacity"), 0x4444_4444u32.to_le_bytes());
    assert_eq!(field("slot bytes"), 0x5555u16.to_le_bytes());
    assert_eq!(field("max classes"), 0x6666u16.to_le_bytes());
    assert_eq!(field("core clock"), 0x7777_7777u32.to_le_bytes());
    assert_eq!(field("baud"), 0x8888_8888u32.to_le_bytes());
    assert_eq!(field("max frame payload"), 0x9999u16.to_le_bytes());
    assert_eq!(field("board name"), b"abcdef");
}

#[test]
fn the_numbers_in_the_text_are_the_code_constants() {
    use deeplock::protocol::{FRAME_TIMEOUT_US, LINK_COUNTERS, MAX_OUTSTANDING, MAX_PAYLOAD, MAX_WEIGHT_CHUNK, WEIGHT_OFFSET_BYTES};
    let text = doc();
    let thousands = |n: usize| if n >= 1000 { format!("{},{:03}", n / 1000, n % 1000) } else { n.to_string() };
    let words = ["zero", "one", "two", "three", "four", "five", "six"];
    for phrase in [
        format!("LEN**: payload length, at most {}", thousands(MAX_PAYLOAD)),
        format!("at most **{}** requests without a", words[MAX_OUTSTANDING]),
        format!("{} ms without a byte", FRAME_TIMEOUT_US / 1000),
        format!("{} u16 values", words[LINK_COUNTERS]),
        format!("offset (u32) + 8 .. {} bytes", thousands(MAX_WEIGHT_CHUNK)),
        format!("{} + 8k, 1 ≤ k ≤ {} ({} .. {})", WEIGHT_OFFSET_BYTES, MAX_WEIGHT_CHUNK / 8, WEIGHT_OFFSET_BYTES + 8, thousands(WEIGHT_OFFSET_BYTES + MAX_WEIGHT_CHUNK)),
        format!("LEN over {}", thousands(MAX_PAYLOAD)),
    ] {
        assert!(text.replace('\n', " ").replace("  ", " ").contains(&phrase), "docs/protocol.md should say \"{phrase}\"");
    }
}
