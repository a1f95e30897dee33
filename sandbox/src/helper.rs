//! `run` and the helper process behind it. The caller's binary is re-executed as
//! `<exe> __sandbox-exec`; it reads a `Spec` as JSON on stdin, runs it with
//! `run_direct`, and answers with the `Outcome` as JSON on stdout (exit 0), or with
//! `{"error": "..."}` (exit `HELPER_ERROR_EXIT`).
//!
//! The helper exists because the caller is multi-threaded: forking from it would make
//! the pre-exec setup unsafe, inflate `ru_maxrss` to the caller's size, and let one
//! run's sweep kill another run's process. The helper is small, single-threaded and runs
//! one process, so none of that applies.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{PoisonError, RwLock};

use serde::{Deserialize, Serialize};

use crate::{Outcome, SandboxError, Spec, run_direct};

/// The single argument that turns the caller's binary into the sandbox helper.
pub const HELPER_ARG: &str = "__sandbox-exec";

/// The helper's exit code when it replies with an error instead of an outcome.
pub const HELPER_ERROR_EXIT: i32 = 3;

/// The executable `run` starts; `None` means `std::env::current_exe()`.
static HELPER: RwLock<Option<PathBuf>> = RwLock::new(None);

/// The helper's parent when it started (0: not running as the helper).
static CALLER: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// Whether this helper's caller has gone (it was interrupted and exited): the
/// run is then stopped at once, as at its wall limit, instead of running on
/// to its budget for nobody.
pub(crate) fn caller_gone() -> bool {
    let caller = CALLER.load(std::sync::atomic::Ordering::Relaxed);
    // SAFETY: getppid cannot fail.
    caller != 0 && unsafe { libc::getppid() } != caller
}

/// The helper's reply when the run failed.
#[derive(Serialize, Deserialize)]
struct ErrorReply {
    error: String,
}

/// Sets the executable that `run` re-executes as `<path> __sandbox-exec` (by default
/// the current executable). Its `main` must call [`helper_main`] when given that argument.
pub fn set_helper(path: PathBuf) {
    *HELPER.write().unwrap_or_else(PoisonError::into_inner) = Some(path);
}

fn helper_path() -> Result<PathBuf, SandboxError> {
    if let Some(path) = HELPER
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
    {
        return Ok(path);
    }
    // The running image itself, even if its file was replaced or removed
    // since it started (an upgrade during a long `judge grade`).
    #[cfg(target_os = "linux")]
    {
        let me = PathBuf::from("/proc/self/exe");
        if me.exists() {
            return Ok(me);
        }
    }
    std::env::current_exe().map_err(|source| SandboxError::Os {
        call: "current_exe (to start the sandbox helper)",
        source,
    })
}

/// Runs `spec` in a fresh helper process and returns its outcome. Safe to call from
/// many threads at once: each call has its own helper.
pub fn run(spec: &Spec) -> Result<Outcome, SandboxError> {
    // The helper checks too; checking here keeps the error typed and saves a process.
    spec.check()?;
    let path = helper_path()?;
    let request = serde_json::to_vec(spec).map_err(|err| SandboxError::BadSpec {
        field: "(whole spec)",
        reason: format!("cannot be sent to the helper as JSON: {err}"),
    })?;
    let io_err = |what| {
        let path = path.clone();
        move |source| SandboxError::HelperIo { path, what, source }
    };
    let mut helper = Command::new(&path)
        .arg(HELPER_ARG)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(io_err("start"))?;
    if let Some(mut stdin) = helper.stdin.take() {
        // A helper that died early closes the pipe; its exit status then says why.
        if let Err(err) = stdin.write_all(&request)
            && err.kind() != io::ErrorKind::BrokenPipe
        {
            drop(stdin);
            // It has no complete spec yet, so it has started nothing: safe to end.
            let _ = helper.kill();
            let _ = helper.wait();
            return Err(io_err("send the spec")(err));
        }
    }
    let output = helper
        .wait_with_output()
        .map_err(io_err("read the reply"))?;
    let reply = String::from_utf8_lossy(&output.stdout);
    let bad_reply = |source| SandboxError::HelperReply {
        path: path.clone(),
        source,
        reply: reply.to_string(),
    };
    match output.status.code() {
        Some(0) => serde_json::from_slice(&output.stdout).map_err(bad_reply),
        Some(HELPER_ERROR_EXIT) => {
            let reply: ErrorReply = serde_json::from_slice(&output.stdout).map_err(bad_reply)?;
            Err(SandboxError::InHelper {
                message: reply.error,
            })
        }
        _ => Err(SandboxError::HelperFailed {
            path: path.clone(),
            status: output.status.to_string(),
            stderr: String::from_utf8_lossy(&output.stderr)
                .trim_end()
                .to_string(),
        }),
    }
}

/// The helper's entry point: reads a `Spec` (JSON) from stdin, runs it with
/// `run_direct`, writes the `Outcome` (JSON) to stdout and exits 0; on error writes
/// `{"error": "..."}` and exits with [`HELPER_ERROR_EXIT`].
pub fn helper_main() -> ! {
    // SAFETY: getppid cannot fail.
    CALLER.store(
        unsafe { libc::getppid() },
        std::sync::atomic::Ordering::Relaxed,
    );
    ignore_terminal_signals();
    let reply = serve();
    let (body, code) = match &reply {
        Ok(outcome) => (serde_json::to_vec(outcome), 0),
        Err(err) => (
            serde_json::to_vec(&ErrorReply {
                error: err.to_string(),
            }),
            HELPER_ERROR_EXIT,
        ),
    };
    let written = body.map_err(io::Error::other).and_then(|body| {
        let mut stdout = io::stdout().lock();
        stdout.write_all(&body)?;
        stdout.flush()
    });
    if let Err(err) = written {
        eprintln!("sandbox helper: cannot write the reply: {err}");
        std::process::exit(HELPER_ERROR_EXIT);
    }
    std::process::exit(code)
}

/// Ctrl-C (or Ctrl-\, or a hangup) reaches the caller's whole foreground process group,
/// this helper included, but not the sandboxed process, which has its own session. Were
/// the helper to die of it, nothing would kill that process any more; ignoring the
/// signals lets the helper finish the run (the wall limit bounds it, and a caller that
/// exits on the signal ends it at once: `caller_gone`) and clean up.
fn ignore_terminal_signals() {
    for signal in crate::child::TERMINAL_SIGNALS {
        // SAFETY: installs SIG_IGN, which runs no code. A failure leaves the default.
        unsafe { libc::signal(signal, libc::SIG_IGN) };
    }
}

fn serve() -> Result<Outcome, SandboxError> {
    let mut request = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut request)
        .map_err(|source| SandboxError::Os {
            call: "read the spec from stdin",
            source,
        })?;
    let spec: Spec = serde_json::from_slice(&request).map_err(|err| SandboxError::BadSpec {
        field: "(whole spec)",
        reason: format!("the helper cannot parse it: {err}"),
    })?;
    run_direct(&spec)
}
