//! The case driver: runs a solution over many cases in one process.
//!
//! Protocol with the judge (which is the only reader):
//! - argv[1]: where results go: `fd:N` (a descriptor the judge opened, 3 in
//!   the sandbox) or a file path. argv[2], for the judge's own programs only
//!   (the reference, the brute force): a per-case time limit in milliseconds,
//!   enforced by a watchdog thread that writes `T i NANOS` and aborts.
//!   Solutions get none: their limits are enforced outside the process.
//! - stdin: one case per line, `INDEX<TAB>ARGS`, ARGS a JSON array; or
//!   `INDEX*K<TAB>ARGS`, for timing a call too short for the CPU clock: the
//!   case calls the solution K times, in laps of a few calls timed by the
//!   wall clock, and its record's NANOS is the median lap's time per call
//!   (see `repeats`; its VALUE is `null`).
//! - results, one record per line, written as they happen: `S i` case i
//!   started; `R i NANOS KB VALUE` it returned VALUE (JSON); `P i NANOS KB
//!   MESSAGE` it panicked (MESSAGE a JSON string); `E i MESSAGE` its input
//!   could not be converted; `N i NOTE` something about the answer worth
//!   saying that does not change its verdict (NOTE a JSON string), before
//!   its `R`; `D` all cases ran. NANOS is the CPU time of the
//!   solution's call (the case thread's CPU clock), KB the process's peak
//!   resident memory so far.
//!
//! These records live in the solution's own process, so the judge takes only
//! answers and detail from them: time and memory limits are enforced and
//! measured outside the process (see the judge's engine/execute.rs), and a
//! record can make a verdict worse, never better. Calling `begin`/`end`
//! from solution code changes a reported number, not a verdict.
//!
//! The solution's own prints go to its stdout, which the judge captures
//! separately, so nothing it prints can pass for a result. Expected answers
//! never reach this process.

