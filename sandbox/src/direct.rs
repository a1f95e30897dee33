//! `run_direct`: one run in this process, from opening the files to killing what the
//! process left behind. The pre-exec setup is `child`'s, waiting is `reap`'s and the
//! platform's (`os`); going through a helper process is `helper`'s.

use std::fs::{self, File};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::reap::{self, Reaped};
use crate::{Outcome, SandboxError, Spec, Status, child, layer, os};

/// How long the sweep keeps killing descendants that keep appearing before giving up.
const SWEEP_GIVE_UP: Duration = Duration::from_secs(10);

/// The sweep kills every child of this process, so two runs in one process must not
/// overlap: runs in one process take turns.
static ONE_RUN_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `spec` from this process and returns its outcome.
///
/// At the end this kills every child of the calling process, not only those of this run
/// (on Linux, where the caller becomes a child subreaper), and calls from several threads
/// take turns. It is meant for a process that does nothing else, like the helper behind
/// [`run`](crate::run); a multi-threaded program should call `run`. Under `run_direct`
/// the peak memory of a process forked from a large caller is inflated to the caller's
/// size.
pub fn run_direct(spec: &Spec) -> Result<Outcome, SandboxError> {
    spec.check()?;
    let _turn = ONE_RUN_AT_A_TIME
        .lock()
        .unwrap_or_else(PoisonError::into_inner);

    let mut layers = Vec::new();
    if os::become_subreaper() {
        layers.push(layer::SUBREAPER);
    }
    let (stdin, stdout, stderr) = open_files(spec)?;
    let (report_read, report_write) = UnixStream::pair().map_err(|source| SandboxError::Os {
        call: "socketpair",
        source,
    })?;

    let confinement = os::Confinement::prepare(spec)?;
    let confined_layers = confinement.layers().to_vec();
    let mut command = Command::new(&spec.program);
    command
        .args(&spec.args)
        .env_clear()
        .envs(spec.env.iter().map(|(key, value)| (key, value)))
        .current_dir(&spec.workdir)
        .stdin(stdin)
        .stdout(stdout)
        .stderr(stderr);
    let hook = child::pre_exec_hook(&spec.limits, confinement, report_write.as_raw_fd());
    // SAFETY: the hook makes only async-signal-safe calls (see `child`).
    unsafe { command.pre_exec(hook) };

    let started = Instant::now();
    let spawned = command.spawn();
    drop(command); // the hook and the prepared rulesets and filters with it
    drop(report_write);
    let report = child::read_report(&report_read);
    let pid = match spawned {
        Ok(process) => libc::pid_t::try_from(process.id()).unwrap_or(libc::pid_t::MAX),
        Err(source) => {
            return Err(SandboxError::Spawn {
                program: spec.program.clone(),
                step: report.failed_step,
                source,
            });
        }
    };
    layers.extend([
        layer::RLIMITS,
        layer::PROCESS_GROUP,
        layer::FRESH_ENV,
        layer::CLOSE_FDS,
        layer::WALL_TIMEOUT,
    ]);
    layers.extend(confined_layers);
    if let Some(mask) = report.namespaces {
        layers.extend(os::namespace_layers(mask));
    }

    let (reaped, wall_timeout) = match os::wait_child(pid, started + spec.limits.wall) {
        Ok(Some(reaped)) => (reaped, false),
        Ok(None) => {
            kill_group(pid);
            (reap::reap(pid)?, true)
        }
        Err(err) => {
            kill_group(pid);
            // Reaped so no zombie is left; the wait's error is the one worth reporting.
            let _ = reap::reap(pid);
            return Err(err);
        }
    };
    let wall = started.elapsed();
    // The leader is reaped, but its number stays reserved while any member of its
    // group lives, so this cannot hit a stranger's group.
    kill_group(pid);
    let leftover_killed = sweep()?;

    Ok(outcome(
        spec,
        reaped,
        wall,
        wall_timeout,
        leftover_killed,
        layers,
    ))
}

/// The child's stdin, stdout and stderr: files opened here, so a missing one is an error
/// that names it.
fn open_files(spec: &Spec) -> Result<(Stdio, Stdio, Stdio), SandboxError> {
    let file_err = |what, path: &std::path::Path| {
        let path = path.to_path_buf();
        move |source| SandboxError::File { what, path, source }
    };
    let stdin = match &spec.stdin {
        Some(path) => Stdio::from(File::open(path).map_err(file_err("stdin", path))?),
        None => Stdio::null(),
    };
    let stdout = File::create(&spec.stdout).map_err(file_err("stdout", &spec.stdout))?;
    let stderr = if spec.stderr == spec.stdout {
        // One open file description, so the two streams append rather than overwrite.
        stdout
            .try_clone()
            .map_err(file_err("stderr", &spec.stderr))?
    } else {
        File::create(&spec.stderr).map_err(file_err("stderr", &spec.stderr))?
    };
    Ok((stdin, Stdio::from(stdout), Stdio::from(stderr)))
}

/// SIGKILL to the process group led by `pid`: the sandboxed process's own, from setsid,
/// which it cannot leave (a session leader cannot change group). Nothing left to kill is
/// not an error.
fn kill_group(pid: libc::pid_t) {
    // SAFETY: kill takes plain integers.
    unsafe { libc::kill(-pid, libc::SIGKILL) };
}

/// Kills and reaps every remaining child of this process until none is left; returns
/// how many were still alive. As a subreaper we inherit every orphaned descendant, those
/// that called setsid included, and killing one hands us its children for the next round.
fn sweep() -> Result<u32, SandboxError> {
    let started = Instant::now();
    let mut killed = 0;
    loop {
        let pids = os::children()?;
        if pids.is_empty() {
            return Ok(killed);
        }
        if started.elapsed() > SWEEP_GIVE_UP {
            return Err(SandboxError::SweepStuck {
                remaining: pids.len(),
                secs: SWEEP_GIVE_UP.as_secs(),
            });
        }
        for &pid in &pids {
            // SAFETY: kill takes plain integers.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        for &pid in &pids {
            // One that had already exited by itself was a zombie, not a leftover.
            if reap::reap_leftover(pid)? == Some(Status::Signaled(libc::SIGKILL)) {
                killed += 1;
            }
        }
    }
}

fn outcome(
    spec: &Spec,
    reaped: Reaped,
    wall: Duration,
    wall_timeout: bool,
    leftover_killed: u32,
    layers: Vec<&str>,
) -> Outcome {
    let size = |path| fs::metadata(path).map(|meta| meta.len()).unwrap_or(0);
    let stdout_bytes = size(&spec.stdout);
    let stderr_bytes = size(&spec.stderr);
    let cap = spec.limits.file_size_bytes;
    // A process that ignores SIGXFSZ gets EFBIG instead, and its output stops at the cap.
    let file_at_cap = cap > 0 && (stdout_bytes >= cap || stderr_bytes >= cap);
    Outcome {
        status: reaped.status,
        wall,
        cpu: reaped.cpu,
        peak_memory_bytes: reaped.maxrss.saturating_mul(os::MAXRSS_UNIT),
        wall_timeout,
        cpu_limit_hit: reaped.cpu > spec.limits.cpu
            || reaped.status == Status::Signaled(libc::SIGXCPU),
        file_size_limit_hit: file_at_cap || reaped.status == Status::Signaled(libc::SIGXFSZ),
        stdout_bytes,
        stderr_bytes,
        leftover_killed,
        layers: layers.into_iter().map(String::from).collect(),
    }
}
