//! Waiting for processes with `wait4`: the exit status and exact rusage of a child, and
//! the portable wait (polling with short sleeps) used where no pidfd exists. Deciding
//! when to kill is `direct`'s job.

use std::io;
use std::time::{Duration, Instant};

use crate::{SandboxError, Status};

/// A reaped child: how it ended and what it used.
pub(crate) struct Reaped {
    pub(crate) status: Status,
    /// User + system time.
    pub(crate) cpu: Duration,
    /// `ru_maxrss` in the platform's unit (see `os::MAXRSS_UNIT`).
    pub(crate) maxrss: u64,
}

/// Waits for `pid` to end and reaps it.
pub(crate) fn reap(pid: libc::pid_t) -> Result<Reaped, SandboxError> {
    loop {
        if let Some(reaped) = wait4(pid, 0).map_err(wait4_failed)? {
            return Ok(reaped);
        }
    }
}

/// Reaps a leftover descendant that was just killed; `None` if it was not ours to reap
/// any more (ECHILD).
pub(crate) fn reap_leftover(pid: libc::pid_t) -> Result<Option<Status>, SandboxError> {
    loop {
        match wait4(pid, 0) {
            Ok(Some(reaped)) => return Ok(Some(reaped.status)),
            Ok(None) => continue,
            Err(err) if err.raw_os_error() == Some(libc::ECHILD) => return Ok(None),
            Err(err) => return Err(wait4_failed(err)),
        }
    }
}

/// Reaps `pid` if it has ended, without blocking.
fn try_reap(pid: libc::pid_t) -> Result<Option<Reaped>, SandboxError> {
    wait4(pid, libc::WNOHANG).map_err(wait4_failed)
}

/// Waits for `pid` until `deadline` by polling: reaped `Some` if it ended, `None` if
/// the deadline came first (the process is then still running and unreaped).
pub(crate) fn poll_reap(
    pid: libc::pid_t,
    deadline: Instant,
) -> Result<Option<Reaped>, SandboxError> {
    // Short first naps keep fast processes fast; longer ones keep a sleeper cheap.
    let mut nap = Duration::from_micros(100);
    loop {
        if let Some(reaped) = try_reap(pid)? {
            return Ok(Some(reaped));
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        std::thread::sleep(nap.min(deadline - now));
        nap = (nap * 2).min(Duration::from_millis(5));
    }
}

/// One `wait4` call; `None` when `WNOHANG` found the child still running. EINTR is
/// reported as `None` too, so blocking callers simply call again.
fn wait4(pid: libc::pid_t, flags: libc::c_int) -> io::Result<Option<Reaped>> {
    let mut raw_status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live locals of the right types.
    let got = unsafe { libc::wait4(pid, &mut raw_status, flags, &mut usage) };
    if got == -1 {
        let err = io::Error::last_os_error();
        if err.kind() == io::ErrorKind::Interrupted {
            return Ok(None);
        }
        return Err(err);
    }
    if got == 0 {
        return Ok(None);
    }
    let status = if libc::WIFSIGNALED(raw_status) {
        Status::Signaled(libc::WTERMSIG(raw_status))
    } else {
        Status::Exited(libc::WEXITSTATUS(raw_status))
    };
    Ok(Some(Reaped {
        status,
        cpu: duration(usage.ru_utime) + duration(usage.ru_stime),
        maxrss: u64::try_from(usage.ru_maxrss).unwrap_or(0),
    }))
}

fn wait4_failed(source: io::Error) -> SandboxError {
    SandboxError::Os {
        call: "wait4",
        source,
    }
}

fn duration(tv: libc::timeval) -> Duration {
    let secs = u64::try_from(tv.tv_sec).unwrap_or(0);
    let micros = u32::try_from(tv.tv_usec).unwrap_or(0);
    Duration::from_secs(secs) + Duration::from_micros(u64::from(micros))
}
