//! Running a compiled solution over cases, in the sandbox.
//!
//! Small cases run together in one process (each guarded by the driver, so a
//! panic is pinned on its case); large cases are spread over several
//! processes, one per core. A process that dies (time-out, crash, memory,
//! output flood) is pinned on the case it was running, and the rest of its
//! cases are retried in a fresh process a limited number of times. This
//! module produces raw per-case results; it does not compare answers or
//! decide verdicts.

use crate::error::{Error, IoContext, Result};
use judge_sandbox::{Isolation, Limits, Spec, Status};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Inputs up to this size share the first process.
const SMALL_INPUT: usize = 16 * 1024;
/// How many times a batch is restarted after its process died.
const MAX_RESTARTS: usize = 2;
/// Every file the solution writes (stdout included) is capped at this size.
pub const OUTPUT_LIMIT: u64 = 32 << 20;
/// How much of the solution's stdout and stderr is kept for the report.
const KEEP_OUTPUT: usize = 16 * 1024;
/// Address space beyond the memory limit: the driver's 256 MB case stack
/// (reserved, mostly untouched), libstd and the allocator's slack.
const AS_SLACK: u64 = 320 << 20;

#[derive(Clone, Debug)]
pub enum CaseResult {
    Returned {
        value: String,
        time: Duration,
        memory_kb: u64,
    },
    Panicked {
        message: String,
        time: Duration,
        memory_kb: u64,
    },
    /// Stopped by the watchdog or a limit while running; `ran` is a lower bound.
    TimedOut {
        ran: Duration,
    },
    MemoryExceeded {
        message: String,
    },
    OutputExceeded {
        bytes: u64,
    },
    Crashed {
        message: String,
    },
    /// The judge could not give the case to the solution (a package bug).
    InputError {
        message: String,
    },
    /// The process used far more CPU than its cases report (work hidden
    /// outside the measured calls, or forged records); pinned on its last case.
    UnaccountedCpu {
        cpu: Duration,
        reported: Duration,
    },
    NotRun,
}

#[derive(Clone, Debug, Default)]
pub struct RunOutcome {
    pub results: Vec<CaseResult>,
    /// What the solution printed, by case index (first `KEEP_OUTPUT` bytes each).
    pub stdout: HashMap<usize, String>,
    pub stderr: String,
    pub peak_memory_kb: u64,
    pub wall: Duration,
    pub cpu: Duration,
    pub layers: Vec<String>,
}

pub struct RunPlan<'a> {
    pub binary: &'a Path,
    /// The toolchain's libstd directory (`Toolchain::target_libdir`): the binary is
    /// linked with `-C prefer-dynamic` and its rpath points there.
    pub libdir: &'a Path,
    /// Case inputs (JSON argument arrays), in order.
    pub inputs: &'a [&'a str],
    /// Per-case time limit; `None` runs without one (the reference, computing answers).
    pub time_limit: Option<Duration>,
    pub memory_mb: u64,
    /// Processes to run at once.
    pub jobs: usize,
}

impl RunPlan<'_> {
    /// The watchdog stops a case at twice the limit, so a TLE report can say
    /// how far over it ran.
    fn kill_after(&self) -> Option<Duration> {
        self.time_limit.map(|t| t * 2 + Duration::from_millis(100))
    }
}

pub fn run(plan: &RunPlan) -> Result<RunOutcome> {
    let batches = make_batches(plan.inputs, plan.jobs.max(1));
    let mut outcome = RunOutcome {
        results: vec![CaseResult::NotRun; plan.inputs.len()],
        ..Default::default()
    };
    let partials: Vec<Result<RunOutcome>> = std::thread::scope(|s| {
        let handles: Vec<_> = batches
            .iter()
            .map(|batch| s.spawn(|| run_batch(plan, batch)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::Internal("a runner thread panicked".into())))
            })
            .collect()
    });
    for (batch, part) in batches.iter().zip(partials) {
        let part = part?;
        for &i in batch {
            outcome.results[i] = part.results[i].clone();
        }
        outcome.stdout.extend(part.stdout);
        if outcome.stderr.len() < KEEP_OUTPUT {
            outcome.stderr.push_str(&part.stderr);
        }
        outcome.peak_memory_kb = outcome.peak_memory_kb.max(part.peak_memory_kb);
        outcome.wall = outcome.wall.max(part.wall);
        outcome.cpu += part.cpu;
        if outcome.layers.is_empty() {
            outcome.layers = part.layers;
        }
    }
    Ok(outcome)
}

