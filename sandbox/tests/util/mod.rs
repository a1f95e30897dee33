//! Shared by the sandbox test binaries: one lock that keeps runs from overlapping, a
//! spec in its own temporary directory, and the fixture programs of `tests/programs`,
//! compiled with rustc once per test binary.
//!
//! `run_direct` kills every child of the test process when a run ends, so each test takes
//! `serial()` first and holds it while it spawns anything, rustc included.

#![allow(dead_code)] // each test binary uses its own part

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

use judge_sandbox::{Isolation, Limits, Spec};
use tempfile::TempDir;

pub const MIB: u64 = 1 << 20;

static SERIAL: Mutex<()> = Mutex::new(());

/// Held by every test for its whole length.
pub fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Limits loose enough not to matter unless a test tightens one.
pub fn limits() -> Limits {
    Limits {
        cpu: Duration::from_secs(5),
        wall: Duration::from_secs(10),
        memory_bytes: None,
        file_size_bytes: 16 * MIB,
        open_files: 64,
        stack_bytes: None,
        resident_bytes: None,
        memory_grace: std::time::Duration::ZERO,
    }
}

/// A spec with its own working directory, holding stdout.txt and stderr.txt.
pub struct Case {
    pub dir: TempDir,
    pub spec: Spec,
}

impl Case {
    pub fn new(program: impl Into<PathBuf>, args: &[&str]) -> Case {
        let dir = tempfile::tempdir().expect("create a temporary directory");
        let spec = Spec {
            program: program.into(),
            args: args.iter().map(OsString::from).collect(),
            workdir: dir.path().to_path_buf(),
            env: Vec::new(),
            stdin: None,
            stdout: dir.path().join("stdout.txt"),
            stderr: dir.path().join("stderr.txt"),
            limits: limits(),
            isolation: Isolation::default(),
            capture: None,
        };
        Case { dir, spec }
    }

    /// `/bin/sh -c script`.
    pub fn sh(script: &str) -> Case {
        Case::new("/bin/sh", &["-c", script])
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn stdout(&self) -> String {
        read(&self.spec.stdout)
    }

    pub fn stderr(&self) -> String {
        read(&self.spec.stderr)
    }
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("read {}: {err}", path.display()))
}

/// The fixture `tests/programs/<name>.rs`, compiled with rustc -O (once per test binary).
/// Call it while holding `serial()`.
pub fn program(name: &str) -> PathBuf {
    static BUILT: OnceLock<Mutex<HashMap<String, PathBuf>>> = OnceLock::new();
    let built = BUILT.get_or_init(Default::default);
    let mut built = built.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(path) = built.get(name) {
        return path.clone();
    }
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(format!("{name}.rs"));
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sandbox-programs");
    std::fs::create_dir_all(&out_dir).expect("create the fixture directory");
    // Built under a name of our own, then renamed, so test binaries never see half a file.
    let partial = out_dir.join(format!("{name}.{}", std::process::id()));
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let compiled = Command::new(&rustc)
        .args(["--edition", "2021", "-O", "-o"])
        .arg(&partial)
        .arg(&source)
        .output()
        .unwrap_or_else(|err| panic!("start {rustc:?}: {err}"));
    assert!(
        compiled.status.success(),
        "rustc {} failed:\n{}",
        source.display(),
        String::from_utf8_lossy(&compiled.stderr)
    );
    let path = out_dir.join(name);
    std::fs::rename(&partial, &path).expect("rename the compiled fixture");
    built.insert(name.to_string(), path.clone());
    path
}

/// Whether `pid` still exists (a zombie counts).
pub fn alive(pid: libc::pid_t) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    unsafe { libc::kill(pid, 0) == 0 }
}

/// Reads a pid written to `path` by a test script.
pub fn pid_in(path: &Path) -> libc::pid_t {
    read(path)
        .trim()
        .parse()
        .unwrap_or_else(|err| panic!("pid in {}: {err}", path.display()))
}