use crate::json::{self, Value};
use std::io::{Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// One case: converts `args`, calls the solution between `begin` and `end`,
/// and writes its result as JSON to `out`.
pub type CaseFn = fn(args: &[Value], out: &mut String) -> Result<(), String>;

/// Stack for the thread that runs cases: deep recursion on 10^5-node trees
/// and lists must not overflow where LeetCode's would not. Below the usual
/// 256 MB memory limit, so that runaway recursion overflows the stack (a
/// runtime error) before its touched stack reaches the memory limit.
pub const STACK_BYTES: usize = 192 << 20;

static EPOCH: OnceLock<Instant> = OnceLock::new();
/// CPU clock readings (plus one, so zero means "not set").
static CALL_START: AtomicU64 = AtomicU64::new(0);
static CALL_END: AtomicU64 = AtomicU64::new(0);
/// Wall clock at the start of the call: the watchdog also stops a program
/// that sleeps or blocks (using no CPU) for far too long.
static CALL_START_WALL: AtomicU64 = AtomicU64::new(0);
static CURRENT: AtomicU64 = AtomicU64::new(u64::MAX);
/// The process's CPU clock at the call's start, for the watchdog thread
/// (which cannot read the case thread's own clock).
static CALL_START_PROCESS: AtomicU64 = AtomicU64::new(0);
static PANIC: Mutex<Option<String>> = Mutex::new(None);
/// The current case's K (`INDEX*K`), whether its case function took it,
/// its calls per lap, and its laps (wall-clock picoseconds per call).
static REPEATS: AtomicU64 = AtomicU64::new(1);
static REPEATS_TAKEN: AtomicU64 = AtomicU64::new(0);
static CALLS_PER_LAP: AtomicU64 = AtomicU64::new(1);
static LAP_START: AtomicU64 = AtomicU64::new(0);
static LAPS: Mutex<Vec<u64>> = Mutex::new(Vec::new());

/// The most calls in one lap, and the most input (as JSON) their copies of
/// the arguments hold together: a lap's copies stay in the cache, as a
/// single call's freshly converted arguments do.
const MAX_CALLS_PER_LAP: u64 = 16;
const LAP_BYTES: u64 = 32 << 10;

/// How many calls the current case asks for (1: the usual single call). A
/// case function that honours it calls the solution that many times, in
/// laps of `calls_per_lap` calls, each lap on freshly converted copies of
/// the arguments and timed between `lap_start` and `lap_end`; it writes
/// `null`, and the record's time is the median lap's time per call.
/// Reading the CPU clock costs about a microsecond (system calls), the wall
/// clock some tens of nanoseconds, shared by a lap's calls; the median lap
/// leaves out the ones another process interrupted. So a call of a few
/// nanoseconds can be timed. Case functions that do not ask are timed as
/// one call.
pub fn repeats() -> usize {
    REPEATS_TAKEN.store(1, Ordering::SeqCst);
    REPEATS.load(Ordering::SeqCst) as usize
}

/// Calls per lap of a repeated case (see `repeats`).
pub fn calls_per_lap() -> usize {
    CALLS_PER_LAP.load(Ordering::SeqCst) as usize
}

/// Starts one lap of a repeated case.
#[inline(never)]
pub fn lap_start() {
    LAP_START.store(now_ns(), Ordering::SeqCst);
}

/// Ends one lap of `calls` calls of a repeated case.
#[inline(never)]
pub fn lap_end(calls: usize) {
    let end = now_ns();
    let lap = end.saturating_sub(LAP_START.load(Ordering::SeqCst));
    LAPS.lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(lap.saturating_mul(1000) / calls.max(1) as u64);
}

/// The median lap's time per call of the current case, in nanoseconds,
/// taking its laps.
fn median_lap() -> Option<u64> {
    let mut laps = std::mem::take(&mut *LAPS.lock().unwrap_or_else(|e| e.into_inner()));
    if laps.is_empty() {
        return None;
    }
    let mid = laps.len() / 2;
    Some(*laps.select_nth_unstable(mid).1 / 1000)
}

static NOTES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Notes something about the current case's answer for the report (a check
/// the judge makes beyond LeetCode's): it never changes the verdict.
pub fn note(text: &str) {
    NOTES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(text.to_string());
}

/// The notes made so far, taken (the harness's own tests read them here).
#[doc(hidden)]
pub fn take_notes() -> Vec<String> {
    std::mem::take(&mut *NOTES.lock().unwrap_or_else(|e| e.into_inner()))
}
static RESULTS: OnceLock<Mutex<std::fs::File>> = OnceLock::new();

fn now_ns() -> u64 {
    EPOCH.get_or_init(Instant::now).elapsed().as_nanos() as u64 + 1
}

/// A CPU clock's reading in nanoseconds (plus one, so zero means "not
/// set"), from `clock_gettime`; wall time where that is missing.
#[cfg(all(
    any(target_os = "linux", target_os = "macos"),
    target_pointer_width = "64"
))]
fn clock_ns(clock: i32) -> u64 {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a clock id and a pointer to a live, correctly laid out timespec.
    if unsafe { clock_gettime(clock, &mut ts) } != 0 {
        return now_ns();
    }
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64 + 1
}

#[cfg(not(all(
    any(target_os = "linux", target_os = "macos"),
    target_pointer_width = "64"
)))]
fn clock_ns(_clock: i32) -> u64 {
    now_ns()
}

/// The calling thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`): exact to well
/// under a millisecond (the process clock moves in scheduler ticks on some
/// kernels).
fn cpu_ns() -> u64 {
    clock_ns(if cfg!(target_os = "macos") { 16 } else { 3 })
}

/// The whole process's CPU time (`CLOCK_PROCESS_CPUTIME_ID`), for the
/// watchdog, which runs on another thread than the case.
fn process_cpu_ns() -> u64 {
    clock_ns(if cfg!(target_os = "macos") { 12 } else { 2 })
}