/// Splits case indices into batches: all small cases first in batch 0, large
/// ones spread so that each batch gets about the same input size.
fn make_batches(inputs: &[&str], jobs: usize) -> Vec<Vec<usize>> {
    let mut batches: Vec<Vec<usize>> = vec![Vec::new(); jobs];
    let mut load = vec![0usize; jobs];
    let mut large: Vec<usize> = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        if input.len() <= SMALL_INPUT {
            batches[0].push(i);
            load[0] += input.len();
        } else {
            large.push(i);
        }
    }
    large.sort_by_key(|&i| std::cmp::Reverse(inputs[i].len()));
    for i in large {
        let (b, _) = load
            .iter()
            .enumerate()
            .min_by_key(|(_, l)| **l)
            .unwrap_or((0, &0));
        batches[b].push(i);
        load[b] += inputs[i].len();
    }
    for b in &mut batches {
        b.sort_unstable();
    }
    batches.retain(|b| !b.is_empty());
    batches
}

fn run_batch(plan: &RunPlan, batch: &[usize]) -> Result<RunOutcome> {
    let mut out = RunOutcome {
        results: vec![CaseResult::NotRun; plan.inputs.len()],
        ..Default::default()
    };
    let mut remaining: Vec<usize> = batch.to_vec();
    let mut restarts = 0;
    while !remaining.is_empty() {
        let died_at = run_process(plan, &remaining, &mut out)?;
        match died_at {
            None => break,
            Some(pos) => {
                remaining.drain(..=pos);
                restarts += 1;
                if restarts > MAX_RESTARTS {
                    break;
                }
            }
        }
    }
    Ok(out)
}

