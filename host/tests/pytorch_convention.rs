//! A model made by another tool (numpy, written to safetensors by hand in the PyTorch convention,
//! see pytorch_convention.py) evaluates here to exactly the accuracy that tool measured.

mod common;

use std::path::PathBuf;
use std::process::Command;

use deeplock::dataset::Split;
use deeplock::eval::{evaluate, CpuFloat};
use deeplock::safetensors;

/// A Python interpreter with numpy: $DEEPLOCK_PYTHON, else python3, else /usr/bin/python3.
fn python_with_numpy() -> Result<String, String> {
    let candidates: Vec<String> = match std::env::var("DEEPLOCK_PYTHON") {
        Ok(p) => vec![p],
        Err(_) => vec!["python3".into(), "/usr/bin/python3".into()],
    };
    for python in &candidates {
        let ok = Command::new(python).args(["-c", "import numpy"]).output().is_ok_and(|o| o.status.success());
        if ok {
            return Ok(python.clone());
        }
    }
    Err(format!("none of {candidates:?} runs with numpy (install it: apt-get install python3-numpy)"))
}

#[test]
fn numpy_model_in_pytorch_convention_evaluates_identically() {
    let python = match python_with_numpy() {
        Ok(p) => p,
        Err(reason) => {
            eprintln!("SKIPPED numpy_model_in_pytorch_convention_evaluates_identically: {reason}");
            return;
        }
    };
    let test = common::load("mnist", Split::Test);
    let dir = tempfile::tempdir().unwrap();
    let model_path = dir.path().join("numpy.safetensors");
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("pytorch_convention.py");
    let out = Command::new(&python).arg(&script).arg(common::data_dir().join("mnist")).arg(&model_path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let theirs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let model = safetensors::read_file(&model_path).unwrap();
    assert_eq!(model.arch(), vec![784, 32, 16, 10]);
    let ours = evaluate(&mut CpuFloat(model), "mnist", Split::Test, &test, None, &mut |_, _| {}).unwrap();
    assert_eq!(theirs["samples"], ours.samples);
    assert_eq!(theirs["correct"], ours.correct, "numpy accuracy {} vs ours {}", theirs["accuracy"], ours.accuracy);
    assert!(ours.accuracy > 0.85, "the numpy model learned something: {}", ours.accuracy);
    let their_predictions: Vec<Option<usize>> = theirs["predictions"].as_array().unwrap().iter().map(|p| p.as_u64().map(|c| c as usize)).collect();
    assert_eq!(their_predictions, ours.predictions);
}
