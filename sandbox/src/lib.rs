//! Runs one untrusted process under limits and reports its outcome: exit status or
//! signal, wall and CPU time, peak memory, output sizes, and which limits it hit.
//!
//! The layers applied here are the portable ones: a cleared environment, its own
//! session and process group, rlimits (CPU, address space, file size, open files, no
//! core, stack), close-on-exec for inherited descriptors, a wall-clock timeout, and the
//! whole process tree killed at the end. On Linux the supervising process is also a
//! child subreaper, so descendants that escape the process group are found and killed.
//!
//! With `Spec::isolation` enabled, Linux adds what its kernel offers: Landlock (the
//! process reads, executes and writes only what [`Isolation`] lists; no TCP; signals and
//! abstract Unix sockets only within its own domain), a seccomp filter (no sockets, no
//! new processes unless allowed, no ptrace, no signals to others, no namespace, mount
//! or kernel-administration calls), no capabilities, and user, net, ipc, uts and mount
//! namespaces where they may be created. [`probe`] says which layers this machine
//! offers and why others are missing. `Outcome::layers` names what was applied to each
//! run; a layer the kernel offers but refuses is an error, never a silent omission.
//!
//! The crate knows nothing of verdicts: deciding TLE, MLE or RE from an [`Outcome`] is the
//! judge's business. An `Err` means the sandbox itself could not run the process.
//!
//! [`run`] is the entry point for a multi-threaded caller: it re-executes the caller's
//! binary as a small single-threaded helper (see [`HELPER_ARG`]), which calls
//! [`run_direct`]. The caller's `main` must hand over to [`helper_main`] first thing:
//!
//! ```no_run
//! // First thing in `main`:
//! if std::env::args_os().nth(1).is_some_and(|arg| arg == judge_sandbox::HELPER_ARG) {
//!     judge_sandbox::helper_main(); // never returns
//! }
//! // ... then the real program, which may call `judge_sandbox::run(&spec)` from any thread.
//! ```

#[cfg(not(unix))]
compile_error!("judge-sandbox supports Unix only (Linux, and macOS with the portable layers)");

mod child;
mod direct;
mod error;
mod helper;
mod isolation;
mod outcome;
mod reap;
mod spec;

// The platform seam: Linux adds the subreaper, close_range, pidfd waiting and the /proc
// sweep; everything else (macOS) gets the portable fallbacks.
#[cfg(all(target_os = "linux", not(judge_sandbox_portable)))]
#[path = "os/linux/mod.rs"]
mod os;
#[cfg(any(not(target_os = "linux"), judge_sandbox_portable))]
#[path = "os/portable.rs"]
mod os;

pub use direct::run_direct;
pub use error::SandboxError;
pub use helper::{HELPER_ARG, HELPER_ERROR_EXIT, helper_main, run, set_helper};
pub use isolation::{Isolation, LayerStatus, probe};
pub use outcome::{Captured, Outcome, Status, layer};
pub use spec::{CHANNEL_FD, Capture, Limits, Spec};