/// Runs one process over `cases`. Returns the position (in `cases`) of the
/// case the process died on, if it died before finishing.
fn run_process(plan: &RunPlan, cases: &[usize], out: &mut RunOutcome) -> Result<Option<usize>> {
    let dir = tempfile::Builder::new()
        .prefix("judge-run-")
        .tempdir()
        .context(|| "cannot create a temporary directory for the run".into())?;
    let mut input = String::new();
    for &i in cases {
        input.push_str(&i.to_string());
        input.push('\t');
        input.push_str(plan.inputs[i]);
        input.push('\n');
    }
    let cases_path = dir.path().join("cases.in");
    std::fs::write(&cases_path, &input)
        .context(|| format!("cannot write {}", cases_path.display()))?;
    let kill_after = plan.kill_after();
    let per_case = kill_after.unwrap_or(Duration::from_secs(60));
    let wall =
        (per_case * cases.len() as u32 + Duration::from_secs(2)).min(Duration::from_secs(900));
    let spec = Spec {
        program: plan.binary.to_path_buf(),
        args: vec![
            "results".into(),
            kill_after
                .map(|d| d.as_millis().to_string())
                .unwrap_or_else(|| "0".into())
                .into(),
        ],
        workdir: dir.path().to_path_buf(),
        env: Vec::new(),
        stdin: Some(cases_path),
        stdout: dir.path().join("stdout"),
        stderr: dir.path().join("stderr"),
        limits: Limits {
            cpu: wall,
            wall,
            memory_bytes: Some((plan.memory_mb << 20) + AS_SLACK),
            file_size_bytes: OUTPUT_LIMIT,
            open_files: 64,
            stack_bytes: Some(16 << 20),
        },
        isolation: solution_isolation(plan.libdir),
    };
    crate::engine::trace::command("run", &spec);
    let proc = judge_sandbox::run(&spec)?;
    out.wall += proc.wall;
    out.cpu += proc.cpu;
    out.peak_memory_kb = out.peak_memory_kb.max(proc.peak_memory_bytes / 1024);
    out.layers = proc.layers.clone();
    let stderr = read_head(&dir.path().join("stderr"));
    if out.stderr.len() < KEEP_OUTPUT {
        out.stderr.push_str(&stderr);
    }
    split_stdout(
        &read_head_bytes(&dir.path().join("stdout"), 4 << 20),
        &mut out.stdout,
    );
    let records = std::fs::read_to_string(dir.path().join("results")).unwrap_or_default();
    let _dir = crate::engine::trace::keep(dir);

    let mut started: Option<usize> = None;
    let mut done = false;
    let mut timed_out: Option<(usize, Duration)> = None;
    // The driver writes, for each case in the order given, `S` and then one
    // of `R`, `P`, `E` or `T`, and `D` at the end. The file lives in the
    // solution's own process, so anything else means the solution wrote to
    // it: that is reported, never believed.
    let mut next = 0usize;
    let mut tampered: Option<String> = None;
    // Only whole records: a line cut short (the results file reached the
    // size limit, or the process died mid-write) is not a result.
    for (n, line) in records
        .split_inclusive('\n')
        .filter_map(|l| l.strip_suffix('\n'))
        .enumerate()
    {
        let mut parts = line.splitn(5, ' ');
        let tag = parts.next().unwrap_or("");
        let idx: Option<usize> = parts.next().and_then(|s| s.parse().ok());
        let in_order = match tag {
            "S" => !done && started.is_none() && idx.is_some() && cases.get(next).copied() == idx,
            "R" | "P" | "E" => !done && started.is_some() && started == idx,
            // The watchdog may lose a race with the case's own end by a hair.
            "T" => {
                !done
                    && idx.is_some()
                    && (started == idx
                        || (started.is_none() && next > 0 && cases.get(next - 1).copied() == idx))
            }
            "D" => !done && started.is_none() && next == cases.len(),
            _ => false,
        };
        if !in_order {
            tampered = Some(format!(
                "record {} (`{}`) is out of order",
                n + 1,
                crate::engine::text::abbreviate(line, 40)
            ));
            break;
        }
        match tag {
            "D" => done = true,
            "S" => {
                started = idx;
                next += 1;
            }
            "R" | "P" => {
                let Some(i) = idx else { continue };
                let nanos: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                let kb: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                let rest = parts.next().unwrap_or("").to_string();
                let time = Duration::from_nanos(nanos);
                out.results[i] = if tag == "R" {
                    CaseResult::Returned {
                        value: rest,
                        time,
                        memory_kb: kb,
                    }
                } else {
                    let message = serde_json::from_str::<String>(&rest).unwrap_or(rest);
                    CaseResult::Panicked {
                        message,
                        time,
                        memory_kb: kb,
                    }
                };
                started = None;
            }
            "E" => {
                let Some(i) = idx else { continue };
                let rest: Vec<&str> = parts.collect();
                let rest = rest.join(" ");
                let message = serde_json::from_str::<String>(&rest).unwrap_or(rest);
                out.results[i] = CaseResult::InputError { message };
                started = None;
            }
            "T" => {
                let Some(i) = idx else { continue };
                let nanos: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                timed_out = Some((i, Duration::from_nanos(nanos)));
            }
            _ => {}
        }
    }
    if let Some(why) = tampered {
        let culprit =
            started.or_else(|| cases.get(next.min(cases.len().saturating_sub(1))).copied());
        if let Some(c) = culprit {
            out.results[c] = CaseResult::Crashed {
                message: format!(
                    "the judge's results channel was written to by the solution: {why}"
                ),
            };
            return Ok(cases.iter().position(|&i| i == c));
        }
    }
    let clean_exit = matches!(proc.status, Status::Exited(0));
    let all_reported = cases
        .iter()
        .all(|&i| !matches!(out.results[i], CaseResult::NotRun));
    if done && clean_exit && !proc.file_size_limit_hit && all_reported {
        // The results file is written from inside the solution's process, so
        // a solution could forge it. The kernel's CPU count cannot be forged:
        // a process that used far more CPU than its cases account for did
        // work it hid (say, in a thread, or while faking the records).
        if let Some(limit) = plan.time_limit {
            let reported: Duration = cases.iter().map(|&i| reported_time(&out.results[i])).sum();
            // Beyond the calls the process only reads inputs and writes
            // answers: a quarter on top, one limit, and two seconds cover it.
            let allowance = reported * 5 / 4 + limit + Duration::from_secs(2);
            if proc.cpu > allowance {
                let last = *cases.last().unwrap_or(&0);
                out.results[last] = CaseResult::UnaccountedCpu {
                    cpu: proc.cpu,
                    reported,
                };
                return Ok(None);
            }
        }
        return Ok(None);
    }
    // The process died, or exited early. Pin it on the case it was running,
    // else on the first case that has no result.
    let culprit = timed_out.map(|(i, _)| i).or(started).or_else(|| {
        cases
            .iter()
            .copied()
            .find(|&i| matches!(out.results[i], CaseResult::NotRun))
    });
    let Some(culprit) = culprit else {
        return Ok(None);
    };
    let memory_limit_kb = plan.memory_mb * 1024;
    let alloc_failed = stderr.contains("memory allocation of");
    out.results[culprit] = if let Some((_, ran)) = timed_out {
        CaseResult::TimedOut { ran }
    } else if proc.wall_timeout || proc.cpu_limit_hit {
        CaseResult::TimedOut {
            ran: kill_after.unwrap_or(proc.wall),
        }
    } else if proc.file_size_limit_hit || proc.stdout_bytes >= OUTPUT_LIMIT {
        CaseResult::OutputExceeded {
            bytes: proc.stdout_bytes.max(OUTPUT_LIMIT),
        }
    } else if stderr.contains("has overflowed its stack") {
        // The recursion, not the heap: LeetCode reports this as a runtime
        // error too (the touched stack also counts as peak memory).
        CaseResult::Crashed {
            message: "stack overflow: the recursion went deeper than the 256 MB stack allows"
                .into(),
        }
    } else if alloc_failed || proc.peak_memory_bytes / 1024 > memory_limit_kb {
        CaseResult::MemoryExceeded {
            message: if alloc_failed {
                last_line_containing(&stderr, "memory allocation of")
            } else {
                format!("peak memory {} MB", proc.peak_memory_bytes >> 20)
            },
        }
    } else {
        CaseResult::Crashed {
            message: crash_message(&proc.status, &stderr, done),
        }
    };
    Ok(cases.iter().position(|&i| i == culprit))
}

