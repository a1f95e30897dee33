//! The namespace layers, best effort: the child unshares user, net, ipc, uts and mount
//! namespaces if the kernel lets it (an unprivileged user namespace, or root), maps its
//! own uid and gid in the new user namespace, and tells the supervisor which it got.
//! Distributions often forbid unprivileged user namespaces (Ubuntu 24.04's AppArmor,
//! Docker's default seccomp profile), so a refusal is not an error: the namespaces are
//! then simply absent from `Outcome::layers`.
//!
//! No pid namespace: the sandboxed process must not be its PID 1 (the kernel ignores
//! SIGXCPU there, and every signal without a handler), so it would need a small init
//! between the supervisor and the process, relaying exit status and losing the process's
//! CPU time when the tree is killed at the wall limit. Landlock's signal scope and the
//! seccomp filter already keep the process from signalling others, and Landlock from
//! reading their `/proc` entries, so the pid namespace would add little.

use std::io;

use crate::layer;

/// What the child tries, best first: everything in a new user namespace (unprivileged),
/// then everything but the user namespace (root in a container that forbids user
/// namespaces but allows the rest).
const ATTEMPTS: [libc::c_int; 2] = [libc::CLONE_NEWUSER | OTHERS, OTHERS];
const OTHERS: libc::c_int =
    libc::CLONE_NEWNET | libc::CLONE_NEWIPC | libc::CLONE_NEWUTS | libc::CLONE_NEWNS;

/// The flags and the layer each one is, in the order of the bits of the report mask.
const LAYERS: [(libc::c_int, &str); 5] = [
    (libc::CLONE_NEWUSER, layer::USER_NS),
    (libc::CLONE_NEWNET, layer::NET_NS),
    (libc::CLONE_NEWIPC, layer::IPC_NS),
    (libc::CLONE_NEWUTS, layer::UTS_NS),
    (libc::CLONE_NEWNS, layer::MOUNT_NS),
];

/// The uid and gid maps, written before the fork.
pub(crate) struct Plan {
    uid_map: Vec<u8>,
    gid_map: Vec<u8>,
}

/// The child's namespace steps that can fail.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step {
    Setgroups,
    UidMap,
    GidMap,
}

impl Plan {
    pub(crate) fn new() -> Plan {
        // SAFETY: getuid and getgid cannot fail.
        let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
        // The same ids inside: a non-root caller stays non-root (and so has no
        // capabilities after exec); root stays root in a namespace that owns nothing of
        // the host's, and loses its capabilities through the no-capabilities layer.
        Plan {
            uid_map: format!("{uid} {uid} 1").into_bytes(),
            gid_map: format!("{gid} {gid} 1").into_bytes(),
        }
    }

    /// In the child: unshares what it can and maps the ids; returns the report mask of
    /// what it got (see [`layers`]). Async-signal-safe.
    pub(crate) fn apply(&self) -> Result<u8, (Step, io::Error)> {
        let mut got = 0;
        for flags in ATTEMPTS {
            // SAFETY: unshare takes flags and changes only this process.
            if unsafe { libc::unshare(flags) } == 0 {
                got = flags;
                break;
            }
        }
        if got & libc::CLONE_NEWUSER != 0 {
            // Required before an unprivileged gid_map; missing before Linux 3.19.
            match write_proc(c"/proc/self/setgroups", b"deny") {
                Err(err) if err.raw_os_error() != Some(libc::ENOENT) => {
                    return Err((Step::Setgroups, err));
                }
                _ => {}
            }
            write_proc(c"/proc/self/uid_map", &self.uid_map).map_err(|e| (Step::UidMap, e))?;
            write_proc(c"/proc/self/gid_map", &self.gid_map).map_err(|e| (Step::GidMap, e))?;
        }
        Ok(mask(got))
    }
}

fn mask(flags: libc::c_int) -> u8 {
    let mut mask = 0;
    for (bit, (flag, _)) in LAYERS.iter().enumerate() {
        if flags & flag != 0 {
            mask |= 1 << bit;
        }
    }
    mask
}

/// The layers named by a report mask.
pub(crate) fn layers(mask: u8) -> impl Iterator<Item = &'static str> {
    LAYERS
        .iter()
        .enumerate()
        .filter(move |(bit, _)| mask & (1 << bit) != 0)
        .map(|(_, (_, name))| *name)
}

/// Writes `data` to a /proc file in one write, as the kernel requires. Async-signal-safe.
fn write_proc(path: &std::ffi::CStr, data: &[u8]) -> io::Result<()> {
    // SAFETY: a NUL-terminated path.
    let fd = unsafe { libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: writes from a live buffer to the descriptor opened above.
    let written = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    let result = if usize::try_from(written).ok() == Some(data.len()) {
        Ok(())
    } else if written < 0 {
        Err(io::Error::last_os_error())
    } else {
        Err(io::Error::from_raw_os_error(libc::EIO))
    };
    // SAFETY: closes the descriptor opened above.
    unsafe { libc::close(fd) };
    result
}

/// Tries the namespaces in a short-lived child, for `probe`: the mask it got, or why
/// it got none.
pub(crate) fn probe() -> Result<u8, String> {
    let plan = Plan::new();
    // SAFETY: the child makes only async-signal-safe calls and ends with _exit.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork: {}", io::Error::last_os_error()));
    }
    if pid == 0 {
        let code = match plan.apply() {
            Ok(mask) => i32::from(mask),
            Err(_) => 0x80,
        };
        // SAFETY: ends the child without running the parent's atexit handlers.
        unsafe { libc::_exit(code) };
    }
    let mut status = 0;
    // SAFETY: waits for the child forked above.
    if unsafe { libc::waitpid(pid, &mut status, 0) } != pid {
        return Err(format!("waitpid: {}", io::Error::last_os_error()));
    }
    match libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)) {
        Some(0x80) => Err("a new user namespace was created but its uid_map could not be written (AppArmor's restrict_unprivileged_userns?)".into()),
        Some(mask) => Ok(u8::try_from(mask).unwrap_or(0)),
        None => Err(format!("the probe child ended with status {status:#x}")),
    }
}
