//! The practice loop end to end, under a clock the test controls
//! (`JUDGE_NOW`): the plan, an attempt with a pause and a hint, stats, a
//! mock interview, review; several writers at once; a process killed
//! mid-write; export then import.

use crate::util::{Env, repo};

fn solve(env: &Env, id: &str) {
    let reference = std::fs::read_to_string(repo(&format!("problems/{id}/reference.rs"))).unwrap();
    std::fs::write(env.workspace_file(id), reference).unwrap();
}

#[test]
fn a_scripted_week_one_session() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start"])
        .code(0)
        .stdout_has("week 1, day 1 is 2026-11-30");
    env.judge(&["today"])
        .code(0)
        .stdout_has("week 1, day 1: Two pointers")
        .stdout_has("lc-15")
        .stdout_has("[ ] 1.1.1");
    env.judge(&["plan", "done", "1.1.1"])
        .code(0)
        .stdout_has("[x] 1.1.1");
    env.judge(&["today"]).code(0).stdout_has("[x] 1.1.1");
    env.judge(&["plan", "done", "9.9.9"])
        .code(2)
        .stderr_has("no checklist item `9.9.9`");

    // Start, a wrong submission, a 30-minute pause, a hint, then accepted.
    env.judge(&["start", "lc-704"]).code(0);
    env.set("JUDGE_NOW", "2026-11-30T09:04:00Z");
    std::fs::write(
        env.workspace_file("lc-704"),
        "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 { -1 }\n}\n",
    )
    .unwrap();
    env.judge(&["submit"]).code(1).stdout_has("Wrong Answer");
    env.set("JUDGE_NOW", "2026-11-30T09:05:00Z");
    env.judge(&["pause"])
        .code(0)
        .stdout_has("Paused lc-704 at 5:00");
    env.judge(&["pause"]).code(2).stderr_has("already paused");
    env.set("JUDGE_NOW", "2026-11-30T09:35:00Z");
    env.judge(&["status"])
        .code(0)
        .stdout_has("PAUSED")
        .stdout_has("5:00 of Easy target")
        .stdout_has("1 submission(s): WA");
    env.judge(&["resume"]).code(0);
    env.judge(&["hint"]).code(0).stdout_has("Hint 1 of");
    env.set("JUDGE_NOW", "2026-11-30T09:42:00Z");
    solve(&env, "lc-704");
    // 42 minutes on the wall, 30 of them paused: 12:00, within Easy's 15.
    env.judge(&["submit"])
        .code(0)
        .stdout_has("Accepted — 12:00, Easy target 10–15 min ✓");

    // Stats reflect it, in numbers.
    let stats = env.judge(&["stats", "--format", "json"]).code(0).json();
    let easy = &stats["by_difficulty"][0];
    assert_eq!(easy["name"], "Easy");
    assert_eq!(easy["attempts"], 1);
    assert_eq!(easy["accepted_within_target"], 1);
    assert_eq!(easy["median_ms"], 12 * 60_000);
    assert_eq!(stats["calendar"][0]["date"], "2026-11-30");
    assert_eq!(stats["calendar"][0]["submissions"], 2);
    let history = env.judge(&["history", "--format", "json"]).code(0).json();
    let a = &history["attempts"][0]["attempt"];
    assert_eq!(
        (
            a["outcome"].as_str(),
            a["hints"].as_i64(),
            a["elapsed_ms"].as_i64()
        ),
        (Some("accepted"), Some(1), Some(12 * 60_000))
    );
    env.judge(&["history", "lc-704"])
        .code(0)
        .stdout_has("submission")
        .stdout_has("WA");
    env.judge(&["history", "--show", "1"])
        .code(0)
        .stdout_has("-1 }")
        .stdout_has("Wrong Answer");

    // A mock interview: one problem solved, the other runs out of time.
    env.set("JUDGE_NOW", "2026-11-30T11:00:00Z");
    env.judge(&["mock", "--problems", "lc-26,lc-3", "--minutes", "45"])
        .code(0)
        .stdout_has("Mock interview #1")
        .stdout_has("45 minutes");
    env.judge(&["mock", "two-medium-50"])
        .code(2)
        .stderr_has("is in progress");
    env.judge(&["pause", "lc-26"])
        .code(2)
        .stderr_has("cannot be paused");
    env.set("JUDGE_NOW", "2026-11-30T11:10:00Z");
    solve(&env, "lc-26");
    env.judge(&["submit", "lc-26"])
        .code(0)
        .stdout_has("Accepted");
    env.set("JUDGE_NOW", "2026-11-30T11:50:00Z");
    env.judge(&["status"])
        .code(0)
        .stdout_has("Time is up for mock interview #1")
        .stdout_has("1/2 solved")
        .stdout_has("Accepted at 10:00")
        .stdout_has("time used 45:00 of 45 min");
    let history = env.judge(&["history", "--format", "json"]).code(0).json();
    let modes: Vec<(&str, &str)> = history["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["attempt"]["mode"].as_str().unwrap(),
                x["attempt"]["outcome"].as_str().unwrap_or("open"),
            )
        })
        .collect();
    assert_eq!(
        modes,
        [
            ("practice", "accepted"),
            ("mock", "accepted"),
            ("mock", "expired")
        ]
    );

    // Review: the expired problem is due the next day, ahead of clean solves.
    env.set("JUDGE_NOW", "2026-12-01T12:00:00Z");
    let review = env.judge(&["review", "--format", "json"]).code(0).json();
    let due: Vec<&str> = review["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["problem"].as_str().unwrap())
        .collect();
    assert!(due.contains(&"lc-3"), "{review:#}");
    env.judge(&["start", "lc-3"]).code(0);
    let history = env
        .judge(&["history", "lc-3", "--format", "json"])
        .code(0)
        .json();
    assert_eq!(history["attempts"][1]["attempt"]["mode"], "review");
}

