//! Running a compiled solution over cases, in the sandbox.
//!
//! The run protocol (the trust boundary, in one place):
//!
//! - Cases run in batches, one sandboxed process per batch. The process
//!   writes its records (`S`, `R`, `P`, `E`, `D`, see the harness's driver)
//!   to a results channel, and its prints to stdout and stderr: three
//!   anonymous files the sandbox created and reads back through its own
//!   descriptors, so no path the solution could replace is ever opened.
//! - What decides a verdict is measured outside the process, by the sandbox
//!   helper: the kernel's CPU clock of the whole process (all threads), its
//!   resident set, its output sizes, its exit. The helper kills the process
//!   when one goes over the batch's budget.
//! - A batch's answers count only if the whole process stayed within one
//!   case's limits: its CPU at most the time limit, its peak resident set at
//!   most the memory limit, its output under the output limit. Then every
//!   case in it did too. A batch that went over is split in halves and run
//!   again, down to single cases; a single case's own process decides its
//!   TLE, MLE or OLE, with twice the time limit as its budget, so the report
//!   says how far over it ran. One whose CPU went mostly to the kernel at its
//!   budget (filling memory) runs on for `MEMORY_GRACE`, so the memory or
//!   stack limit it is heading for decides, not the speed of page faults.
//! - Records from the process give the answers and the report's detail
//!   (per-case time and memory); they can make a verdict worse (a panic, a
//!   record out of order), never better. An input error reported by a
//!   solution's process is a runtime error: the reference read that input.
//! - Batches are packed from the reference's per-case times, so a solution
//!   of the reference's speed needs no split; cases run in test order.
//!
//! This module produces raw per-case results; it does not compare answers or
//! decide verdicts.

use crate::engine::scratch::ScratchDir;
use crate::error::{Error, IoContext, Result};
use judge_sandbox::{Capture, Isolation, Limits, Spec, Status};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// Trusted runs (the reference, the generator): inputs up to this size share
/// the first process.
const SMALL_INPUT: usize = 16 * 1024;
/// How many processes may end on a failing case (time, memory, output,
/// crash) before the rest of the cases are left unrun (`RunPlan::max_failing`).
pub const MAX_FAILING_PROCESSES: usize = 3;
/// The results channel (the answers) is capped at this size.
pub const OUTPUT_LIMIT: u64 = 32 << 20;
/// stdout and stderr together with a process: debug prints, not answers.
/// Kept small so that a flood of prints is an output limit long before it
/// could be a time limit, on any machine.
pub const PRINT_LIMIT: u64 = 1 << 20;
/// How much of the solution's stdout and stderr is kept for the report.
const KEEP_OUTPUT: usize = 16 * 1024;
/// The address-space limit is only a backstop far above the memory limit
/// (which is on the resident set, watched from outside): the driver's
/// 256 MB case stack is reserved, not used.
const AS_BACKSTOP_SLACK: u64 = 1536 << 20;
/// Below this much of the reference's time, another process costs more
/// than it saves.
const WORTH_A_PROCESS: Duration = Duration::from_millis(10);
/// The CPU past its budget a single case's process may use while it is filling
/// memory (most of its time in page faults): enough to reach the memory or stack
/// limit at the slowest fault rate seen (about 12 µs a page), so that limit, not the
/// machine's speed, decides the verdict.
const MEMORY_GRACE: Duration = Duration::from_secs(4);
/// A trusted run's time per case.
const TRUSTED_CASE_TIME: Duration = Duration::from_secs(60);

#[derive(Clone, Debug)]
pub enum CaseResult {
    Returned {
        value: String,
        time: Duration,
        memory_kb: u64,
        /// What the harness noted about the answer (never a verdict).
        notes: Vec<String>,
    },
    Panicked {
        message: String,
        time: Duration,
        memory_kb: u64,
    },
    /// Its own process went over the time limit; `ran` is its CPU time,
    /// measured outside the process. `stopped`: it was still running at its
    /// budget (twice the limit) and was stopped; else it finished, too late.
    TimedOut {
        ran: Duration,
        stopped: bool,
    },
    /// Its process was ended by the wall clock, having used little CPU: it
    /// waited, slept or was stopped past the time limit.
    Blocked {
        cpu: Duration,
        wall: Duration,
    },
    MemoryExceeded {
        message: String,
    },
    OutputExceeded {
        bytes: u64,
        /// Printed output (stdout and stderr), not the answer.
        printed: bool,
    },
    Crashed {
        message: String,
    },
    /// The judge could not give the case to a trusted program (a package bug).
    InputError {
        message: String,
    },
    NotRun,
}

