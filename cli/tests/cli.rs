//! The `deeplock` binary end to end: exit codes, messages, and outputs checked against an
//! independent implementation of the key-stream definition.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use deeplock::format::{Activation, LayerDesc, LockedModel};
use deeplock::layout::{int8_row_bytes, Precision};
use deeplock::sbox::SBOX;
use deeplock::MasterKey;
use rand::{Rng, SeedableRng};

const FIPS_KEY: &str = "2b7e151628aed2a6abf7158809cf4f3c";

fn deeplock(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deeplock")).args(args).env_remove("DEEPLOCK_KEY").output().unwrap()
}

fn key_file(dir: &Path, name: &str, hex: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{hex}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

/// The key expansion written as in FIPS-197 §5.2, sharing no code with the library: the whole
/// array w[0..4+n] is built, Rcon from a literal table extended by doubling.
fn textbook_words(key: &[u8; 16], n: usize) -> Vec<u32> {
    let mut rcon = vec![0x01u8, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36];
    while rcon.len() < n / 4 + 2 {
        let last = *rcon.last().unwrap();
        rcon.push(if last & 0x80 != 0 { (last << 1) ^ 0x1b } else { last << 1 });
    }
    let mut w: Vec<[u8; 4]> = key.chunks(4).map(|c| [c[0], c[1], c[2], c[3]]).collect();
    for i in 4..4 + n {
        let mut temp = w[i - 1];
        if i % 4 == 0 {
            temp = [temp[1], temp[2], temp[3], temp[0]].map(|b| SBOX[b as usize]);
            temp[0] ^= rcon[i / 4 - 1];
        }
        let prev = w[i - 4];
        w.push([0, 1, 2, 3].map(|j| prev[j] ^ temp[j]));
    }
    w[4..].iter().map(|b| u32::from_be_bytes(*b)).collect()
}

fn stdout_words(out: &Output) -> Vec<u32> {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| u32::from_str_radix(l, 16).unwrap()).collect()
}

fn assert_one_line_error(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "expected failure, stderr: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "not one line: {stderr}");
    assert!(stderr.contains(needle), "{stderr:?} does not mention {needle:?}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn keystream_fips197() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path(), "fips.key", FIPS_KEY);
    let words = stdout_words(&deeplock(&["keystream", "--key-file", key.to_str().unwrap(), "--words", "40"]));
    assert_eq!(words.len(), 40);
    assert_eq!(words[0], 0xa0fafe17);
    assert_eq!(words[3], 0x2a6c7605);
    assert_eq!(words[39], 0xb6630ca6);
    let text = String::from_utf8(deeplock(&["keystream", "--key-file", key.to_str().unwrap(), "--words", "1"]).stdout).unwrap();
    assert_eq!(text, "a0fafe17\n");
}

#[test]
fn keystream_matches_textbook_for_random_keys_and_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(42);
    for i in 0..4 {
        let key: [u8; 16] = rng.gen();
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        let path = key_file(dir.path(), &format!("k{i}"), &hex);
        let expected = textbook_words(&key, 5000);
        let got = stdout_words(&deeplock(&["keystream", "--key-file", path.to_str().unwrap(), "--words", "5000"]));
        assert_eq!(got, expected, "key {i}");
        let offset = rng.gen_range(0..4000usize);
        let tail = stdout_words(&deeplock(&["keystream", "--key-file", path.to_str().unwrap(), "--words", "100", "--offset", &offset.to_string()]));
        assert_eq!(tail, expected[offset..offset + 100]);
    }
}

#[test]
fn raw_lock_unlock_round_trip_and_definition() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path(), "k", "00112233445566778899aabbccddeeff");
    let input = dir.path().join("in.bin");
    let data: Vec<u8> = (0..300_001u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    std::fs::write(&input, &data).unwrap();
    let (locked, back) = (dir.path().join("locked"), dir.path().join("back"));
    let k = key.to_str().unwrap();
    assert!(deeplock(&["lock", "--raw", "--mode", "paper", "--key-file", k, input.to_str().unwrap(), locked.to_str().unwrap()]).status.success());
    assert!(deeplock(&["unlock", "--raw", "--mode", "paper", "--key-file", k, locked.to_str().unwrap(), back.to_str().unwrap()]).status.success());
    assert_eq!(std::fs::read(&back).unwrap(), data);

    let key_bytes: [u8; 16] = MasterKey::from_hex("00112233445566778899aabbccddeeff").unwrap().bytes().to_owned();
    let stream: Vec<u8> = textbook_words(&key_bytes, data.len() / 4 + 1).iter().flat_map(|w| w.to_be_bytes()).collect();
    let locked = std::fs::read(&locked).unwrap();
    for t in 0..data.len() {
        assert_eq!(locked[t], SBOX[(data[t] ^ stream[t]) as usize], "byte {t}");
    }
}