#[test]
fn the_weak_area_week_picks_the_slowest_pattern() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start", "--on", "2026-10-19"]).code(0);
    // A slow solve of a binary-search problem (two-pointers was quick).
    env.judge(&["start", "lc-704"]).code(0);
    env.set("JUDGE_NOW", "2026-11-30T09:40:00Z");
    solve(&env, "lc-704");
    env.judge(&["submit"]).code(0);
    env.judge(&["start", "lc-26"]).code(0);
    env.set("JUDGE_NOW", "2026-11-30T09:45:00Z");
    solve(&env, "lc-26");
    env.judge(&["submit"]).code(0);
    // 2026-11-30 is week 7, day 1 of a plan started on 2026-10-19.
    env.judge(&["today"])
        .code(0)
        .stdout_has("week 7, day 1")
        .stdout_has("Your slowest pattern is binary-search");
    env.judge(&["stats"])
        .code(0)
        .stdout_has("Slowest pattern: binary-search");
}

#[test]
fn several_writers_at_once_lose_nothing() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start"]).code(0);
    // Weeks 4-6 have at least four blocks with tasks each: 12 writers at once.
    let items: Vec<String> = (4..=6)
        .flat_map(|w| (1..=4).map(move |b| format!("{w}.{b}.1")))
        .collect();
    std::thread::scope(|s| {
        for item in &items {
            let env = &env;
            s.spawn(move || {
                env.judge(&["plan", "done", item])
                    .code(0)
                    .stdout_has("[x]")
                    .stdout
                    .clone()
            });
        }
    });
    let plan = env.judge(&["plan", "--format", "json"]).code(0).json();
    let done: Vec<String> = plan["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|w| w["days"].as_array().unwrap().iter())
        .flat_map(|d| d["tasks"].as_array().unwrap().iter())
        .filter(|t| t["done"] == true)
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    let mut want = items.clone();
    want.sort();
    let mut got = done;
    got.sort();
    assert_eq!(got, want);
}

#[test]
fn a_process_killed_mid_write_corrupts_nothing() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start"]).code(0);
    let bin = assert_cmd::cargo::cargo_bin("judge");
    let mut finished = Vec::new();
    for i in 0..24u64 {
        let item = format!("{}.1.{}", 4 + i % 3, 1 + i % 2);
        let mut child = std::process::Command::new(&bin)
            .args(["plan", "done", &item])
            .env("JUDGE_HOME", env.home.path())
            .env("JUDGE_NOW", "2026-11-30T09:00:00Z")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill at a different point of its life each time.
        std::thread::sleep(std::time::Duration::from_millis(i * 3 % 40));
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            finished.push(item);
        }
    }
    let conn = rusqlite::Connection::open(env.home.path().join("history.sqlite")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    let plan = env.judge(&["plan", "--format", "json"]).code(0).json();
    let text = plan.to_string();
    for item in finished {
        assert!(
            text.contains(&format!("\"id\":\"{item}\",\"text\"")),
            "{item} finished but is missing"
        );
    }
}

