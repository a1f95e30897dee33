//! The Linux side of the platform seam: the child subreaper, `close_range` for
//! close-on-exec, waiting on a pidfd, listing this process's children from /proc for
//! the sweep, and the isolation layers (`confine`: Landlock, seccomp, namespaces).
//! `portable.rs` has the same functions for everything else.

mod confine;
mod elf;
mod landlock;
mod namespaces;
mod seccomp;

pub(crate) use confine::{Confinement, STEPS, namespace_layers, probe};

use std::fs;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::OnceLock;
use std::time::Instant;

use crate::SandboxError;
use crate::reap::{self, Reaped};

/// `ru_maxrss` is in kilobytes.
pub(crate) const MAXRSS_UNIT: u64 = 1024;

/// Makes this process the child subreaper, so orphaned descendants of the sandboxed
/// process are re-parented to it (and found by the sweep) instead of to init. Returns
/// whether that worked.
pub(crate) fn become_subreaper() -> bool {
    // SAFETY: prctl with an integer option and integer arguments touches no memory.
    unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1 as libc::c_ulong, 0, 0, 0) == 0 }
}

/// Marks every descriptor from `first` up close-on-exec in one call (Linux 5.11+).
/// Returns false where the kernel lacks it, and the caller falls back to a loop.
/// Async-signal-safe: it runs between fork and exec.
pub(crate) fn mark_fds_cloexec_fast(first: libc::c_int) -> bool {
    let Ok(first) = libc::c_uint::try_from(first) else {
        return false;
    };
    // Not a plain close_range: closing would also close std's spawn error pipe.
    // SAFETY: close_range only changes descriptor flags.
    let done = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            first,
            libc::c_uint::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        )
    };
    done == 0
}

/// Waits for one child: on a pidfd opened once (an exit is seen at once), or by
/// polling where pidfd_open is missing (Linux < 5.3) or forbidden.
pub(crate) struct ChildWaiter {
    pid: libc::pid_t,
    pidfd: Option<OwnedFd>,
}

impl ChildWaiter {
    pub(crate) fn new(pid: libc::pid_t) -> ChildWaiter {
        // SAFETY: pidfd_open takes two integers and returns a new descriptor or -1.
        let raw = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
        let pidfd = libc::c_int::try_from(raw)
            .ok()
            .filter(|&fd| fd >= 0)
            // SAFETY: `fd` is a descriptor we just opened and nothing else owns.
            .map(|fd| unsafe { OwnedFd::from_raw_fd(fd) });
        ChildWaiter { pid, pidfd }
    }

    /// Reaped `Some` if the child ended before `deadline`, `None` if the deadline
    /// came first (it is then still running and unreaped).
    pub(crate) fn wait_until(&self, deadline: Instant) -> Result<Option<Reaped>, SandboxError> {
        let Some(pidfd) = &self.pidfd else {
            return reap::poll_reap(self.pid, deadline);
        };
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(None);
            }
            // Rounded up, so a wake-up is never before the deadline.
            let millis = left.as_micros().div_ceil(1000);
            let timeout = libc::c_int::try_from(millis).unwrap_or(libc::c_int::MAX);
            let mut poll_fd = libc::pollfd {
                fd: pidfd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            let ready = unsafe { libc::poll(&mut poll_fd, 1, timeout) };
            if ready < 0 {
                let err = io::Error::last_os_error();
                if err.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(SandboxError::Os {
                    call: "poll(pidfd)",
                    source: err,
                });
            }
            if ready > 0 {
                return reap::reap(self.pid).map(Some);
            }
        }
    }
}

/// Another process's CPU clock (every thread's user and system time), read through
/// `clock_getcpuclockid`: the kernel's own accounting, to the nanosecond.
pub(crate) struct CpuClock(libc::clockid_t);

impl CpuClock {
    pub(crate) fn of(pid: libc::pid_t) -> Option<CpuClock> {
        let mut clock: libc::clockid_t = 0;
        // SAFETY: writes one clockid_t to a live local.
        (unsafe { libc::clock_getcpuclockid(pid, &mut clock) } == 0).then_some(CpuClock(clock))
    }

