//! Why the sandbox could not run a process. A process that fails, crashes or hits a
//! limit is not an error: that is an `Outcome`.

use std::io;
use std::path::PathBuf;

/// The sandbox could not run the process; every message names what failed.
#[derive(thiserror::Error, Debug)]
pub enum SandboxError {
    /// The spec cannot run as given.
    #[error("bad sandbox spec: field `{field}`: {reason}")]
    BadSpec { field: &'static str, reason: String },

    /// One of the process's stdin, stdout or stderr files could not be opened.
    #[error("cannot open the {what} file {}: {source}", path.display())]
    File {
        what: &'static str,
        path: PathBuf,
        source: io::Error,
    },

    /// Starting the process failed; `step` is the setup call that failed in the child
    /// (`setsid`, `setrlimit(RLIMIT_AS)`, ...) or `exec`.
    #[error("cannot start {}: {step} failed: {source}", program.display())]
    Spawn {
        program: PathBuf,
        step: &'static str,
        source: io::Error,
    },

    /// A Linux layer the kernel offers could not be prepared (before anything was
    /// spawned). A layer that fails in the child is a `Spawn` error whose step names it.
    #[error("cannot set up the {layer} layer: {reason}")]
    Layer { layer: &'static str, reason: String },

    /// A system call made while supervising the process failed.
    #[error("{call} failed: {source}")]
    Os {
        call: &'static str,
        source: io::Error,
    },

    /// Killing the leftover descendants did not converge (they kept appearing).
    #[error(
        "could not kill every leftover descendant: {remaining} still alive after {secs} s of sweeping"
    )]
    SweepStuck { remaining: usize, secs: u64 },

    /// Talking to the helper process failed.
    #[error("sandbox helper {}: {what}: {source}", path.display())]
    HelperIo {
        path: PathBuf,
        what: &'static str,
        source: io::Error,
    },

    /// The helper ended without a reply (crashed, killed, or not a sandbox helper).
    #[error("sandbox helper {} failed ({status}); its stderr: {stderr}", path.display())]
    HelperFailed {
        path: PathBuf,
        status: String,
        stderr: String,
    },

    /// The helper's reply could not be read.
    #[error("sandbox helper {}: unreadable reply ({source}): {reply:?}", path.display())]
    HelperReply {
        path: PathBuf,
        source: serde_json::Error,
        reply: String,
    },

    /// The helper ran but reported an error; `message` is that error's text.
    #[error("in the sandbox helper: {message}")]
    InHelper { message: String },
}