#[test]
fn export_then_import_gives_the_same_history() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start"]).code(0);
    env.judge(&["plan", "done", "1.1.2"]).code(0);
    env.judge(&["start", "lc-704"]).code(0);
    env.set("JUDGE_NOW", "2026-11-30T09:08:00Z");
    solve(&env, "lc-704");
    env.judge(&["submit"]).code(0);
    let file = env.cwd.path().join("history.json");
    env.judge(&["export", file.to_str().unwrap()]).code(0);

    let mut other = Env::new();
    other.set("JUDGE_NOW", "2026-12-05T09:00:00Z");
    other
        .judge(&["import", file.to_str().unwrap()])
        .code(0)
        .stdout_has("imported 1 attempt(s) and 1 submission(s)");
    other
        .judge(&["import", file.to_str().unwrap()])
        .code(0)
        .stdout_has("imported 0 attempt(s) and 0 submission(s)");
    let a = env.judge(&["export"]).code(0).json();
    let b = other.judge(&["export"]).code(0).json();
    assert_eq!(a, b, "the imported history exports the same");
    other
        .judge(&["history"])
        .code(0)
        .stdout_has("lc-704")
        .stdout_has("accepted");
    // A missing file is a usage error (exit 2), as the README says.
    other
        .judge(&["import", "/no/such/file.json"])
        .code(2)
        .stderr_has("/no/such/file.json");
}

/// A mock with --hide-difficulty keeps it hidden everywhere (start, show,
/// status, list, submit) until the mock ends.
#[test]
fn a_hidden_difficulty_stays_hidden_until_the_mock_ends() {
    let env = Env::new();
    env.judge(&[
        "mock",
        "--problems",
        "lc-704,lc-15",
        "--minutes",
        "60",
        "--hide-difficulty",
    ])
    .code(0);
    let labels = ["Easy", "Medium", "Hard", "10–15", "25–30"];
    let no_label = |run: &crate::util::Run| {
        for l in labels {
            assert!(
                !run.stdout.contains(l),
                "`{l}` shown during the mock: {}",
                run.context()
            );
        }
    };
    no_label(env.judge(&["show", "lc-704"]).code(0));
    no_label(env.judge(&["status"]).code(0));
    no_label(env.judge(&["start", "lc-704"]).code(0));
    let list = env.judge(&["list", "--format", "json"]);
    let problems = list.json()["problems"].as_array().unwrap().clone();
    let p = problems.iter().find(|p| p["id"] == "lc-704").unwrap();
    assert!(p["difficulty"].is_null(), "{}", list.context());
    let easy = env.judge(&["list", "--difficulty", "easy"]);
    assert!(!easy.stdout.contains("lc-704"), "{}", easy.context());
    let file = env.reference_copy("lc-704");
    no_label(
        env.judge(&[
            "submit",
            "lc-704",
            "--no-shrink",
            "--file",
            file.to_str().unwrap(),
        ])
        .code(0),
    );
    env.judge(&["mock", "end"]).code(0);
    env.judge(&["show", "lc-704"]).code(0).stdout_has("Easy");
}

/// An attempt left alone for longer than the idle limit pauses from its
/// last activity: the gap is logged, shown and not counted; working at it
/// again resumes the clock and says so.
#[test]
fn an_idle_attempt_pauses_from_its_last_activity() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["start", "lc-704"]).code(0);
    // The last save was at 09:05 (the file's modification time).
    let file = env.workspace_file("lc-704");
    let saved = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_796_029_500);
    std::fs::File::options()
        .append(true)
        .open(&file)
        .unwrap()
        .set_modified(saved)
        .unwrap();
    env.set("JUDGE_NOW", "2026-11-30T10:00:00Z");
    env.judge(&["status"])
        .code(0)
        .stdout_has("PAUSED")
        .stdout_has("idle from 09:05 UTC")
        .stdout_has("5:00 of Easy target");
    // Working at it again resumes the clock, and says so.
    let run = env.judge(&["run"]);
    run.stderr_has("this command resumed it");
    env.set("JUDGE_NOW", "2026-11-30T10:02:00Z");
    env.judge(&["status"])
        .code(0)
        .stdout_has("7:00 of Easy target");
    // The gap is in the record as a pause marked idle.
    let history = env.judge(&["history", "--format", "json"]).json();
    assert!(history["attempts"][0]["elapsed_ms"].as_u64().unwrap() <= 7 * 60_000);
}