#[derive(Clone, Debug, Default)]
pub struct RunOutcome {
    pub results: Vec<CaseResult>,
    /// What the solution printed, by case index (first `KEEP_OUTPUT` bytes each).
    pub stdout: HashMap<usize, String>,
    /// What it wrote to stderr (`dbg!`, `eprintln!`), by case index, likewise.
    pub stderr_by_case: HashMap<usize, String>,
    pub stderr: String,
    /// The highest peak resident set of the processes whose results count.
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
    /// What each case costs the reference (for packing batches); empty: unknown.
    pub costs: &'a [Duration],
    /// Per-case time limit. A solution always has one; a trusted program may
    /// run without.
    pub time_limit: Option<Duration>,
    /// The judge's own program (the reference, the brute force): its records
    /// are believed, an input error is a package bug, its batches are never
    /// split, and its per-case limit is the driver's watchdog (twice the
    /// limit). A solution's run is never trusted.
    pub trusted: bool,
    pub memory_mb: u64,
    /// Processes to run at once.
    pub jobs: usize,
    /// Run the program as two processes, the second fed only what the first
    /// returned (a codec's serialize, then deserialize: see `run`).
    pub round_trip: bool,
    /// How many processes may end on a failing case before the cases not
    /// yet started are left unrun (`MAX_FAILING_PROCESSES`; 1 for a brute
    /// force given its inputs in growing size).
    pub max_failing: usize,
    /// Calls of each case in one timed window, its time the mean call (for
    /// timing growth; see the harness's `driver::repeats`): 1 to judge.
    pub repeats: u64,
}

/// Where run directories are made: a private folder of the judge's (set at
/// start), else the system's temporary directory.
static SCRATCH: OnceLock<PathBuf> = OnceLock::new();

/// How a run directory's name starts (then the judge's pid).
pub const RUN_DIR_PREFIX: &str = "judge-run-";

/// Sets the folder that holds run directories (made private, 0700, when
/// first used).
pub fn set_scratch_dir(dir: &Path) {
    let _ = SCRATCH.set(dir.to_path_buf());
}

/// Removes the run directories that judges killed outright left in the
/// scratch folder (`scratch::sweep_stale`).
pub fn sweep_stale_run_dirs() -> usize {
    let base = SCRATCH.get().cloned().unwrap_or_else(std::env::temp_dir);
    crate::engine::scratch::sweep_stale(&base, RUN_DIR_PREFIX)
}

fn create_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .context(|| format!("cannot create {}", dir.display()))?;
    let meta =
        std::fs::symlink_metadata(dir).context(|| format!("cannot read {}", dir.display()))?;
    if !meta.is_dir() {
        return Err(Error::Setup(format!(
            "{} is not a directory (a link?): the judge keeps its run directories there",
            dir.display()
        )));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .context(|| format!("cannot make {} private", dir.display()))?;
    }
    Ok(())
}

/// One process's work: these cases, with this CPU budget.
struct Job {
    cases: Vec<usize>,
}

pub fn run(plan: &RunPlan) -> Result<RunOutcome> {
    if plan.round_trip {
        return run_round_trip(plan);
    }
    run_phase(plan, None)
}

