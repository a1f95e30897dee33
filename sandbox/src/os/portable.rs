//! The portable side of the platform seam (macOS and other Unixes): no subreaper, a
//! descriptor loop for close-on-exec, polling waits, no sweep beyond the process group,
//! and none of the isolation layers. `linux/` has the same items with the Linux layers.

use std::time::Instant;

use std::io;

use crate::reap::{self, Reaped};
use crate::{LayerStatus, SandboxError, Spec, layer};

/// `ru_maxrss` is in bytes on macOS and in kilobytes on the BSDs and Linux.
pub(crate) const MAXRSS_UNIT: u64 = if cfg!(target_vendor = "apple") {
    1
} else {
    1024
};

/// There is no child subreaper here: descendants that leave the process group escape.
pub(crate) fn become_subreaper() -> bool {
    false
}

/// No single call marks a range close-on-exec here; the caller loops.
pub(crate) fn mark_fds_cloexec_fast(_first: libc::c_int) -> bool {
    false
}

/// Waits for one child by polling.
pub(crate) struct ChildWaiter {
    pid: libc::pid_t,
}

impl ChildWaiter {
    pub(crate) fn new(pid: libc::pid_t) -> ChildWaiter {
        ChildWaiter { pid }
    }

    /// Reaped `Some` if the child ended before `deadline`, `None` if it came first.
    pub(crate) fn wait_until(&self, deadline: Instant) -> Result<Option<Reaped>, SandboxError> {
        reap::poll_reap(self.pid, deadline)
    }
}

/// No way to read another process's CPU clock here: RLIMIT_CPU is the backstop.
pub(crate) struct CpuClock;

impl CpuClock {
    pub(crate) fn of(_pid: libc::pid_t) -> Option<CpuClock> {
        None
    }

    pub(crate) fn read(&self) -> Option<std::time::Duration> {
        None
    }
}

/// Not read here: no memory grace.
pub(crate) fn cpu_split(_pid: libc::pid_t) -> Option<(u64, u64)> {
    None
}

/// Not watched here: RLIMIT_AS is the backstop.
pub(crate) fn resident_bytes(_pid: libc::pid_t) -> Option<u64> {
    None
}

/// A file created in `dir` and unlinked at once, so no path names it.
pub(crate) fn anonymous_file(what: &str, dir: &std::path::Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    for attempt in 0..16u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = dir.join(format!(
            ".judge-{what}-{}-{nanos}-{attempt}",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(&path)
        {
            Ok(file) => {
                std::fs::remove_file(&path)?;
                return Ok(file);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// Without a subreaper no orphan is ever re-parented to us: nothing to sweep.
pub(crate) fn children() -> Result<Vec<libc::pid_t>, SandboxError> {
    Ok(Vec::new())
}

/// Isolation layers: none here, so `Spec::isolation` adds nothing to a run.
pub(crate) struct Confinement;

/// No child steps of our own.
pub(crate) const STEPS: [&str; 0] = [];

impl Confinement {
    pub(crate) fn prepare(_spec: &Spec) -> Result<Confinement, SandboxError> {
        Ok(Confinement)
    }

    pub(crate) fn layers(&self) -> &[&'static str] {
        &[]
    }

    pub(crate) fn apply(&mut self) -> Result<Option<u8>, (usize, io::Error)> {
        Ok(None)
    }
}

pub(crate) fn namespace_layers(_mask: u8) -> Vec<&'static str> {
    Vec::new()
}

/// The portable layers, and the Linux ones as missing.
pub(crate) fn probe() -> Vec<LayerStatus> {
    let portable = [
        layer::RLIMITS,
        layer::PROCESS_GROUP,
        layer::FRESH_ENV,
        layer::CLOSE_FDS,
        layer::WALL_TIMEOUT,
    ];
    let linux_only = [
        layer::SUBREAPER,
        layer::NO_CAPABILITIES,
        layer::LANDLOCK_FS,
        layer::LANDLOCK_NET,
        layer::LANDLOCK_SCOPES,
        layer::SECCOMP,
        layer::USER_NS,
        layer::NET_NS,
        layer::IPC_NS,
        layer::UTS_NS,
        layer::MOUNT_NS,
        layer::PID_NS,
    ];
    let status = |name: &str, available: bool, detail: &str| LayerStatus {
        name: name.to_string(),
        available,
        detail: detail.to_string(),
    };
    portable
        .into_iter()
        .map(|name| status(name, true, "portable"))
        .chain(
            linux_only
                .into_iter()
                .map(|name| status(name, false, "Linux only")),
        )
        .collect()
}
