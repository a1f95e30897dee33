//! `judge start` prepares the first submit while the statement is read: on
//! a terminal in a judge of its own (`JUDGE_PREPARE=background` stands in
//! for the terminal here), so the prompt comes back at once; a submit that
//! comes before the preparation is done waits for what it needs.

use crate::util::{Env, fixture};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PROBLEM: &str = "lc-704";

/// An environment with a cache of its own (the shared one is warm).
fn cold_env() -> (Env, PathBuf) {
    let mut env = Env::new();
    let cache = env.home.path().join("own-cache");
    env.set("JUDGE_CACHE", cache.to_str().unwrap());
    env.set("JUDGE_PREPARE", "background");
    (env, cache)
}

/// The last thing the preparation does: the first build of the stub where
/// the user's file will be compiled.
fn prepared(cache: &Path) -> bool {
    cache
        .join("problems")
        .join(PROBLEM)
        .join("build/user/.stamp")
        .is_file()
}

fn rustc_lines(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.starts_with("judge-trace rustc: "))
        .count()
}

#[test]
fn start_prepares_the_first_submit_in_a_judge_of_its_own() {
    let (mut env, cache) = cold_env();
    env.set("JUDGE_TRACE", "1");
    let start = env.judge(&["start", PROBLEM]);
    start.code(0).stdout_has("Next:");
    // Nothing was compiled by start itself: the harness, the generator,
    // the reference and the stub are built by the judge it left running.
    assert_eq!(rustc_lines(&start.stderr), 0, "{}", start.context());
    let waited = Instant::now();
    while !prepared(&cache) {
        assert!(
            waited.elapsed() < Duration::from_secs(300),
            "the background preparation never finished"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    std::fs::copy(
        fixture("lc-704/ac_reference.rs"),
        env.workspace_file(PROBLEM),
    )
    .unwrap();
    let submit = env.judge(&["submit"]);
    submit.code(0).stdout_has("Accepted");
    // Only the user's file is compiled: everything else was prepared.
    assert_eq!(rustc_lines(&submit.stderr), 1, "{}", submit.context());
}

#[test]
fn a_submit_before_the_preparation_is_done_waits_for_it() {
    let (env, cache) = cold_env();
    env.judge(&["start", PROBLEM]).code(0);
    std::fs::copy(
        fixture("lc-704/ac_reference.rs"),
        env.workspace_file(PROBLEM),
    )
    .unwrap();
    env.judge(&["submit"]).code(0).stdout_has("Accepted");
    env.judge(&["submit"]).code(0).stdout_has("Accepted");
    // One harness in place, and nothing half built beside it: the two
    // judges took turns under the harness lock.
    let entries: Vec<String> = std::fs::read_dir(cache.join("harness"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(!entries[0].starts_with('.'), "{entries:?}");
}
