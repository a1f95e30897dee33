//! The child's side of the fork, run by `Command::pre_exec` just before exec: its own
//! session and process group, default handling of the terminal signals, close-on-exec
//! for every inherited descriptor above 2, the rlimits, and then the platform's
//! isolation layers (`os::Confinement`). Spawning and supervising belong to `direct`.
//!
//! The hook runs between fork and exec, so it makes only async-signal-safe calls, on
//! values the parent computed beforehand (no allocation, no locks). std reports only the
//! errno of a failed hook, so the hook also writes the number of the failing step to a
//! socket the parent reads, and the error can name the call. The same socket carries
//! which namespaces the child got (a byte with the high bit set).

use std::io::{self, Read};
use std::os::fd::RawFd;
use std::os::unix::net::UnixStream;

use crate::Limits;
use crate::os::{self, Confinement};

/// Signals a terminal sends to its whole foreground process group. The helper ignores
/// them (see `helper`), and an ignored signal would stay ignored across exec, so the
/// child puts them back to their defaults.
pub(crate) const TERMINAL_SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGQUIT, libc::SIGHUP];

/// The setup steps, by the number the hook reports.
const STEPS: [&str; 9] = [
    "setsid",
    "signal(SIG_DFL)",
    "fcntl(F_SETFD, FD_CLOEXEC)",
    "setrlimit(RLIMIT_CPU)",
    "setrlimit(RLIMIT_AS)",
    "setrlimit(RLIMIT_FSIZE)",
    "setrlimit(RLIMIT_NOFILE)",
    "setrlimit(RLIMIT_CORE)",
    "setrlimit(RLIMIT_STACK)",
];
const STEP_SETSID: u8 = 0;
const STEP_SIGNALS: u8 = 1;
const STEP_CLOEXEC: u8 = 2;
const STEP_FIRST_RLIMIT: u8 = 3;
/// The platform's steps (`os::STEPS`) are reported from this number on.
const FIRST_OS_STEP: u8 = 32;
/// A report byte with this bit set carries the namespace mask in the other bits.
const NAMESPACES_TAG: u8 = 0x80;

/// Where the descriptor loop stops when `close_range` is unavailable: descriptors above
/// it stay inheritable there. Linux 5.11+ marks all of them in one call.
const FD_LOOP_CAP: libc::rlim_t = 65_536;

/// Builds the pre-exec hook for `limits` and `confinement`. `report` is the child's end
/// of the socket from which `read_report` learns which step failed and which namespaces
/// were created.
pub(crate) fn pre_exec_hook(
    limits: &Limits,
    mut confinement: Confinement,
    report: RawFd,
    channel: Option<RawFd>,
) -> impl FnMut() -> io::Result<()> + Send + Sync + 'static {
    // Lowering a limit always succeeds; raising one past the hard limit does not, so
    // every value is capped at what this process may grant.
    let capped = |resource, soft: u64, hard: u64| {
        let mut current = libc::rlimit {
            rlim_cur: 0,
            rlim_max: libc::RLIM_INFINITY,
        };
        // SAFETY: `current` is a live rlimit; on failure it keeps RLIM_INFINITY.
        unsafe { libc::getrlimit(resource, &mut current) };
        let ceiling = current.rlim_max;
        libc::rlimit {
            rlim_cur: as_rlim(soft).min(ceiling),
            rlim_max: as_rlim(hard).min(ceiling),
        }
    };
    let cpu = limits.cpu_backstop_secs();
    // The order matches STEPS from STEP_FIRST_RLIMIT on. The CPU hard limit is one second
    // above the soft one, so SIGXCPU comes first and SIGKILL only if it is ignored.
    let rlimits = [
        (
            libc::RLIMIT_CPU,
            Some(capped(libc::RLIMIT_CPU, cpu, cpu.saturating_add(1))),
        ),
        (
            libc::RLIMIT_AS,
            limits
                .memory_bytes
                .map(|bytes| capped(libc::RLIMIT_AS, bytes, bytes)),
        ),
        (
            libc::RLIMIT_FSIZE,
            Some(capped(
                libc::RLIMIT_FSIZE,
                limits.file_size_bytes,
                limits.file_size_bytes,
            )),
        ),
        (
            libc::RLIMIT_NOFILE,
            Some(capped(
                libc::RLIMIT_NOFILE,
                limits.open_files,
                limits.open_files,
            )),
        ),
        (libc::RLIMIT_CORE, Some(capped(libc::RLIMIT_CORE, 0, 0))),
        (
            libc::RLIMIT_STACK,
            limits
                .stack_bytes
                .map(|bytes| capped(libc::RLIMIT_STACK, bytes, bytes)),
        ),
    ];
    let fd_loop_end = fd_loop_end();

    move || {
        // SAFETY (whole hook): only async-signal-safe syscalls, on values built above.
        if unsafe { libc::setsid() } == -1 {
            return Err(fail(report, STEP_SETSID, io::Error::last_os_error()));
        }
        for signal in TERMINAL_SIGNALS {
            if unsafe { libc::signal(signal, libc::SIG_DFL) } == libc::SIG_ERR {
                return Err(fail(report, STEP_SIGNALS, io::Error::last_os_error()));
            }
        }
        if !os::mark_fds_cloexec_fast(3) {
            for fd in 3..fd_loop_end {
                let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
                if flags >= 0
                    && flags & libc::FD_CLOEXEC == 0
                    && unsafe { libc::fcntl(fd, libc::F_SETFD, flags | libc::FD_CLOEXEC) } == -1
                {
                    return Err(fail(report, STEP_CLOEXEC, io::Error::last_os_error()));
                }
            }
        }
        // The results channel, at its agreed number and inherited (dup2 clears
        // close-on-exec on the copy; a channel already there keeps its flag, so clear it).
        // (`open_files` opens the capture files before the report socket and std's
        // error pipe exist, so neither can be the descriptor replaced here.)
        if let Some(fd) = channel {
            if report == crate::CHANNEL_FD {
                return Err(fail(
                    report,
                    STEP_CLOEXEC,
                    io::Error::from_raw_os_error(libc::EBADF),
                ));
            }
            let placed = if fd == crate::CHANNEL_FD {
                unsafe { libc::fcntl(fd, libc::F_SETFD, 0) }
            } else {
                unsafe { libc::dup2(fd, crate::CHANNEL_FD) }
            };
            if placed == -1 {
                return Err(fail(report, STEP_CLOEXEC, io::Error::last_os_error()));
            }
        }
        for (step, (resource, value)) in (STEP_FIRST_RLIMIT..).zip(rlimits.iter()) {
            if let Some(value) = value
                && unsafe { libc::setrlimit(*resource, value) } != 0
            {
                return Err(fail(report, step, io::Error::last_os_error()));
            }
        }
        match confinement.apply() {
            Ok(namespaces) => {
                if let Some(mask) = namespaces {
                    send(report, NAMESPACES_TAG | mask);
                }
                Ok(())
            }
            Err((index, err)) => {
                // Out of range (never, with os::STEPS this short) reads back as "exec".
                let step = u8::try_from(index)
                    .ok()
                    .and_then(|i| i.checked_add(FIRST_OS_STEP))
                    .filter(|step| step & NAMESPACES_TAG == 0)
                    .unwrap_or(NAMESPACES_TAG - 1);
                Err(fail(report, step, err))
            }
        }
    }
}