/// With several attempts in progress, a command without a problem asks
/// which (naming them); in a problem's workspace folder it means that one.
#[test]
fn several_open_attempts_are_never_picked_silently() {
    let env = Env::new();
    env.judge(&["start", "lc-704"]).code(0);
    env.judge(&["start", "lc-15"]).code(0);
    env.judge(&["hint"])
        .code(2)
        .stderr_has("2 attempts are in progress (")
        .stderr_has("lc-704")
        .stderr_has("lc-15");
    let folder = env.workspace_file("lc-704").parent().unwrap().to_path_buf();
    env.judge_in(&folder, &["hint"])
        .code(0)
        .stdout_has("Hint 1 of");
    env.judge_in(&folder, &["abandon"])
        .code(0)
        .stdout_has("Abandoned lc-704");
    // One left: it is meant.
    env.judge(&["abandon"])
        .code(0)
        .stdout_has("Abandoned lc-15");
}

#[test]
fn plan_start_over_a_running_plan_needs_restart_and_says_what_goes() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start"]).code(0);
    env.judge(&["plan", "done", "1.1.1"]).code(0);
    env.set("JUDGE_NOW", "2026-12-09T09:00:00Z");
    env.judge(&["plan", "start"])
        .code(2)
        .stderr_has("a plan is already running")
        .stderr_has("started 2026-11-30")
        .stderr_has("1 checklist item ticked off")
        .stderr_has("--restart");
    // Nothing changed.
    env.judge(&["today"]).code(0).stdout_has("week 2, day 3");
    env.judge(&["plan", "start", "--restart"])
        .code(0)
        .stdout_has("week 1, day 1 is 2026-12-09")
        .stdout_has("cleared 1 ticked checklist item");
    env.judge(&["today"])
        .code(0)
        .stdout_has("week 1, day 1")
        .stdout_has("[ ] 1.1.1");
}

#[test]
fn plan_lists_the_ids_plan_done_takes_and_undo_unticks() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start"]).code(0);
    let plan = env.judge(&["plan"]).code(0).stdout.clone();
    let line = plan
        .lines()
        .find(|l| l.contains("[ ] 4.1.1"))
        .unwrap_or_else(|| panic!("`judge plan` lists no item 4.1.1:\n{plan}"));
    assert!(line.len() <= 80, "wider than 80 columns: {line:?}");
    env.judge(&["plan", "done", "4.1.1"])
        .code(0)
        .stdout_has("[x] 4.1.1");
    env.judge(&["plan"]).code(0).stdout_has("[x] 4.1.1");
    env.judge(&["plan", "done", "4.9.1"])
        .code(2)
        .stderr_has("no checklist item `4.9.1`")
        .stderr_has("week 4 has 4.1.1,");
    env.judge(&["plan", "undo", "4.1.1"])
        .code(0)
        .stdout_has("[ ] 4.1.1");
    env.judge(&["plan", "undo", "4.1.1"])
        .code(0)
        .stdout_has("(was not ticked off)");
    env.judge(&["plan"]).code(0).stdout_has("[ ] 4.1.1");
    env.judge(&["plan", "undo", "x"])
        .code(2)
        .stderr_has("no checklist item `x`");
}

#[test]
fn week_eight_says_judge_has_no_company_tags() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["plan", "start", "--on", "2026-10-05"]).code(0);
    // 2026-11-30 is week 9, day 1; week 8 began on 2026-11-23.
    env.set("JUDGE_NOW", "2026-11-23T09:00:00Z");
    env.judge(&["today"])
        .code(0)
        .stdout_has("judge has no company tags");
    env.judge(&["plan"])
        .code(0)
        .stdout_has("judge has no company tags");
}

/// A mock problem left unsolved when the mock ends is "not solved" in the
/// history, not "abandoned" (the user gave nothing up).
#[test]
fn an_unsolved_mock_problem_is_not_called_abandoned() {
    let env = Env::new();
    env.judge(&["mock", "--problems", "lc-704,lc-26", "--minutes", "30"])
        .code(0);
    env.judge(&["mock", "end"]).code(0);
    let run = env.judge(&["history"]);
    run.code(0).stdout_has("not solved");
    assert!(!run.stdout.contains("abandoned"), "{}", run.context());
}
