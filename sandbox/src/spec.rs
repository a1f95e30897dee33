//! What the caller asks for: the program, its arguments, files and environment, and the
//! limits it runs under, plus the checks a spec must pass before anything is spawned.
//! Applying the limits belongs to `child`; running belongs to `direct`.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::{Isolation, SandboxError};

/// The limits of one run.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// CPU time (user + system). Where the process's CPU clock can be read from outside
    /// (Linux), the process is killed as soon as it passes this (checked every few
    /// milliseconds); RLIMIT_CPU is a backstop at `ceil(cpu) + 1` seconds (it has
    /// one-second granularity), the only enforcement elsewhere. `Outcome::cpu_limit_hit`
    /// is decided from the measured time.
    pub cpu: Duration,
    /// Wall-clock time, after which the whole process tree is killed.
    pub wall: Duration,
    /// RLIMIT_AS in bytes; `None` leaves the inherited limit (normally unlimited).
    /// Not enforced by macOS.
    pub memory_bytes: Option<u64>,
    /// RLIMIT_FSIZE in bytes: caps every file the process writes, its stdout and stderr
    /// files included.
    pub file_size_bytes: u64,
    /// RLIMIT_NOFILE: one more than the highest descriptor number the process may open.
    pub open_files: u64,
    /// RLIMIT_STACK in bytes; `None` leaves the inherited limit.
    pub stack_bytes: Option<u64>,
    /// Resident memory in bytes, watched from outside the process every few
    /// milliseconds: it is killed once its resident set is larger
    /// (`Outcome::memory_limit_hit`). `None`: not watched.
    #[serde(default)]
    pub resident_bytes: Option<u64>,
    /// More CPU past `cpu` for a process that reaches it while most of its time went to
    /// the kernel: touching fresh memory, whose page faults cost tenfold more on one
    /// machine or run than on another (a virtual machine's memory is backed on first
    /// touch). It runs on until the resident or stack limit it is heading for ends it,
    /// it ends, or the grace is spent; then `Outcome::cpu_stopped`. Read where the
    /// kernel's share can be read from outside (Linux); zero: no grace.
    #[serde(default)]
    pub memory_grace: Duration,
}

impl Limits {
    /// The RLIMIT_CPU soft limit in seconds: `ceil(cpu + memory_grace) + 1`. SIGXCPU arrives there, and
    /// SIGKILL one second later if the process ignores it.
    pub fn cpu_backstop_secs(&self) -> u64 {
        let cpu = self.cpu + self.memory_grace;
        let whole = cpu.as_secs() + u64::from(cpu.subsec_nanos() > 0);
        whole.saturating_add(1)
    }
}

/// One process to run.
///
/// Every limit applies only to this process and what it starts; rlimits above the
/// supervisor's own hard limits are lowered to them.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// The executable. A name without a slash is looked up in the `PATH` of `env`.
    pub program: PathBuf,
    /// Arguments after the program name.
    pub args: Vec<OsString>,
    /// An existing directory that becomes the process's working directory.
    pub workdir: PathBuf,
    /// The process's whole environment; nothing else is inherited.
    pub env: Vec<(OsString, OsString)>,
    /// A file to read as stdin; `None` gives `/dev/null`.
    pub stdin: Option<PathBuf>,
    /// A file created (or truncated) to receive stdout.
    pub stdout: PathBuf,
    /// A file created (or truncated) to receive stderr; it may be the same path as
    /// `stdout`, and then both streams share one file.
    pub stderr: PathBuf,
    pub limits: Limits,
    /// The Linux layers; the default (disabled) gives the portable layers only.
    #[serde(default)]
    pub isolation: Isolation,
    /// Capture stdout, stderr and a results channel in anonymous files that no path
    /// names, so the process cannot replace them with a link to anything else; the
    /// outcome carries what they hold. `stdout` and `stderr` are then not opened.
    #[serde(default)]
    pub capture: Option<Capture>,
}

/// What to capture, and how much of it to hand back.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capture {
    /// The first bytes of stdout and of stderr kept in `Captured`.
    pub keep_output: u64,
    /// The first bytes of the channel kept (every byte up to `Limits::file_size_bytes`
    /// can be kept: the channel is where the process writes its results).
    pub keep_channel: u64,
    /// stdout and stderr together may hold this much; past it the process is killed
    /// (`Outcome::file_size_limit_hit`). Watched from outside, every few milliseconds.
    pub print_limit: u64,
}

/// The results channel's descriptor number in the sandboxed process.
pub const CHANNEL_FD: i32 = 3;

impl Spec {
    /// Rejects specs that cannot run, naming the field, before any file is touched.
    pub(crate) fn check(&self) -> Result<(), SandboxError> {
        let bad = |field, reason: String| Err(SandboxError::BadSpec { field, reason });
        if self.program.as_os_str().is_empty() {
            return bad("program", "is empty".into());
        }
        match std::fs::metadata(&self.workdir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return bad(
                    "workdir",
                    format!("{} is not a directory", self.workdir.display()),
                );
            }
            Err(err) => return bad("workdir", format!("{}: {err}", self.workdir.display())),
        }
        if self.limits.wall.is_zero() {
            return bad("limits.wall", "must be more than zero".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::Limits;

    #[test]
    fn cpu_backstop_is_whole_seconds_rounded_up_plus_one() {
        let mut limits = Limits {
            cpu: Duration::from_millis(1000),
            wall: Duration::from_secs(1),
            memory_bytes: None,
            file_size_bytes: 0,
            open_files: 0,
            stack_bytes: None,
            resident_bytes: None,
            memory_grace: Duration::ZERO,
        };
        assert_eq!(limits.cpu_backstop_secs(), 2);
        limits.cpu = Duration::from_millis(1001);
        assert_eq!(limits.cpu_backstop_secs(), 3);
        limits.cpu = Duration::ZERO;
        assert_eq!(limits.cpu_backstop_secs(), 1);
        limits.memory_grace = Duration::from_millis(2500);
        assert_eq!(limits.cpu_backstop_secs(), 4);
    }
}