/// What a compiled solution (or generator) may read besides itself: the dynamic
/// loader's cache and the system libraries, libstd, and its own `/proc/self` (the driver
/// reads its peak memory there). Not the test set, the data directory or the judge. It
/// writes only its run directory (always writable), and starts no process.
pub fn solution_isolation(libdir: &Path) -> Isolation {
    let mut read_paths: Vec<PathBuf> = SYSTEM_LIBRARIES.iter().map(PathBuf::from).collect();
    read_paths.push(libdir.to_path_buf());
    read_paths.push(PathBuf::from("/proc/self"));
    Isolation {
        enabled: true,
        read_paths,
        exec_paths: Vec::new(),
        write_paths: Vec::new(),
        allow_processes: false,
    }
}

/// Where the dynamic loader finds shared libraries.
pub const SYSTEM_LIBRARIES: &[&str] = &[
    "/etc/ld.so.cache",
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
];

fn reported_time(r: &CaseResult) -> Duration {
    match r {
        CaseResult::Returned { time, .. } | CaseResult::Panicked { time, .. } => *time,
        _ => Duration::ZERO,
    }
}

fn crash_message(status: &Status, stderr: &str, done: bool) -> String {
    let how = match status {
        Status::Exited(_) if done => {
            "the process reported the end of the run without running this case".to_string()
        }
        Status::Exited(code) => {
            format!("the process exited with code {code} in the middle of the case")
        }
        Status::Signaled(sig) => format!("killed by signal {sig} ({})", signal_name(*sig)),
    };
    let tail: Vec<&str> = stderr.lines().rev().take(5).collect();
    if tail.is_empty() {
        how
    } else {
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        format!("{how}; stderr: {}", tail.join(" / "))
    }
}

pub fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGSEGV => "SIGSEGV: invalid memory access",
        libc::SIGABRT => "SIGABRT: aborted",
        libc::SIGKILL => "SIGKILL",
        libc::SIGFPE => "SIGFPE: arithmetic error",
        libc::SIGBUS => "SIGBUS",
        libc::SIGILL => "SIGILL: illegal instruction",
        libc::SIGXCPU => "SIGXCPU: CPU limit",
        libc::SIGXFSZ => "SIGXFSZ: file size limit",
        libc::SIGTERM => "SIGTERM",
        libc::SIGPIPE => "SIGPIPE",
        _ => "signal",
    }
}

fn last_line_containing(text: &str, needle: &str) -> String {
    text.lines()
        .rev()
        .find(|l| l.contains(needle))
        .unwrap_or(needle)
        .trim()
        .to_string()
}

fn read_head_bytes(path: &Path, max: usize) -> Vec<u8> {
    use std::io::Read;
    let mut buf = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(max as u64).read_to_end(&mut buf);
    }
    buf
}

fn read_head(path: &Path) -> String {
    String::from_utf8_lossy(&read_head_bytes(path, KEEP_OUTPUT)).into_owned()
}

/// Splits the solution's stdout at the driver's per-case marks.
fn split_stdout(bytes: &[u8], into: &mut HashMap<usize, String>) {
    let text = String::from_utf8_lossy(bytes);
    let mark = judge_harness::driver::STDOUT_MARK;
    let mut current: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(mark) {
            current = rest.trim().parse().ok();
            continue;
        }
        if let Some(i) = current {
            let entry = into.entry(i).or_default();
            if entry.len() < KEEP_OUTPUT {
                entry.push_str(line);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cases_share_the_first_batch() {
        let big = "x".repeat(SMALL_INPUT + 1);
        let inputs = ["[1]", big.as_str(), "[2]", big.as_str(), big.as_str()];
        let b = make_batches(&inputs, 2);
        assert_eq!(b.len(), 2);
        assert!(b[0].contains(&0) && b[0].contains(&2));
        let total: usize = b.iter().map(|x| x.len()).sum();
        assert_eq!(total, 5);
    }

    #[test]
    fn splits_stdout_by_case() {
        let mut m = HashMap::new();
        split_stdout(
            b"\x1ejudge-case 0\nhello\n\x1ejudge-case 3\nworld\n",
            &mut m,
        );
        assert_eq!(m[&0], "hello\n");
        assert_eq!(m[&3], "world\n");
    }
}