/// A codec (LC 297): every case's first process serializes, and only the
/// string it returned is given to a second, separate process, which
/// deserializes. No state the first kept (a static, a thread-local) can reach
/// the second. A case's time is the two calls' together.
fn run_round_trip(plan: &RunPlan) -> Result<RunOutcome> {
    let first = run_phase(plan, None)?;
    let mut carried: Vec<usize> = Vec::new();
    let mut inputs2: Vec<String> = Vec::new();
    for (i, r) in first.results.iter().enumerate() {
        if let CaseResult::Returned { value, .. } = r {
            carried.push(i);
            inputs2.push(format!("[{value}]"));
        }
    }
    let inputs2: Vec<&str> = inputs2.iter().map(String::as_str).collect();
    let costs2: Vec<Duration> = carried
        .iter()
        .map(|&i| plan.costs.get(i).copied().unwrap_or_default())
        .collect();
    let second = run_phase(
        &RunPlan {
            inputs: &inputs2,
            costs: &costs2,
            round_trip: false,
            ..*plan
        },
        Some(crate::engine::glue::PHASE_2),
    )?;
    let mut out = first;
    for (k, &i) in carried.iter().enumerate() {
        let before = reported_time(&out.results[i]);
        out.results[i] = match second.results[k].clone() {
            CaseResult::Returned {
                value,
                time,
                memory_kb,
                notes,
            } => CaseResult::Returned {
                value,
                time: time + before,
                memory_kb,
                notes,
            },
            CaseResult::Panicked {
                message,
                time,
                memory_kb,
            } => CaseResult::Panicked {
                message: format!("in deserialize: {message}"),
                time: time + before,
                memory_kb,
            },
            other => other,
        };
        if let Some(text) = second.stdout.get(&k) {
            out.stdout.entry(i).or_default().push_str(text);
        }
        if let Some(text) = second.stderr_by_case.get(&k) {
            out.stderr_by_case.entry(i).or_default().push_str(text);
        }
    }
    if out.stderr.len() < KEEP_OUTPUT {
        out.stderr.push_str(&second.stderr);
    }
    out.peak_memory_kb = out.peak_memory_kb.max(second.peak_memory_kb);
    out.wall += second.wall;
    out.cpu += second.cpu;
    Ok(out)
}

fn reported_time(r: &CaseResult) -> Duration {
    match r {
        CaseResult::Returned { time, .. } | CaseResult::Panicked { time, .. } => *time,
        _ => Duration::ZERO,
    }
}

fn run_phase(plan: &RunPlan, phase: Option<&str>) -> Result<RunOutcome> {
    let trusted = plan.trusted;
    let batches = if trusted {
        make_batches(plan.inputs, plan.jobs.max(1))
    } else {
        pack_batches(plan)
    };
    let shared = Shared {
        queue: Mutex::new(batches.into_iter().map(|cases| Job { cases }).collect()),
        out: Mutex::new(RunOutcome {
            results: vec![CaseResult::NotRun; plan.inputs.len()],
            ..Default::default()
        }),
        failing: Mutex::new(0),
    };
    let workers = plan.jobs.max(1);
    let errors: Vec<Result<()>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| s.spawn(|| worker(plan, phase, &shared)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::Internal("a runner thread panicked".into())))
            })
            .collect()
    });
    for e in errors {
        e?;
    }
    Ok(shared.out.into_inner().unwrap_or_else(|e| e.into_inner()))
}

struct Shared {
    queue: Mutex<VecDeque<Job>>,
    out: Mutex<RunOutcome>,
    failing: Mutex<usize>,
}

fn worker(plan: &RunPlan, phase: Option<&str>, shared: &Shared) -> Result<()> {
    loop {
        let job = {
            let mut q = shared.queue.lock().unwrap_or_else(|e| e.into_inner());
            if *shared.failing.lock().unwrap_or_else(|e| e.into_inner()) >= plan.max_failing.max(1)
            {
                q.clear();
            }
            match q.pop_front() {
                Some(j) => j,
                None => return Ok(()),
            }
        };
        let ran = run_process(plan, phase, &job.cases)?;
        let mut out = shared.out.lock().unwrap_or_else(|e| e.into_inner());
        out.wall += ran.wall;
        out.cpu += ran.cpu;
        if out.layers.is_empty() {
            out.layers = ran.layers.clone();
        }
        if out.stderr.len() < KEEP_OUTPUT {
            out.stderr.push_str(&ran.stderr);
        }
        match ran.verdict {
            Settled::Counted { failed_on } => {
                for (i, r) in ran.results {
                    out.results[i] = r;
                }
                out.stdout.extend(ran.stdout);
                out.stderr_by_case.extend(ran.stderr_by_case);
                out.peak_memory_kb = out.peak_memory_kb.max(ran.peak_kb);
                if failed_on.is_some() {
                    *shared.failing.lock().unwrap_or_else(|e| e.into_inner()) += 1;
                }
                if let Some(rest) = ran.rest
                    && !rest.is_empty()
                {
                    drop(out);
                    let mut q = shared.queue.lock().unwrap_or_else(|e| e.into_inner());
                    q.push_front(Job { cases: rest });
                }
            }
            Settled::Split { around } => {
                drop(out);
                let mut q = shared.queue.lock().unwrap_or_else(|e| e.into_inner());
                // In test order, ahead of later batches.
                for part in split(&job.cases, around).into_iter().rev() {
                    q.push_front(Job { cases: part });
                }
            }
        }
    }
}