/// What the child reported: the step that failed, if one did, and the namespace mask,
/// if it tried namespaces.
pub(crate) struct Report {
    pub(crate) failed_step: &'static str,
    pub(crate) namespaces: Option<u8>,
}

/// After the spawn (which returns once the child has exec'd or failed, so whatever it
/// wrote is there): what the child reported. `failed_step` is "exec" when no setup step
/// failed (exec itself, or std's own dup2/chdir before the hook, failed).
pub(crate) fn read_report(mut report: &UnixStream) -> Report {
    let mut bytes = [0u8; 8];
    let got = report
        .set_nonblocking(true)
        .and_then(|()| report.read(&mut bytes))
        .unwrap_or(0);
    let mut read = Report {
        failed_step: "exec",
        namespaces: None,
    };
    for &byte in &bytes[..got] {
        if byte & NAMESPACES_TAG != 0 {
            read.namespaces = Some(byte & !NAMESPACES_TAG);
        } else {
            read.failed_step = step_name(byte);
        }
    }
    read
}

fn step_name(step: u8) -> &'static str {
    if step >= FIRST_OS_STEP {
        os::STEPS
            .get(usize::from(step - FIRST_OS_STEP))
            .copied()
            .unwrap_or("exec")
    } else {
        STEPS.get(usize::from(step)).copied().unwrap_or("exec")
    }
}

/// Tells the parent which step failed, and hands back `err`. Async-signal-safe.
fn fail(report: RawFd, step: u8, err: io::Error) -> io::Error {
    send(report, step);
    err
}

/// Writes one report byte. Async-signal-safe; a failed write only loses the report.
fn send(report: RawFd, byte: u8) {
    // SAFETY: writes one byte from a live buffer.
    unsafe { libc::write(report, (&byte as *const u8).cast(), 1) };
}

fn as_rlim(value: u64) -> libc::rlim_t {
    libc::rlim_t::try_from(value).unwrap_or(libc::RLIM_INFINITY)
}

/// One past the highest descriptor the fallback loop visits: the open-files soft limit,
/// capped at FD_LOOP_CAP.
fn fd_loop_end() -> libc::c_int {
    let mut nofile = libc::rlimit {
        rlim_cur: FD_LOOP_CAP,
        rlim_max: FD_LOOP_CAP,
    };
    // SAFETY: `nofile` is a live rlimit; on failure it keeps the cap.
    unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut nofile) };
    libc::c_int::try_from(nofile.rlim_cur.min(FD_LOOP_CAP)).unwrap_or(libc::c_int::MAX)
}

#[cfg(test)]
mod tests {
    use std::os::fd::AsRawFd;

    use super::*;

    #[test]
    fn the_reported_step_is_named() {
        let (read, write) = UnixStream::pair().unwrap();
        assert_eq!(read_report(&read).failed_step, "exec", "nothing reported");
        fail(
            write.as_raw_fd(),
            STEP_FIRST_RLIMIT + 1,
            io::Error::other("x"),
        );
        assert_eq!(read_report(&read).failed_step, "setrlimit(RLIMIT_AS)");
        fail(write.as_raw_fd(), 100, io::Error::other("x"));
        assert_eq!(read_report(&read).failed_step, "exec", "unknown step");
    }

    #[test]
    fn the_namespace_mask_travels_beside_a_failure() {
        let (read, write) = UnixStream::pair().unwrap();
        send(write.as_raw_fd(), NAMESPACES_TAG | 0b101);
        fail(write.as_raw_fd(), STEP_SETSID, io::Error::other("x"));
        let report = read_report(&read);
        assert_eq!(report.namespaces, Some(0b101));
        assert_eq!(report.failed_step, "setsid");
    }
}
