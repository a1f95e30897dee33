//! The history: an attempt recorded from start to accepted, with its
//! elapsed time, under a clock the test controls.

use crate::util::{Env, repo};

#[test]
fn accepted_submission_reports_elapsed_time_against_the_target() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-28T10:00:00Z");
    env.judge(&["start", "lc-704"])
        .code(0)
        .stdout_has("attempt #1");
    // A wrong submission 5 minutes in: still open.
    env.set("JUDGE_NOW", "2026-11-28T10:05:00Z");
    std::fs::write(
        env.workspace_file("lc-704"),
        "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 { -1 }\n}\n",
    )
    .unwrap();
    env.judge(&["submit"]).code(1).stdout_has("5:00 elapsed");
    // Accepted at 12:30: within the Easy target of 10–15 minutes.
    env.set("JUDGE_NOW", "2026-11-28T10:12:30Z");
    std::fs::write(
        env.workspace_file("lc-704"),
        std::fs::read_to_string(repo("problems/lc-704/reference.rs")).unwrap(),
    )
    .unwrap();
    env.judge(&["submit"])
        .code(0)
        .stdout_has("Accepted — 12:30, Easy target 10–15 min ✓");
    // The attempt is over: starting again opens attempt #2.
    env.set("JUDGE_NOW", "2026-11-28T11:00:00Z");
    env.judge(&["start", "lc-704"])
        .code(0)
        .stdout_has("attempt #2");
    // Both submissions are in the database, with their code.
    let db = rusqlite_count(&env.home.path().join("history.sqlite"));
    assert_eq!(db, 2);
}

#[test]
fn over_target_is_marked() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-28T10:00:00Z");
    env.judge(&["start", "lc-704"]).code(0);
    env.set("JUDGE_NOW", "2026-11-28T10:20:00Z");
    std::fs::write(
        env.workspace_file("lc-704"),
        std::fs::read_to_string(repo("problems/lc-704/reference.rs")).unwrap(),
    )
    .unwrap();
    env.judge(&["submit"])
        .code(0)
        .stdout_has("20:00")
        .stdout_has("5:00 over");
}

fn rusqlite_count(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row(
        "SELECT COUNT(*) FROM submissions WHERE kind = 'submit' AND length(code) > 0",
        [],
        |r| r.get(0),
    )
    .unwrap()
}
