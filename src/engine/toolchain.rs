//! Finding the real Rust compiler, once.
//!
//! rustup's `rustc` is a proxy that needs `HOME` and adds its own start-up
//! to every call. The judge resolves the real compiler
//! (`$(rustc --print sysroot)/bin/rustc`) and calls it directly with a
//! cleared environment. The result is cached in the data directory and
//! revalidated cheaply (the compiler's size and modification time), so an
//! updated toolchain is noticed. `JUDGE_RUSTC` names a compiler explicitly.

use crate::error::{Error, IoContext, Result};
use crate::paths::{fnv64, write_atomic};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const RUSTC_ENV: &str = "JUDGE_RUSTC";
const CACHE_FILE: &str = "toolchain.json";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Toolchain {
    /// The real compiler binary.
    pub rustc: PathBuf,
    /// `rustc -vV`, first line: `rustc 1.95.0 (59807616e 2026-04-14)`.
    pub version: String,
    pub sysroot: PathBuf,
    /// Where libstd's shared library lives (for `-C prefer-dynamic`).
    pub target_libdir: PathBuf,
    /// Size and mtime of the compiler when resolved, to notice updates.
    stamp: String,
}

impl Toolchain {
    /// A short key that changes when the compiler changes.
    pub fn key(&self) -> u64 {
        fnv64(&[
            self.version.as_bytes(),
            self.rustc.as_os_str().as_encoded_bytes(),
            self.stamp.as_bytes(),
        ])
    }

    pub fn resolve(cache_dir: &Path) -> Result<Toolchain> {
        let cache = cache_dir.join(CACHE_FILE);
        let explicit = std::env::var_os(RUSTC_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let cached = std::fs::read_to_string(&cache)
            .ok()
            .and_then(|text| serde_json::from_str::<Toolchain>(&text).ok());
        if let Some(tc) = cached {
            let same_request = explicit.as_ref().is_none_or(|e| e == &tc.rustc);
            if same_request && stamp(&tc.rustc).as_deref() == Some(tc.stamp.as_str()) {
                return Ok(tc);
            }
        }
        let rustc = match explicit {
            Some(p) => p,
            None => {
                let out = Command::new("rustc")
                    .args(["--print", "sysroot"])
                    .output()
                    .map_err(|e| {
                        Error::Setup(format!(
                            "cannot run `rustc` ({e}); install Rust with rustup (https://rustup.rs) \
                             or set {RUSTC_ENV} to a rustc binary"
                        ))
                    })?;
                if !out.status.success() {
                    return Err(Error::Setup(format!(
                        "`rustc --print sysroot` failed: {}",
                        String::from_utf8_lossy(&out.stderr).trim()
                    )));
                }
                let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
                sysroot.join("bin").join("rustc")
            }
        };
        let run = |args: &[&str]| -> Result<String> {
            let out = Command::new(&rustc)
                .args(args)
                .env_clear()
                .env("PATH", SAFE_PATH)
                .output()
                .map_err(|e| Error::Setup(format!("cannot run {} ({e})", rustc.display())))?;
            if !out.status.success() {
                return Err(Error::Setup(format!(
                    "`{} {}` failed: {}",
                    rustc.display(),
                    args.join(" "),
                    String::from_utf8_lossy(&out.stderr).trim()
                )));
            }
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
        };
        let version = run(&["--version"])?;
        let sysroot = PathBuf::from(run(&["--print", "sysroot"])?);
        let target_libdir = PathBuf::from(run(&["--print", "target-libdir"])?);
        let tc = Toolchain {
            stamp: stamp(&rustc).unwrap_or_default(),
            rustc,
            version,
            sysroot,
            target_libdir,
        };
        let json = serde_json::to_vec_pretty(&tc).map_err(|e| Error::Internal(e.to_string()))?;
        write_atomic(&cache, &json)?;
        Ok(tc)
    }
}

/// The only environment variable rustc gets: the linker driver (`cc`) must be found.
pub const SAFE_PATH: &str = "/usr/local/bin:/usr/bin:/bin";

fn stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some(format!("{}:{mtime}", meta.len()))
}

/// Makes sure `dir` exists (with a readable error).
pub fn ensure_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).context(|| format!("cannot create {}", dir.display()))
}
