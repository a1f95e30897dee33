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

/// A stored submission is its code, verdict, per-case results and the
/// failing case, referenced by name: not the inputs of every case, nor a
/// large failing input in full. 100 submissions of lc-15 (61 cases, some
/// of them hundreds of KB), half of them failing on a large case, export
/// in at most 1 MB, and `history --show` still shows the failure.
#[test]
fn export_of_100_submissions_fits_in_one_megabyte() {
    let env = Env::new();
    env.judge(&["start", "lc-15"]).code(0);
    let reference = std::fs::read_to_string(repo("problems/lc-15/reference.rs")).unwrap();
    let wrong = reference.replacen(
        "nums.sort_unstable();",
        "if nums.len() > 1000 {\n            return Vec::new();\n        }\n        nums.sort_unstable();",
        1,
    );
    let file = env.workspace_file("lc-15");
    for (code, exit) in [(&reference, 0), (&wrong, 1)] {
        std::fs::write(&file, code).unwrap();
        for _ in 0..50 {
            env.judge(&["submit", "--no-shrink"]).code(exit);
        }
    }
    let out = env.cwd.path().join("export.json");
    env.judge(&["export", out.to_str().unwrap()]).code(0);
    let size = std::fs::metadata(&out).unwrap().len();
    assert!(
        size <= 1 << 20,
        "the export of 100 submissions is {size} bytes"
    );
    // The last one failed on a large case: its report still names the case,
    // the verdict, and what was expected against what was returned.
    env.judge(&["history", "--show", "100"])
        .code(0)
        .stdout_has("Wrong Answer")
        .stdout_has("WA case `random-max-0` — 0 elements, expected 16043")
        .stdout_has("  actual  []")
        .stdout_has("^ first difference")
        .stdout_has("(an excerpt: the history keeps");
}

/// `judge import` of a missing file is a usage error (exit 2), and a file of
/// another export format is named as such, not as a missing field.
#[test]
fn import_names_a_missing_file_and_another_format() {
    let env = Env::new();
    env.judge(&["import", "/nonexistent/judge-export.json"])
        .code(2)
        .stderr_has("no such file (expected a file written by `judge export`)");
    let file = env.write("other.json", "{\"format\":2}");
    env.judge(&["import", file.to_str().unwrap()])
        .code(2)
        .stderr_has("a judge export of format 2, which this judge cannot read (it reads format 1)");
}

/// An export with a made-up verdict or impossible counts is refused, and
/// nothing of it is written.
#[test]
fn import_refuses_bogus_values_and_writes_nothing() {
    let env = Env::new();
    let file = env.reference_copy("lc-704");
    env.judge(&[
        "submit",
        "lc-704",
        "--no-shrink",
        "--file",
        file.to_str().unwrap(),
    ])
    .code(0);
    let mut export = env.judge(&["export"]).json();
    export["loose_submissions"][0]["verdict"] = "XYZ".into();
    let bogus = env.write("bogus.json", &export.to_string());
    let other = Env::new();
    other
        .judge(&["import", bogus.to_str().unwrap()])
        .code(2)
        .stderr_has("verdict `XYZ` (expected one of AC, WA");
    export["loose_submissions"][0]["verdict"] = "AC".into();
    export["loose_submissions"][0]["passed"] = 99.into();
    let bogus = env.write("bogus2.json", &export.to_string());
    other
        .judge(&["import", bogus.to_str().unwrap()])
        .code(2)
        .stderr_has("expected 0 <= passed <= total");
    other
        .judge(&["history"])
        .code(0)
        .stdout_has("No attempts yet");
}
