//! Where the judge keeps its files: the data directory and its layout.
//!
//! `JUDGE_HOME` overrides the platform's data directory
//! (`$XDG_DATA_HOME/judge`, `~/.local/share/judge`, or
//! `~/Library/Application Support/judge` on macOS).

use crate::error::{Error, IoContext, Result};
use std::path::{Path, PathBuf};

pub const HOME_ENV: &str = "JUDGE_HOME";
/// Overrides where compiled artefacts and generated tests are cached
/// (default: `cache/` in the data directory). Safe to share between judges.
pub const CACHE_ENV: &str = "JUDGE_CACHE";
pub const HISTORY_FILE: &str = "history.sqlite";
pub const WORKSPACES_DIR: &str = "workspaces";
pub const CACHE_DIR: &str = "cache";
/// `judge report`'s page, unless `--output` says otherwise.
pub const REPORT_FILE: &str = "report.html";

#[derive(Clone, Debug)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn resolve() -> Result<DataDir> {
        let root = match std::env::var_os(HOME_ENV) {
            Some(v) if !v.is_empty() => PathBuf::from(v),
            _ => platform_data_dir()?.join("judge"),
        };
        std::fs::create_dir_all(&root)
            .context(|| format!("cannot create the data directory {}", root.display()))?;
        let root = root
            .canonicalize()
            .context(|| format!("cannot resolve the data directory {}", root.display()))?;
        Ok(DataDir { root })
    }

    pub fn history(&self) -> PathBuf {
        self.root.join(HISTORY_FILE)
    }

    pub fn workspace(&self, problem: &str) -> PathBuf {
        self.root.join(WORKSPACES_DIR).join(problem)
    }

    pub fn workspaces(&self) -> PathBuf {
        self.root.join(WORKSPACES_DIR)
    }

    pub fn report(&self) -> PathBuf {
        self.root.join(REPORT_FILE)
    }

    pub fn cache(&self) -> PathBuf {
        match std::env::var_os(CACHE_ENV) {
            Some(v) if !v.is_empty() => PathBuf::from(v),
            _ => self.root.join(CACHE_DIR),
        }
    }
}

/// The platform's data directory (the `directories` crate: XDG on Linux,
/// Application Support on macOS).
fn platform_data_dir() -> Result<PathBuf> {
    directories::BaseDirs::new()
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::Setup(format!(
                "cannot find a data directory: HOME is not set; set {HOME_ENV} to a directory"
            ))
        })
}

/// Writes a file atomically (temp file in the same directory, then rename),
/// so a crash never leaves half a file behind.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    std::io::Write::write_all(&mut tmp, contents)
        .context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// A stable 64-bit FNV-1a hash, for cache keys (not for security).
pub fn fnv64(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in *part {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // Separate the parts so ("ab","c") and ("a","bc") differ.
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The largest solution file judge reads (a LeetCode solution is a few KB).
pub const MAX_SOURCE_BYTES: u64 = 1 << 20;

/// Why a solution file could not be read.
#[derive(Debug)]
pub enum SourceError {
    Io(std::io::Error),
    /// Not a regular file: a link, a directory, a device, a pipe.
    NotRegular(&'static str),
    TooLarge(u64),
    NotUtf8,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourceError::Io(e) => write!(f, "{e}"),
            SourceError::NotRegular(what) => {
                write!(
                    f,
                    "it is {what}, not a regular file (judge reads only regular files)"
                )
            }
            SourceError::TooLarge(n) => write!(
                f,
                "it is {n} bytes, over the {} KB a solution file may have",
                MAX_SOURCE_BYTES >> 10
            ),
            SourceError::NotUtf8 => write!(f, "it is not UTF-8 text"),
        }
    }
}

/// Reads a solution file the way a grader must read files it did not write:
/// the file itself, never what a link names (`O_NOFOLLOW`), only a regular
/// file (a FIFO or device could block or never end), and at most
/// `MAX_SOURCE_BYTES`.
pub fn read_source(path: &Path) -> std::result::Result<String, SourceError> {
    use std::io::Read;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| {
            if e.raw_os_error() == Some(libc::ELOOP) {
                SourceError::NotRegular("a symbolic link")
            } else {
                SourceError::Io(e)
            }
        })?;
    let meta = file.metadata().map_err(SourceError::Io)?;
    let kind = meta.file_type();
    if !kind.is_file() {
        return Err(SourceError::NotRegular(if kind.is_dir() {
            "a directory"
        } else if kind.is_fifo() {
            "a named pipe"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else if kind.is_socket() {
            "a socket"
        } else {
            "a special file"
        }));
    }
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(SourceError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_SOURCE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(SourceError::Io)?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(SourceError::TooLarge(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|_| SourceError::NotUtf8)
}

/// Whether this process may write `path` (an existing file), or create it
/// in its directory, with the database's `-wal` and `-shm` files beside it.
pub fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let can_write = |p: &Path| {
        std::ffi::CString::new(p.as_os_str().as_bytes())
            // SAFETY: a valid C string; access only reads it.
            .is_ok_and(|c| unsafe { libc::access(c.as_ptr(), libc::W_OK) } == 0)
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    can_write(dir) && (!path.exists() || can_write(path))
}

/// A file the judge made and can use: a regular file (not a link), owned by
/// us, with owner read and write, that opens.
pub fn usable_file(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    // SAFETY: geteuid cannot fail.
    let me = unsafe { libc::geteuid() };
    meta.is_file()
        && meta.uid() == me
        && meta.mode() & 0o600 == 0o600
        && std::fs::File::open(path).is_ok()
}

/// A directory the judge made and can use: owned by us, with owner rwx.
pub fn usable_dir(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    // SAFETY: geteuid cannot fail.
    let me = unsafe { libc::geteuid() };
    meta.is_dir() && meta.uid() == me && meta.mode() & 0o700 == 0o700
}

/// Removes a damaged cache entry, first giving back the owner's rights it
/// needs to be removed.
pub fn remove_damaged(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fn restore(path: &Path) {
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return;
        };
        if meta.is_dir() {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700));
            if let Ok(entries) = std::fs::read_dir(path) {
                for e in entries.flatten() {
                    restore(&e.path());
                }
            }
        } else if meta.is_file() {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
    }
    restore(path);
    std::fs::remove_dir_all(path)
        .context(|| format!("cannot remove the damaged {}", path.display()))
}

/// What in the cache the judge could not use: entries (the first few)
/// that are not ours, lack the owner's rights, or cannot be opened.
pub fn damaged_entries(cache: &Path, max: usize) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, max: usize, out: &mut Vec<PathBuf>) {
        if out.len() >= max || depth > 4 {
            return;
        }
        if !usable_dir(dir) {
            out.push(dir.to_path_buf());
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            out.push(dir.to_path_buf());
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            match std::fs::symlink_metadata(&p) {
                Ok(m) if m.is_dir() => walk(&p, depth + 1, max, out),
                Ok(m) if m.is_file() && !usable_file(&p) => out.push(p),
                _ => {}
            }
            if out.len() >= max {
                return;
            }
        }
    }
    let mut out = Vec::new();
    if cache.exists() {
        walk(cache, 0, max, &mut out);
    }
    out
}
