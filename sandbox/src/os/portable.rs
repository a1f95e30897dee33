//! The portable side of the platform seam (macOS and other Unixes): no subreaper, a
//! descriptor loop for close-on-exec, polling waits, and no sweep beyond the process
//! group. `linux.rs` has the same functions with the Linux layers.

use std::time::Instant;

use crate::SandboxError;
use crate::reap::{self, Reaped};

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

/// Waits for the child `pid` until `deadline` by polling.
pub(crate) fn wait_child(
    pid: libc::pid_t,
    deadline: Instant,
) -> Result<Option<Reaped>, SandboxError> {
    reap::poll_reap(pid, deadline)
}

/// Without a subreaper no orphan is ever re-parented to us: nothing to sweep.
pub(crate) fn children() -> Result<Vec<libc::pid_t>, SandboxError> {
    Ok(Vec::new())
}