#[test]
fn raw_hardened_mode_writes_its_nonce_first_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let key = key_file(dir.path(), "k", "00112233445566778899aabbccddeeff");
    let k = key.to_str().unwrap();
    let input = dir.path().join("in.bin");
    let data: Vec<u8> = (0..10_000u32).map(|i| (i * 7) as u8).collect();
    std::fs::write(&input, &data).unwrap();
    let path = |n: &str| dir.path().join(n).to_str().unwrap().to_owned();
    for name in ["a", "b"] {
        assert!(deeplock(&["lock", "--raw", "--key-file", k, input.to_str().unwrap(), &path(name)]).status.success());
    }
    let (a, b) = (std::fs::read(path("a")).unwrap(), std::fs::read(path("b")).unwrap());
    assert_eq!(a.len(), 12 + data.len());
    assert_ne!(a[..12], b[..12], "two locks drew the same nonce");
    let nonce: [u8; 12] = a[..12].try_into().unwrap();
    let mut expected = data.clone();
    deeplock::lock::lock_in_place(
        &mut expected,
        &MasterKey::from_hex("00112233445566778899aabbccddeeff").unwrap(),
        deeplock::lock::LockMode::Hardened { nonce },
        0,
    );
    assert_eq!(a[12..], expected);
    assert!(deeplock(&["unlock", "--raw", "--key-file", k, &path("a"), &path("back")]).status.success());
    assert_eq!(std::fs::read(path("back")).unwrap(), data);
    // Shorter than a nonce: one clear line, and no output.
    std::fs::write(path("short"), b"tiny").unwrap();
    assert_one_line_error(&deeplock(&["unlock", "--raw", "--key-file", k, &path("short"), &path("out")]), "--mode paper");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn key_errors_are_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::write(&input, b"x").unwrap();
    let out = dir.path().join("out");
    let run = |key: &Path| deeplock(&["lock", "--raw", "--key-file", key.to_str().unwrap(), input.to_str().unwrap(), out.to_str().unwrap()]);

    assert_one_line_error(&run(&key_file(dir.path(), "short", "abcd")), "32 hex digits");
    assert_one_line_error(&run(&key_file(dir.path(), "nothex", &"g".repeat(32))), "not a hex digit");
    assert_one_line_error(&run(&dir.path().join("missing")), "cannot read key file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let loose = key_file(dir.path(), "loose", FIPS_KEY);
        std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_one_line_error(&run(&loose), "chmod 600");
    }
    assert_one_line_error(&deeplock(&["keystream", "--words", "1"]), "no key given");
    assert!(!out.exists(), "a failed command must not leave an output behind");
}

#[test]
fn keygen_writes_a_private_key_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.key");
    let p = path.to_str().unwrap();
    assert!(deeplock(&["keygen", "--out", p]).status.success());
    let first = MasterKey::read_file(&path).unwrap();
    assert_one_line_error(&deeplock(&["keygen", "--out", p]), "--force");
    assert_eq!(MasterKey::read_file(&path).unwrap(), first);
    assert!(deeplock(&["keygen", "--out", p, "--force"]).status.success());
    assert_ne!(MasterKey::read_file(&path).unwrap(), first);
}

#[test]
fn damaged_models_get_one_line_and_a_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::from_hex(FIPS_KEY).unwrap();
    let layers = vec![
        LayerDesc { in_features: 20, out_features: 4, activation: Activation::Relu, output_scale: 0.1 },
        LayerDesc { in_features: 4, out_features: 3, activation: Activation::None, output_scale: 0.01 },
    ];
    let plain = vec![3u8; 4 * int8_row_bytes(20) + 3 * int8_row_bytes(4)];
    let mut bytes = Vec::new();
    LockedModel::lock(Precision::Int8, layers, plain, &key).unwrap().write(&mut bytes).unwrap();

    let good = dir.path().join("good.dlk");
    std::fs::write(&good, &bytes).unwrap();
    let out = deeplock(&["inspect", good.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("20 -> 4"), "{text}");
    assert!(!text.contains(&key.to_hex()));

    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("empty", vec![], "truncated"),
        ("truncated", bytes[..bytes.len() - 10].to_vec(), "truncated"),
        (
            "flipped",
            {
                let mut b = bytes.clone();
                b[100] ^= 0x10;
                b
            },
            "checksum",
        ),
        ("garbage", b"hello world, not a model".to_vec(), "bad magic"),
    ];
    for (name, content, needle) in cases {
        let path = dir.path().join(format!("{name}.dlk"));
        std::fs::write(&path, content).unwrap();
        assert_one_line_error(&deeplock(&["inspect", path.to_str().unwrap()]), needle);
    }
}