/// Marks the start of the solution's call (after its arguments are built).
#[inline(never)]
pub fn begin() {
    CALL_END.store(0, Ordering::SeqCst);
    CALL_START_WALL.store(now_ns(), Ordering::SeqCst);
    CALL_START_PROCESS.store(process_cpu_ns(), Ordering::SeqCst);
    CALL_START.store(cpu_ns(), Ordering::SeqCst);
}

/// Marks the end of the solution's call (before its result is printed).
#[inline(never)]
pub fn end() {
    CALL_END.store(cpu_ns(), Ordering::SeqCst);
}

fn record(line: &str) {
    if let Some(file) = RESULTS.get() {
        let mut f = file.lock().unwrap_or_else(|e| e.into_inner());
        let _ = f.write_all(line.as_bytes());
    }
}

fn peak_kb() -> u64 {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return 0;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn call_nanos() -> u64 {
    let start = CALL_START.load(Ordering::SeqCst);
    if start == 0 {
        return 0;
    }
    let end = match CALL_END.load(Ordering::SeqCst) {
        0 => cpu_ns(),
        e => e,
    };
    end.saturating_sub(start)
}

/// Runs every case on stdin through `case`. Called by the generated `main`.
pub fn run(case: CaseFn) {
    now_ns();
    let mut argv = std::env::args().skip(1);
    let results = argv.next().unwrap_or_else(|| "results".into());
    let limit_ms: u64 = argv.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let file = match open_results(&results) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("judge-harness: cannot open the results channel {results}: {e}");
            std::process::exit(101);
        }
    };
    let _ = RESULTS.set(Mutex::new(file));
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("judge-harness: cannot read cases: {e}");
        std::process::exit(101);
    }

    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let msg = if let Some(s) = payload.downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            "Box<dyn Any>".to_string()
        };
        let full = match info.location() {
            Some(l) => format!("{msg} (at {}:{}:{})", l.file(), l.line(), l.column()),
            None => msg,
        };
        *PANIC.lock().unwrap_or_else(|e| e.into_inner()) = Some(full);
    }));

    if limit_ms > 0 {
        let limit = limit_ms.saturating_mul(1_000_000);
        let _ = std::thread::Builder::new()
            .name("judge-watchdog".into())
            .stack_size(64 << 10)
            .spawn(move || watchdog(limit));
    }

    let worker = std::thread::Builder::new()
        .name("judge-cases".into())
        .stack_size(STACK_BYTES)
        .spawn(move || run_cases(&input, case));
    match worker {
        Ok(handle) => {
            let _ = handle.join();
        }
        Err(e) => {
            eprintln!("judge-harness: cannot start the case thread: {e}");
            std::process::exit(101);
        }
    }
    let _ = std::io::stdout().flush();
    record("D\n");
}

