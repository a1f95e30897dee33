//! Ctrl-C (SIGINT) during `judge submit`: the run directories and binaries
//! are removed, nothing is recorded, and the exit code is 130; what a judge
//! killed outright left is swept by the next one.

use crate::util::{Env, shared_cache};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Entries of `dir` (and of its subfolders `depth` levels down) named `prefix...`.
fn named(dir: &Path, prefix: &str, depth: usize) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(prefix) {
            out.push(e.path());
        } else if depth > 0 && e.path().is_dir() {
            out.extend(named(&e.path(), prefix, depth - 1));
        }
    }
    out
}

/// Whether a process whose command line holds `needle` is running.
fn running(needle: &str) -> bool {
    std::fs::read_dir("/proc").unwrap().flatten().any(|e| {
        std::fs::read(e.path().join("cmdline"))
            .is_ok_and(|c| String::from_utf8_lossy(&c).contains(needle))
    })
}

#[test]
fn ctrl_c_during_submit_leaves_nothing_and_records_nothing() {
    let env = Env::new();
    env.judge(&["start", "lc-704"]).code(0);
    std::fs::write(
        env.workspace_file("lc-704"),
        "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        \
         // Blocked, not spinning: only the wall clock would stop it.\n        \
         std::thread::sleep(std::time::Duration::from_secs(60));\n        \
         nums.len() as i32 + target\n    }\n}\n",
    )
    .unwrap();
    let mut child = env.spawn(&["submit", "lc-704"]);
    let pid = child.id();
    let runs = shared_cache().join("runs");
    let mine = format!("judge-run-{pid}-");
    let started = Instant::now();
    while named(&runs, &mine, 0).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no run directory {mine}* appeared in {}",
            runs.display()
        );
        assert!(child.try_wait().unwrap().is_none(), "judge ended early");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: signals our own child.
    unsafe { libc::kill(pid as i32, libc::SIGINT) };
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "stderr: {stderr}");
    assert!(
        stderr.contains("interrupted, nothing recorded"),
        "stderr: {stderr}"
    );
    assert_eq!(named(&runs, &mine, 0), Vec::<PathBuf>::new());
    // The sandboxed solution is stopped at once, not at its time budget.
    let binary = format!(".bin-{pid}-");
    let stopped = Instant::now();
    while running(&binary) {
        assert!(
            stopped.elapsed() < Duration::from_millis(500),
            "the solution still runs after judge exited"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let builds = shared_cache().join("problems/lc-704/build");
    assert_eq!(
        named(&builds, &format!(".bin-{pid}-"), 1),
        Vec::<PathBuf>::new()
    );
    let conn = rusqlite::Connection::open(env.home.path().join("history.sqlite")).unwrap();
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM submissions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0, "a submission was recorded");
}

#[test]
fn the_next_judge_sweeps_what_a_killed_one_left() {
    let env = Env::new();
    let runs = shared_cache().join("runs");
    std::fs::create_dir_all(&runs).unwrap();
    // Beyond any pid_max: that judge is gone.
    let stale = runs.join(format!("judge-run-999999999-{}", std::process::id()));
    let young = runs.join(format!("judge-run-999999998-{}", std::process::id()));
    for d in [&stale, &young] {
        std::fs::create_dir_all(d).unwrap();
        std::fs::write(d.join("cases.in"), "hidden").unwrap();
    }
    let old = std::time::SystemTime::now() - Duration::from_secs(600);
    std::fs::File::open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    env.judge(&["list"]).code(0);
    assert!(!stale.exists(), "{} was not swept", stale.display());
    assert!(young.exists(), "{} is too young to sweep", young.display());
    std::fs::remove_dir_all(&young).unwrap();
}
