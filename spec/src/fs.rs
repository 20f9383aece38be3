//! The one way this project writes a file: into a temporary file beside the target, flushed and
//! fsynced, then renamed into place (and the directory fsynced), so a crash or an error never
//! leaves half a model, key or data set under the real name, and a failed write leaves nothing.

use std::fs::{File, Permissions};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Who may read the file written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// `0666` less the umask, like any new file.
    Shared,
    /// `0600`: key files.
    OwnerOnly,
}

/// Whether an existing file may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replace {
    Allowed,
    /// The write fails with `AlreadyExists` (checked atomically at the rename).
    Refused,
}

/// Writes `path` through `fill`, atomically. An error from `fill` (or from the disk) removes the
/// temporary file and leaves any existing `path` untouched.
pub fn write_atomically<T, E: From<io::Error>>(
    path: &Path,
    access: Access,
    replace: Replace,
    fill: impl FnOnce(&mut dyn Write) -> Result<T, E>,
) -> Result<T, E> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".partial");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if access == Access::OwnerOnly { 0o600 } else { 0o666 };
        builder.permissions(Permissions::from_mode(mode));
    }
    let tmp = builder.tempfile_in(dir)?;
    let mut writer = BufWriter::new(tmp.as_file());
    let value = fill(&mut writer)?;
    writer.flush()?;
    drop(writer);
    tmp.as_file().sync_all()?;
    match replace {
        Replace::Allowed => tmp.persist(path).map_err(|e| e.error)?,
        Replace::Refused => tmp.persist_noclobber(path).map_err(|e| e.error)?,
    };
    sync_dir(dir);
    Ok(value)
}

/// [`write_atomically`] for bytes already in memory.
pub fn write_bytes_atomically(path: &Path, access: Access, bytes: &[u8]) -> io::Result<()> {
    write_atomically(path, access, Replace::Allowed, |w| w.write_all(bytes))
}

/// Makes the rename durable. Best effort: some file systems refuse to fsync a directory.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        names
    }

    #[test]
    fn writes_whole_files_and_replaces_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.dlk");
        write_bytes_atomically(&path, Access::Shared, b"first").unwrap();
        write_bytes_atomically(&path, Access::Shared, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(entries(dir.path()), ["m.dlk"], "no temporary file is left behind");
    }

    #[test]
    fn a_failed_fill_leaves_the_old_file_and_no_debris() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.dlk");
        write_bytes_atomically(&path, Access::Shared, b"good").unwrap();
        let result: io::Result<()> = write_atomically(&path, Access::Shared, Replace::Allowed, |w| {
            w.write_all(b"half a mod")?;
            Err(io::Error::other("disk full"))
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"good");
        assert_eq!(entries(dir.path()), ["m.dlk"]);
    }

    #[test]
    fn refused_replacement_keeps_the_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.key");
        write_atomically(&path, Access::OwnerOnly, Replace::Refused, |w| w.write_all(b"one")).unwrap();
        let err = write_atomically(&path, Access::OwnerOnly, Replace::Refused, |w| w.write_all(b"two")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert_eq!(entries(dir.path()), ["k.key"]);
    }

    #[cfg(unix)]
    #[test]
    fn owner_only_files_are_mode_0600() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.key");
        write_bytes_atomically(&path, Access::OwnerOnly, b"k").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