/// Untrusted runs: consecutive cases (test order) while the reference's time
/// for them stays within a quarter of the limit, so that a solution up to
/// four times slower than the reference fits its batch's budget; and, where
/// there is enough work to pay for another process, an even share per core,
/// so the batches run in parallel.
fn pack_batches(plan: &RunPlan) -> Vec<Vec<usize>> {
    let total: Duration = plan.costs.iter().sum();
    let mut budget = plan.time_limit.unwrap_or(TRUSTED_CASE_TIME) / 4;
    if plan.jobs > 1 && total >= WORTH_A_PROCESS {
        budget = budget.min(total / plan.jobs as u32 + Duration::from_micros(1));
    }
    let mut batches: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut load = Duration::ZERO;
    for i in 0..plan.inputs.len() {
        let cost = plan.costs.get(i).copied().unwrap_or_default();
        if !current.is_empty() && load + cost > budget {
            batches.push(std::mem::take(&mut current));
            load = Duration::ZERO;
        }
        current.push(i);
        load += cost;
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

/// Trusted runs: the small cases dealt out in turn (each batch keeps the
/// cases' order: a brute force given them in growing size reaches its first
/// slow case in every batch at about the same time), large ones spread so
/// that each batch gets about the same input size.
fn make_batches(inputs: &[&str], jobs: usize) -> Vec<Vec<usize>> {
    let mut batches: Vec<Vec<usize>> = vec![Vec::new(); jobs];
    let mut load = vec![0usize; jobs];
    let mut large: Vec<usize> = Vec::new();
    let mut small = 0;
    for (i, input) in inputs.iter().enumerate() {
        if input.len() <= SMALL_INPUT {
            batches[small % jobs].push(i);
            load[small % jobs] += input.len();
            small += 1;
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

/// What one process settled.
struct Ran {
    verdict: Settled,
    results: Vec<(usize, CaseResult)>,
    stdout: HashMap<usize, String>,
    stderr_by_case: HashMap<usize, String>,
    stderr: String,
    /// Cases to run again in a fresh process (after the one it died on).
    rest: Option<Vec<usize>>,
    peak_kb: u64,
    wall: Duration,
    cpu: Duration,
    layers: Vec<String>,
}

enum Settled {
    /// The results count; `failed_on` is the case the process ended on, if it
    /// did not finish.
    Counted { failed_on: Option<usize> },
    /// Over the budget with several cases: split and run again, around the
    /// case that was running when the process was stopped, if one was.
    Split { around: Option<usize> },
}

/// The parts a batch that went over is run again in: the cases before the
/// one that was running when it was stopped, that case alone, and the cases
/// after it (the likely culprit is judged on its own at once); without such
/// a case, halves.
fn split(cases: &[usize], around: Option<usize>) -> Vec<Vec<usize>> {
    let parts: Vec<&[usize]> = match around.and_then(|c| cases.iter().position(|&i| i == c)) {
        Some(pos) => vec![&cases[..pos], &cases[pos..=pos], &cases[pos + 1..]],
        None => {
            let (a, b) = cases.split_at(cases.len() / 2);
            vec![a, b]
        }
    };
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(<[usize]>::to_vec)
        .collect()
}

/// Runs one process over `cases` and settles what its results mean.
fn run_process(plan: &RunPlan, phase: Option<&str>, cases: &[usize]) -> Result<Ran> {
    let base = match SCRATCH.get() {
        Some(dir) => {
            create_private_dir(dir)?;
            dir.clone()
        }
        None => std::env::temp_dir(),
    };
    let dir = ScratchDir::new_in(&base, RUN_DIR_PREFIX)
        .context(|| format!("cannot create a run directory in {}", base.display()))?;
    let mut input = String::new();
    for &i in cases {
        input.push_str(&i.to_string());
        if plan.repeats > 1 {
            input.push('*');
            input.push_str(&plan.repeats.to_string());
        }
        input.push('\t');
        input.push_str(plan.inputs[i]);
        input.push('\n');
    }
    let cases_path = dir.path().join("cases.in");
    std::fs::write(&cases_path, &input)
        .context(|| format!("cannot write {}", cases_path.display()))?;
    drop(input);
    let single = cases.len() == 1;
    // The CPU budget: one limit for a batch (every case within it), twice the
    // limit and a little for a single case (to say how far over it ran).
    let watchdog = plan.time_limit.filter(|_| plan.trusted).map(kill_after);
    let (budget, wall) = match plan.time_limit.filter(|_| !plan.trusted) {
        Some(limit) => {
            let budget = if single {
                limit * 2 + Duration::from_millis(100)
            } else {
                limit
            };
            // A process that stops itself or blocks uses no CPU: the wall
            // clock ends it a few seconds after its budget.
            (budget, budget * 4 + Duration::from_secs(2))
        }
        None => {
            let per_case = watchdog.unwrap_or(TRUSTED_CASE_TIME);
            let t = (per_case * cases.len() as u32).min(Duration::from_secs(900));
            (t, t + Duration::from_secs(2))
        }
    };
    let memory_limit = plan.memory_mb << 20;
    let spec = Spec {
        program: plan.binary.to_path_buf(),
        args: [
            format!("fd:{}", judge_sandbox::CHANNEL_FD),
            watchdog.map_or(0, |d| d.as_millis()).to_string(),
        ]
        .into_iter()
        .chain(phase.map(String::from))
        .map(Into::into)
        .collect(),
        workdir: dir.path().to_path_buf(),
        env: Vec::new(),
        stdin: Some(cases_path),
        stdout: PathBuf::new(),
        stderr: PathBuf::new(),
        limits: Limits {
            cpu: budget,
            wall,
            memory_bytes: Some(memory_limit * 2 + AS_BACKSTOP_SLACK),
            file_size_bytes: OUTPUT_LIMIT,
            open_files: 64,
            stack_bytes: Some(16 << 20),
            resident_bytes: Some(memory_limit),
            memory_grace: if single && !plan.trusted {
                MEMORY_GRACE
            } else {
                Duration::ZERO
            },
        },
        isolation: solution_isolation(plan.libdir),
        capture: Some(Capture {
            keep_output: 4 << 20,
            keep_channel: OUTPUT_LIMIT,
            print_limit: PRINT_LIMIT,
        }),
    };
    crate::engine::trace::command("run", &spec);
    let proc = judge_sandbox::run(&spec)?;
    let _dir = crate::engine::trace::keep(dir);
    let captured = proc.captured.clone().unwrap_or_default();
    let mut ran = Ran {
        verdict: Settled::Counted { failed_on: None },
        results: Vec::new(),
        stdout: HashMap::new(),
        stderr_by_case: HashMap::new(),
        stderr: head(&captured.stderr, KEEP_OUTPUT).to_string(),
        rest: None,
        peak_kb: proc.peak_memory_bytes / 1024,
        wall: proc.wall,
        cpu: proc.cpu,
        layers: proc.layers.clone(),
    };
    split_stdout(captured.stdout.as_bytes(), &mut ran.stdout);
    split_stdout(captured.stderr.as_bytes(), &mut ran.stderr_by_case);
    let trusted = plan.trusted;
    let records = Records::parse(&captured.channel, cases, trusted);
    let over_time = proc.cpu_limit_hit
        || proc.wall_timeout
        || (!trusted && plan.time_limit.is_some_and(|limit| proc.cpu > limit));
    let over_memory = proc.memory_limit_hit || proc.peak_memory_bytes > memory_limit;
    let over_output = proc.file_size_limit_hit
        || proc.stdout_bytes + proc.stderr_bytes > PRINT_LIMIT
        || captured.channel_bytes >= OUTPUT_LIMIT;
    // Ended by the wall clock having used no more CPU than one limit: the
    // case it was running was blocked or stopped (no CPU to share out), and
    // every case before it finished within the budget.
    let blocked = proc.wall_timeout
        && !proc.cpu_limit_hit
        && plan.time_limit.is_some_and(|limit| proc.cpu <= limit);
    if !trusted && !single && !blocked && (over_time || over_memory || over_output) {
        // Which case went over cannot be told from inside: run them apart.
        ran.verdict = Settled::Split {
            around: records.running,
        };
        return Ok(ran);
    }

    // From here on, the process's results count.
    let mut results: HashMap<usize, CaseResult> = records.results;
    if !trusted {
        for r in results.values_mut() {
            if let CaseResult::InputError { message } = r {
                *r = CaseResult::Crashed {
                    message: format!(
                        "the process reported that it could not read its input ({message}), \
                         which the reference read: only the solution could have written that"
                    ),
                };
            }
        }
    }
    let clean_exit = matches!(proc.status, Status::Exited(0));
    let all_reported = cases.iter().all(|i| results.contains_key(i));
    let finished = records.done && clean_exit && all_reported && records.tampered.is_none();
    // The case the process ended on: the one it was running, else the first
    // without a result, else (a single case over a limit, or a forged record
    // after the last) the last.
    let culprit = records
        .running
        .or_else(|| cases.iter().copied().find(|i| !results.contains_key(i)))
        .or_else(|| cases.last().copied());
    // Why the process ended, in this order: what the watcher stopped it for
    // comes first (a process stopped at the memory limit has also used CPU).
    let output_failure = || CaseResult::OutputExceeded {
        bytes: (proc.stdout_bytes + proc.stderr_bytes).max(captured.channel_bytes),
        printed: captured.channel_bytes < OUTPUT_LIMIT,
    };
    let memory_failure = || CaseResult::MemoryExceeded {
        message: format!(
            "peak memory {} MB",
            proc.peak_memory_bytes.max(memory_limit) >> 20
        ),
    };
    // The process ended by itself (nothing stopped it) on a stack overflow:
    // the recursion was too deep, whatever it cost on the way (the touched
    // stack is CPU time and resident memory too).
    let stopped = proc.cpu_stopped || proc.wall_timeout || proc.memory_limit_hit;
    let stack_overflow = !stopped && captured.stderr.contains("has overflowed its stack");
    let failure = if let Some(why) = &records.tampered {
        Some(CaseResult::Crashed {
            message: format!("the judge's results channel was written to by the solution: {why}"),
        })
    } else if stack_overflow && !finished {
        Some(CaseResult::Crashed {
            message: format!(
                "stack overflow: the recursion went deeper than the {} stack allows",
                crate::engine::text::bytes(judge_harness::driver::STACK_BYTES as u64)
            ),
        })
    } else if let Some(ran) = records.timed_out {
        Some(CaseResult::TimedOut { ran, stopped: true })
    } else if proc.memory_limit_hit {
        Some(memory_failure())
    } else if proc.file_size_limit_hit {
        Some(output_failure())
    } else if blocked {
        Some(CaseResult::Blocked {
            cpu: proc.cpu,
            wall: proc.wall,
        })
    } else if over_time {
        Some(CaseResult::TimedOut {
            ran: proc.cpu,
            stopped: proc.cpu_stopped || proc.wall_timeout,
        })
    } else if !trusted && over_memory {
        Some(memory_failure())
    } else if over_output {
        Some(output_failure())
    } else if finished {
        None
    } else if captured.stderr.contains("memory allocation of") {
        Some(CaseResult::MemoryExceeded {
            message: last_line_containing(&captured.stderr, "memory allocation of"),
        })
    } else {
        Some(CaseResult::Crashed {
            message: crash_message(&proc.status, &captured.stderr, records.done),
        })
    };
    match (failure, culprit) {
        (Some(f), Some(c)) => {
            // A single case that went over keeps only the failure; in a batch,
            // the cases before the culprit finished within the budget.
            let pos = cases.iter().position(|&i| i == c).unwrap_or(0);
            for &i in &cases[..pos] {
                if let Some(r) = results.remove(&i) {
                    ran.results.push((i, r));
                }
            }
            ran.results.push((c, f));
            ran.rest = Some(cases[pos + 1..].to_vec());
            ran.verdict = Settled::Counted { failed_on: Some(c) };
        }
        _ => {
            for &i in cases {
                if let Some(r) = results.remove(&i) {
                    ran.results.push((i, r));
                }
            }
        }
    }
    Ok(ran)
}

/// The driver's records, checked for order. The channel lives in the
/// solution's own process, so anything out of order means the solution wrote
/// to it: that is reported, never believed.
struct Records {
    results: HashMap<usize, CaseResult>,
    done: bool,
    /// The case started and not finished.
    running: Option<usize>,
    /// The last case that finished.
    last: Option<usize>,
    /// How many cases were started.
    started: usize,
    /// The watchdog's `T` record (trusted runs only): how long the case ran.
    timed_out: Option<Duration>,
    /// `N` records of the running case, until its `R`.
    notes: Vec<String>,
    tampered: Option<String>,
}

impl Records {
    fn parse(channel: &str, cases: &[usize], trusted: bool) -> Records {
        let mut r = Records {
            results: HashMap::new(),
            done: false,
            running: None,
            last: None,
            started: 0,
            timed_out: None,
            notes: Vec::new(),
            tampered: None,
        };
        // Only whole records: a line cut short (the channel reached its size
        // limit, or the process died mid-write) is not a result.
        for (n, line) in channel
            .split_inclusive('\n')
            .filter_map(|l| l.strip_suffix('\n'))
            .enumerate()
        {
            let mut parts = line.splitn(5, ' ');
            let tag = parts.next().unwrap_or("");
            let idx: Option<usize> = parts.next().and_then(|s| s.parse().ok());
            let in_order = match tag {
                "S" => {
                    !r.done
                        && r.running.is_none()
                        && idx.is_some()
                        && cases.get(r.started).copied() == idx
                }
                "R" | "P" | "E" | "N" => !r.done && r.running.is_some() && r.running == idx,
                "D" => !r.done && r.running.is_none() && r.started == cases.len(),
                // The watchdog may lose a race with the case's own end by a hair.
                "T" => trusted && !r.done && idx.is_some() && idx == r.running.or(r.last),
                _ => false,
            };
            if !in_order {
                r.tampered = Some(format!(
                    "record {} (`{}`) is out of order",
                    n + 1,
                    crate::engine::text::abbreviate(line, 40)
                ));
                break;
            }
            let Some(i) = idx else {
                r.done = true;
                continue;
            };
            match tag {
                "S" => {
                    r.running = Some(i);
                    r.started += 1;
                }
                "N" => {
                    let rest: Vec<&str> = parts.collect();
                    let rest = rest.join(" ");
                    r.notes
                        .push(serde_json::from_str::<String>(&rest).unwrap_or(rest));
                }
                "T" => {
                    let nanos: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                    r.timed_out = Some(Duration::from_nanos(nanos));
                    r.running = Some(i);
                    r.results.remove(&i);
                }
                "R" | "P" => {
                    let nanos: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                    let kb: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                    let rest = parts.next().unwrap_or("").to_string();
                    let time = Duration::from_nanos(nanos);
                    let result = if tag == "R" {
                        CaseResult::Returned {
                            value: rest,
                            time,
                            memory_kb: kb,
                            notes: std::mem::take(&mut r.notes),
                        }
                    } else {
                        let message = serde_json::from_str::<String>(&rest).unwrap_or(rest);
                        CaseResult::Panicked {
                            message,
                            time,
                            memory_kb: kb,
                        }
                    };
                    r.results.insert(i, result);
                    r.running = None;
                    r.last = Some(i);
                }
                _ => {
                    let rest: Vec<&str> = parts.collect();
                    let rest = rest.join(" ");
                    let message = serde_json::from_str::<String>(&rest).unwrap_or(rest);
                    r.results.insert(i, CaseResult::InputError { message });
                    r.running = None;
                }
            }
        }
        r
    }
}

/// The driver's watchdog stops a trusted program's case at twice its limit,
/// so a report can say how far over it ran.
fn kill_after(limit: Duration) -> Duration {
    limit * 2 + Duration::from_millis(100)
}

fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
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
    fn small_cases_are_dealt_out_in_order_and_large_ones_spread() {
        let big = "x".repeat(SMALL_INPUT + 1);
        let inputs = [
            "[1]",
            big.as_str(),
            "[2]",
            "[3]",
            big.as_str(),
            big.as_str(),
        ];
        let b = make_batches(&inputs, 2);
        assert_eq!(b.len(), 2);
        // The small ones (0, 2, 3) in turn, each batch in case order.
        assert!(b[0].contains(&0) && b[1].contains(&2) && b[0].contains(&3));
        assert!(b.iter().all(|x| x.is_sorted()));
        let total: usize = b.iter().map(|x| x.len()).sum();
        assert_eq!(total, 6);
        // One job: one batch, in order.
        assert_eq!(make_batches(&inputs, 1), vec![vec![0, 1, 2, 3, 4, 5]]);
    }

    #[test]
    fn an_over_budget_batch_is_split_around_the_case_it_was_running() {
        assert_eq!(
            split(&[3, 4, 5, 6], Some(5)),
            vec![vec![3, 4], vec![5], vec![6]]
        );
        assert_eq!(split(&[3, 4, 5], Some(3)), vec![vec![3], vec![4, 5]]);
        assert_eq!(split(&[3, 4, 5, 6], None), vec![vec![3, 4], vec![5, 6]]);
        assert_eq!(split(&[3, 4], Some(9)), vec![vec![3], vec![4]]);
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
