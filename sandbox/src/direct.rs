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
use crate::{Captured, Outcome, SandboxError, Spec, Status, child, layer, os};

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
    let (stdin, stdout, stderr, captures) = open_files(spec)?;
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
    let channel = captures.as_ref().map(|c| c.channel.as_raw_fd());
    let hook = child::pre_exec_hook(&spec.limits, confinement, report_write.as_raw_fd(), channel);
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

    let printed = captures
        .as_ref()
        .map(|c| (c, spec.capture.map_or(0, |c| c.print_limit)));
    let (reaped, stopped) = match watch(pid, started, &spec.limits, printed) {
        Ok(Watched::Ended(reaped)) => (reaped, None),
        Ok(stop) => {
            kill_group(pid);
            (reap::reap(pid)?, Some(stop))
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

    let captured = captures.map(|c| c.read(spec));
    Ok(outcome(
        spec,
        reaped,
        wall,
        stopped,
        leftover_killed,
        layers,
        captured,
    ))
}

/// Why the watch ended.
enum Watched {
    Ended(Reaped),
    /// The helper's caller is gone (interrupted): nobody waits for the outcome.
    CallerGone,
    Wall,
    Cpu,
    Memory,
    Output,
}

/// Waits for `pid`, watching from outside it: the wall clock, its CPU clock (every
/// thread's time, read by the kernel, so nothing the process does can hide it) and its
/// resident set. Checks every few milliseconds; an exit is seen at once.
fn watch(
    pid: libc::pid_t,
    started: Instant,
    limits: &crate::Limits,
    printed: Option<(&Captures, u64)>,
) -> Result<Watched, SandboxError> {
    let mut deadline = started + limits.wall;
    let mut graced = false;
    let mut tick = Duration::from_millis(1);
    let cpu_clock = os::CpuClock::of(pid);
    let waiter = os::ChildWaiter::new(pid);
    loop {
        let now = Instant::now();
        if now >= deadline {
            return Ok(Watched::Wall);
        }
        if let Some(reaped) = waiter.wait_until((now + tick).min(deadline))? {
            return Ok(Watched::Ended(reaped));
        }
        if crate::helper::caller_gone() {
            return Ok(Watched::CallerGone);
        }
        // Output first: a flood of prints is an output limit, whatever the speed of
        // the machine it floods.
        if let Some((c, limit)) = printed
            && c.printed() > limit
        {
            return Ok(Watched::Output);
        }
        // Memory before CPU: a process over both at one look is stopped for memory,
        // which no machine's speed changes.
        if let Some(limit) = limits.resident_bytes
            && os::resident_bytes(pid).is_some_and(|rss| rss > limit)
        {
            return Ok(Watched::Memory);
        }
        if let Some(cpu) = cpu_clock.as_ref().and_then(|c| c.read())
            && cpu > limits.cpu
        {
            // The split is sampled at the clock tick: none yet is no evidence against,
            // and every look re-reads it.
            let in_grace = cpu <= limits.cpu + limits.memory_grace
                && os::cpu_split(pid).is_some_and(|(user, system)| system >= user);
            if !in_grace {
                return Ok(Watched::Cpu);
            }
            if !graced {
                // The wall clock waits for the grace too, however loaded the machine.
                graced = true;
                deadline = deadline.max(now + limits.memory_grace * 4);
            }
        }
        tick = (tick * 2).min(WATCH_TICK);
    }
}

/// The longest pause between two looks at a running process.
const WATCH_TICK: Duration = Duration::from_millis(5);

/// The anonymous files of a captured run, kept open here: what the process wrote is
/// read through them, never through a path it could have replaced.
struct Captures {
    stdout: File,
    stderr: File,
    channel: File,
}

impl Captures {
    /// stdout and stderr together, in bytes.
    fn printed(&self) -> u64 {
        let len = |f: &File| f.metadata().map(|m| m.len()).unwrap_or(0);
        len(&self.stdout) + len(&self.stderr)
    }

    /// What was captured, with the whole sizes of stdout and stderr.
    fn read(&self, spec: &Spec) -> (Captured, u64, u64) {
        let keep = spec
            .capture
            .map(|c| (c.keep_output, c.keep_channel))
            .unwrap_or((0, 0));
        let len = |f: &File| f.metadata().map(|m| m.len()).unwrap_or(0);
        let captured = Captured {
            stdout: read_head(&self.stdout, keep.0),
            stderr: read_head(&self.stderr, keep.0),
            channel: read_head(&self.channel, keep.1),
            channel_bytes: len(&self.channel),
        };
        (captured, len(&self.stdout), len(&self.stderr))
    }
}

/// The first `max` bytes of an open file, from its start, whatever its offset.
fn read_head(file: &File, max: u64) -> String {
    use std::os::unix::fs::FileExt;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0).min(max);
    let mut buf = vec![0u8; usize::try_from(len).unwrap_or(0)];
    let mut got = 0;
    while got < buf.len() {
        match file.read_at(&mut buf[got..], got as u64) {
            Ok(0) | Err(_) => break,
            Ok(n) => got += n,
        }
    }
    buf.truncate(got);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The child's stdin, stdout and stderr: files opened here, so a missing one is an error
/// that names it; with `Spec::capture`, anonymous files and a results channel.
fn open_files(spec: &Spec) -> Result<(Stdio, Stdio, Stdio, Option<Captures>), SandboxError> {
    let file_err = |what, path: &std::path::Path| {
        let path = path.to_path_buf();
        move |source| SandboxError::File { what, path, source }
    };
    let stdin = match &spec.stdin {
        Some(path) => Stdio::from(File::open(path).map_err(file_err("stdin", path))?),
        None => Stdio::null(),
    };
    if spec.capture.is_some() {
        let anon = |what: &'static str| {
            os::anonymous_file(what, &spec.workdir).map_err(|source| SandboxError::File {
                what,
                path: spec.workdir.clone(),
                source,
            })
        };
        let captures = Captures {
            stdout: anon("stdout")?,
            stderr: anon("stderr")?,
            channel: anon("results channel")?,
        };
        let give = |f: &File, what| f.try_clone().map_err(file_err(what, &spec.workdir));
        return Ok((
            stdin,
            Stdio::from(give(&captures.stdout, "stdout")?),
            Stdio::from(give(&captures.stderr, "stderr")?),
            Some(captures),
        ));
    }
    let stdout = File::create(&spec.stdout).map_err(file_err("stdout", &spec.stdout))?;
    let stderr = if spec.stderr == spec.stdout {
        // One open file description, so the two streams append rather than overwrite.
        stdout
            .try_clone()
            .map_err(file_err("stderr", &spec.stderr))?
    } else {
        File::create(&spec.stderr).map_err(file_err("stderr", &spec.stderr))?
    };
    Ok((stdin, Stdio::from(stdout), Stdio::from(stderr), None))
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
    stopped: Option<Watched>,
    leftover_killed: u32,
    layers: Vec<&str>,
    captured: Option<(Captured, u64, u64)>,
) -> Outcome {
    let size = |path| fs::metadata(path).map(|meta| meta.len()).unwrap_or(0);
    let (captured, stdout_bytes, stderr_bytes) = match captured {
        Some((c, out, err)) => (Some(c), out, err),
        None => (None, size(&spec.stdout), size(&spec.stderr)),
    };
    let cap = spec.limits.file_size_bytes;
    // A process that ignores SIGXFSZ gets EFBIG instead, and its output stops at the cap.
    let file_at_cap = cap > 0 && (stdout_bytes >= cap || stderr_bytes >= cap);
    Outcome {
        status: reaped.status,
        wall,
        cpu: reaped.cpu,
        peak_memory_bytes: reaped.maxrss.saturating_mul(os::MAXRSS_UNIT),
        wall_timeout: matches!(stopped, Some(Watched::Wall)),
        cpu_limit_hit: matches!(stopped, Some(Watched::Cpu))
            || reaped.cpu > spec.limits.cpu
            || reaped.status == Status::Signaled(libc::SIGXCPU),
        // RLIMIT_CPU's SIGXCPU, or its SIGKILL a second later.
        cpu_stopped: matches!(stopped, Some(Watched::Cpu))
            || (stopped.is_none()
                && (reaped.status == Status::Signaled(libc::SIGXCPU)
                    || (reaped.status == Status::Signaled(libc::SIGKILL)
                        && reaped.cpu > spec.limits.cpu + spec.limits.memory_grace))),
        memory_limit_hit: matches!(stopped, Some(Watched::Memory)),
        file_size_limit_hit: file_at_cap
            || matches!(stopped, Some(Watched::Output))
            || reaped.status == Status::Signaled(libc::SIGXFSZ),
        stdout_bytes,
        stderr_bytes,
        leftover_killed,
        layers: layers.into_iter().map(String::from).collect(),
        captured,
    }
}