fn run_cases(input: &str, case: CaseFn) {
    let mut out = String::new();
    for line in input.lines() {
        let Some((idx, args)) = line.split_once('\t') else {
            continue;
        };
        let (idx, reps) = match idx.split_once('*') {
            Some((i, k)) => (i, k.parse::<u64>().unwrap_or(1).max(1)),
            None => (idx, 1),
        };
        let idx: u64 = idx.parse().unwrap_or(u64::MAX);
        REPEATS.store(reps, Ordering::SeqCst);
        REPEATS_TAKEN.store(0, Ordering::SeqCst);
        LAPS.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let per_lap = (LAP_BYTES / (args.len() as u64).max(1)).clamp(1, MAX_CALLS_PER_LAP);
        CALLS_PER_LAP.store(per_lap, Ordering::SeqCst);
        record(&format!("S {idx}\n"));
        mark_stdout(idx);
        let args = match json::parse(args) {
            Ok(Value::Arr(items)) => items,
            Ok(other) => {
                record_error(
                    idx,
                    &format!("arguments must be an array, found {}", other.kind()),
                );
                continue;
            }
            Err(e) => {
                record_error(idx, &format!("arguments are not valid JSON: {e}"));
                continue;
            }
        };
        out.clear();
        CALL_START.store(0, Ordering::SeqCst);
        *PANIC.lock().unwrap_or_else(|e| e.into_inner()) = None;
        NOTES.lock().unwrap_or_else(|e| e.into_inner()).clear();
        CURRENT.store(idx, Ordering::SeqCst);
        let result = panic::catch_unwind(AssertUnwindSafe(|| case(&args, &mut out)));
        let mut nanos = call_nanos();
        if REPEATS_TAKEN.load(Ordering::SeqCst) == 1 {
            if let Some(lap) = median_lap() {
                nanos = lap;
            }
        }
        CALL_START.store(0, Ordering::SeqCst);
        match result {
            Ok(Ok(())) => {
                for text in NOTES.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
                    let mut line = format!("N {idx} ");
                    json::write_str(&mut line, &text);
                    line.push('\n');
                    record(&line);
                }
                let kb = peak_kb();
                let mut line = format!("R {idx} {nanos} {kb} ");
                line.push_str(&out);
                line.push('\n');
                record(&line);
            }
            Ok(Err(e)) => record_error(idx, &e),
            Err(_) => {
                let kb = peak_kb();
                let msg = PANIC
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .take()
                    .unwrap_or_else(|| "panicked".into());
                let mut line = format!("P {idx} {nanos} {kb} ");
                json::write_str(&mut line, &msg);
                line.push('\n');
                record(&line);
            }
        }
        drop(args);
    }
}

/// Separates the solution's prints by case, on stdout and on stderr (where
/// `dbg!` and `eprintln!` write): a line the judge splits on. Goes through
/// std's own handles, so the order of prints is kept.
fn mark_stdout(idx: u64) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{STDOUT_MARK}{idx}");
    let _ = writeln!(std::io::stderr().lock(), "{STDOUT_MARK}{idx}");
}

/// Starts the line that precedes each case's prints on stdout.
pub const STDOUT_MARK: &str = "\u{1e}judge-case ";

fn record_error(idx: u64, msg: &str) {
    let mut line = format!("E {idx} ");
    json::write_str(&mut line, msg);
    line.push('\n');
    record(&line);
}

/// `fd:N` is a descriptor the judge opened for this process; anything else a
/// path (for running a built solution by hand).
fn open_results(dest: &str) -> std::io::Result<std::fs::File> {
    match dest.strip_prefix("fd:").map(str::parse::<i32>) {
        #[cfg(unix)]
        Some(Ok(fd)) => {
            use std::os::fd::FromRawFd;
            // SAFETY: the judge opened this descriptor for us and nothing else
            // in this process uses it.
            Ok(unsafe { std::fs::File::from_raw_fd(fd) })
        }
        Some(_) => Err(std::io::Error::other("bad descriptor")),
        None => std::fs::File::create(dest),
    }
}

fn watchdog(limit: u64) {
    // A call that sleeps or blocks uses no CPU: stop it after this much wall time.
    let wall_limit = limit.saturating_mul(5).saturating_add(1_000_000_000);
    let tick = Duration::from_nanos((limit / 20).clamp(1_000_000, 20_000_000));
    loop {
        std::thread::sleep(tick);
        let start = CALL_START.load(Ordering::SeqCst);
        if start == 0 || CALL_END.load(Ordering::SeqCst) != 0 {
            continue;
        }
        let ran = process_cpu_ns().saturating_sub(CALL_START_PROCESS.load(Ordering::SeqCst));
        let waited = now_ns().saturating_sub(CALL_START_WALL.load(Ordering::SeqCst));
        if ran > limit || waited > wall_limit {
            let idx = CURRENT.load(Ordering::SeqCst);
            record(&format!("T {idx} {}\n", ran.max(limit.min(waited))));
            let _ = std::io::stdout().flush();
            std::process::abort();
        }
    }
}
