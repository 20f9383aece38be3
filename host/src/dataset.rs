//! Labeled image datasets on disk: a directory holding the four files of the MNIST distribution
//! (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte`,
//! `t10k-labels-idx1-ubyte`, each optionally `.gz`). `deeplock data fetch` writes MNIST and
//! Fashion-MNIST in this form under the data directory; any other MNIST-format data set loads the
//! same way from its own directory.

pub mod convert;
pub mod fetch;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::idx::{self, IdxError};

/// Environment variable naming the data directory (default `data`).
pub const DATA_ENV_VAR: &str = "DEEPLOCK_DATA";

/// The data sets `deeplock data fetch` provides, by the names users type.
pub const BUILTIN: [&str; 2] = ["mnist", "fashion"];

/// The data directory: `DEEPLOCK_DATA` if set, else `data` (relative to the working directory).
pub fn default_data_dir() -> PathBuf {
    std::env::var_os(DATA_ENV_VAR).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("data"))
}

/// Where a data set named on the command line lives: a built-in name (`mnist`, `fashion`) is a
/// directory of that name under `data_dir`; anything else is a path to a directory of IDX files.
pub fn resolve(name_or_path: &str, data_dir: &Path) -> PathBuf {
    if BUILTIN.contains(&name_or_path) {
        data_dir.join(name_or_path)
    } else {
        PathBuf::from(name_or_path)
    }
}

/// Which part of a data set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    Train,
    Test,
}

impl Split {
    /// The prefix of the split's files in the MNIST distribution.
    fn file_prefix(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Test => "t10k",
        }
    }

    /// The split's images file name (uncompressed form).
    pub fn images_file(self) -> String {
        format!("{}-images-idx3-ubyte", self.file_prefix())
    }

    /// The split's labels file name (uncompressed form).
    pub fn labels_file(self) -> String {
        format!("{}-labels-idx1-ubyte", self.file_prefix())
    }
}

impl fmt::Display for Split {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Split::Train => "train",
            Split::Test => "test",
        })
    }
}

/// Images with their class labels. Pixels are uint8, one image after the other, row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct LabeledImages {
    pub rows: usize,
    pub cols: usize,
    pub pixels: Vec<u8>,
    pub labels: Vec<u8>,
}

impl LabeledImages {
    /// Number of images.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Pixels per image (`rows * cols`): the input size of a model for this data.
    pub fn image_len(&self) -> usize {
        self.rows * self.cols
    }

    /// Image `i`, flattened row-major.
    pub fn image(&self, i: usize) -> &[u8] {
        let n = self.image_len();
        &self.pixels[i * n..(i + 1) * n]
    }

    /// The first `n` images (all if fewer).
    pub fn truncated(mut self, n: usize) -> Self {
        let n = n.min(self.len());
        self.labels.truncate(n);
        self.pixels.truncate(n * self.image_len());
        self
    }
}

/// Why a data set could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    #[error("{dir}: no {file}[.gz] here; {hint}")]
    Missing { dir: PathBuf, file: String, hint: String },
    #[error("{path}: {source}")]
    Idx { path: PathBuf, source: IdxError },
    #[error("{dir}: {images} images but {labels} labels")]
    CountMismatch { dir: PathBuf, images: usize, labels: usize },
    #[error("{dir}: images have size 0")]
    EmptyImages { dir: PathBuf },
}

/// The path of `file` in `dir`, compressed or not.
fn find(dir: &Path, file: &str) -> Result<PathBuf, DatasetError> {
    for candidate in [dir.join(file), dir.join(format!("{file}.gz"))] {
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    let builtin = dir.file_name().and_then(|n| n.to_str()).is_some_and(|n| BUILTIN.contains(&n));
    let hint = if builtin {
        format!("run `deeplock data fetch --dir {}` first", dir.parent().unwrap_or(Path::new(".")).display())
    } else {
        "give a directory holding MNIST-format IDX files".to_string()
    };
    Err(DatasetError::Missing { dir: dir.to_owned(), file: file.to_owned(), hint })
}

/// Loads one split from a directory of IDX files.
pub fn load(dir: &Path, split: Split) -> Result<LabeledImages, DatasetError> {
    let read = |file: String, rank: usize| {
        let path = find(dir, &file)?;
        idx::read_file(&path).and_then(|a| a.into_u8(rank)).map_err(|source| DatasetError::Idx { path, source })
    };
    let (dims, pixels) = read(split.images_file(), 3)?;
    let (_, labels) = read(split.labels_file(), 1)?;
    if dims[0] != labels.len() {
        return Err(DatasetError::CountMismatch { dir: dir.to_owned(), images: dims[0], labels: labels.len() });
    }
    if dims[1] == 0 || dims[2] == 0 {
        return Err(DatasetError::EmptyImages { dir: dir.to_owned() });
    }
    Ok(LabeledImages { rows: dims[1], cols: dims[2], pixels, labels })
}

/// True when all four files of a data set are in `dir`.
pub fn is_present(dir: &Path) -> bool {
    [Split::Train, Split::Test].iter().all(|s| find(dir, &s.images_file()).is_ok() && find(dir, &s.labels_file()).is_ok())
}

/// Writes one split as gzip-compressed IDX files, each through a temporary file so a reader never
/// sees half a file.
pub fn write(dir: &Path, split: Split, data: &LabeledImages) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let write_one = |file: String, dims: &[usize], bytes: &[u8]| -> std::io::Result<()> {
        let path = dir.join(format!("{file}.gz"));
        crate::fs::write_atomically(&path, crate::fs::Access::Shared, crate::fs::Replace::Allowed, |w| {
            let mut gz = flate2::write::GzEncoder::new(w, flate2::Compression::default());
            idx::write_u8(&mut gz, dims, bytes)?;
            gz.finish()?;
            Ok(())
        })
    };
    write_one(split.images_file(), &[data.len(), data.rows, data.cols], &data.pixels)?;
    write_one(split.labels_file(), &[data.len()], &data.labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_then_load_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let data = LabeledImages { rows: 2, cols: 3, pixels: (0..12).collect(), labels: vec![4, 9] };
        write(dir.path(), Split::Test, &data).unwrap();
        assert!(dir.path().join("t10k-images-idx3-ubyte.gz").is_file());
        assert_eq!(load(dir.path(), Split::Test).unwrap(), data);
        assert_eq!(data.image(1), &[6, 7, 8, 9, 10, 11]);
        assert!(!is_present(dir.path()));
        write(dir.path(), Split::Train, &data).unwrap();
        assert!(is_present(dir.path()));
        assert_eq!(data.truncated(1).pixels, (0..6).collect::<Vec<u8>>());
    }

    #[test]
    fn missing_and_mismatched_files_are_explained() {
        let dir = tempfile::tempdir().unwrap();
        let mnist = dir.path().join("mnist");
        std::fs::create_dir(&mnist).unwrap();
        let err = load(&mnist, Split::Train).unwrap_err().to_string();
        assert!(err.contains("train-images-idx3-ubyte[.gz]") && err.contains("deeplock data fetch"), "{err}");

        let mut images = Vec::new();
        idx::write_u8(&mut images, &[2, 1, 1], &[1, 2]).unwrap();
        std::fs::write(dir.path().join("train-images-idx3-ubyte"), images).unwrap();
        let mut labels = Vec::new();
        idx::write_u8(&mut labels, &[3], &[1, 2, 3]).unwrap();
        std::fs::write(dir.path().join("train-labels-idx1-ubyte"), labels).unwrap();
        assert!(matches!(load(dir.path(), Split::Train), Err(DatasetError::CountMismatch { images: 2, labels: 3, .. })));
    }
}