    /// `None` once the process has ended.
    pub(crate) fn read(&self) -> Option<std::time::Duration> {
        // SAFETY: an all-zero timespec is valid; the kernel writes it.
        let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
        // SAFETY: a clock id from clock_getcpuclockid and a live timespec.
        if unsafe { libc::clock_gettime(self.0, &mut ts) } != 0 {
            return None;
        }
        Some(std::time::Duration::new(
            u64::try_from(ts.tv_sec).unwrap_or(0),
            u32::try_from(ts.tv_nsec).unwrap_or(0),
        ))
    }
}

/// The user and system CPU time of `pid` so far, in clock ticks (`/proc/PID/stat`,
/// fields 14 and 15: sampled, so good for a share, not a measure), or `None` if it
/// cannot be read.
pub(crate) fn cpu_split(pid: libc::pid_t) -> Option<(u64, u64)> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let mut fields = stat.get(stat.rfind(')')? + 1..)?.split_whitespace();
    let user = fields.nth(11)?.parse().ok()?;
    let system = fields.next()?.parse().ok()?;
    Some((user, system))
}

/// The resident set of `pid` in bytes (`/proc/PID/statm`, second field), or `None`
/// if it cannot be read (the process ended).
pub(crate) fn resident_bytes(pid: libc::pid_t) -> Option<u64> {
    let statm = fs::read_to_string(format!("/proc/{pid}/statm")).ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: sysconf takes an integer.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages.saturating_mul(u64::try_from(page).unwrap_or(4096)))
}

/// A file no path names (memfd_create), close-on-exec, at a descriptor above the
/// standard ones: written by the sandboxed process, read by us through this descriptor.
pub(crate) fn anonymous_file(what: &str, _dir: &std::path::Path) -> io::Result<fs::File> {
    let name = std::ffi::CString::new(format!("judge-{what}")).unwrap_or_default();
    // SAFETY: a NUL-terminated name and integer flags.
    let raw = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
    if raw < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `raw` is a new descriptor that nothing else owns.
    Ok(unsafe { fs::File::from_raw_fd(raw) })
}

/// The pids of this process's children, for the sweep.
pub(crate) fn children() -> Result<Vec<libc::pid_t>, SandboxError> {
    // /proc/PID/task/TID/children needs CONFIG_PROC_CHILDREN; scan /proc without it.
    static HAS_CHILDREN_FILE: OnceLock<bool> = OnceLock::new();
    let has_children_file = *HAS_CHILDREN_FILE.get_or_init(|| {
        fs::metadata(format!("/proc/self/task/{}/children", std::process::id())).is_ok()
    });
    if has_children_file {
        children_from_tasks()
    } else {
        children_from_stat()
    }
}

fn children_from_tasks() -> Result<Vec<libc::pid_t>, SandboxError> {
    let proc_err = |call| move |source| SandboxError::Os { call, source };
    let mut pids = Vec::new();
    for task in fs::read_dir("/proc/self/task").map_err(proc_err("read_dir(/proc/self/task)"))? {
        let task = task.map_err(proc_err("read_dir(/proc/self/task)"))?;
        match fs::read_to_string(task.path().join("children")) {
            Ok(list) => pids.extend(
                list.split_whitespace()
                    .filter_map(|pid| pid.parse::<libc::pid_t>().ok()),
            ),
            // The thread ended between listing and reading.
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => return Err(proc_err("read(/proc/self/task/*/children)")(err)),
        }
    }
    Ok(pids)
}

fn children_from_stat() -> Result<Vec<libc::pid_t>, SandboxError> {
    let me = libc::pid_t::try_from(std::process::id()).unwrap_or(libc::pid_t::MAX);
    let entries = fs::read_dir("/proc").map_err(|source| SandboxError::Os {
        call: "read_dir(/proc)",
        source,
    })?;
    let mut pids = Vec::new();
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<libc::pid_t>().ok())
        else {
            continue;
        };
        // A process may end between listing and reading: skip it.
        let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|ppid| ppid.parse::<libc::pid_t>().ok());
        if ppid == Some(me) {
            pids.push(pid);
        }
    }
    Ok(pids)
}
