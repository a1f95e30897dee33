//! Finding a problem the way a newcomer asks for it: by id, LeetCode slug
//! or title, and when nothing matches, an error (exit 2) that names what
//! there is and what is close.

use crate::util::Env;

#[test]
fn a_problem_is_found_by_its_leetcode_slug_or_title_in_any_case() {
    let env = Env::new();
    for asked in ["3sum", "3Sum", "lc-15"] {
        env.judge(&["show", asked])
            .code(0)
            .stdout_has("lc-15 (LeetCode 15)");
    }
    for asked in ["two-sum", "two sum", "Two Sum", "TWO-SUM"] {
        env.judge(&["show", asked])
            .code(0)
            .stdout_has("lc-1 (LeetCode 1)");
    }
    // Punctuation is dropped as LeetCode's slugs drop it.
    env.judge(&["show", "powx-n"])
        .code(0)
        .stdout_has("lc-50 (LeetCode 50)");
    // `start` uses the same lookup, and the workspace gets the real id.
    env.judge(&["start", "two sum"])
        .code(0)
        .stdout_has("lc-1 (LeetCode 1)");
    assert!(env.workspace_file("lc-1").is_file());
}

#[test]
fn an_unknown_problem_suggests_the_nearest_numbers_and_titles() {
    let env = Env::new();
    let run = env.judge(&["show", "lc-16"]);
    run.code(2)
        .stderr_has("unknown problem `lc-16` (did you mean lc-15 (3Sum), lc-17")
        .stderr_has("`judge list` shows the problems");
    assert!(!run.stderr.contains("lc-167"), "{}", run.context());
    env.judge(&["show", "two sun"])
        .code(2)
        .stderr_has("unknown problem `two sun` (did you mean lc-1 (Two Sum)?)");
    env.judge(&["start", "lc-999"])
        .code(2)
        .stderr_has("unknown problem `lc-999` (did you mean lc-994 (Rotting Oranges)");
    assert!(!env.home.path().join("workspaces").join("lc-999").exists());
}

#[test]
fn list_rejects_a_pattern_or_list_no_problem_has() {
    let env = Env::new();
    env.judge(&["list", "--pattern", "heaps"])
        .code(2)
        .stderr_has("--pattern heaps: no problem has it (did you mean `heap`?)")
        .stderr_has("expected one of: backtracking, binary-search,");
    env.judge(&["list", "--list", "foo"])
        .code(2)
        .stderr_has("--list foo: no problem has it; expected one of: blind75, neetcode150, seed");
    // `judge mock` checks its --pattern the same way, before it starts.
    env.judge(&["mock", "--pattern", "heaps", "--count", "1"])
        .code(2)
        .stderr_has("--pattern heaps: no problem has it (did you mean `heap`?)");
    // Known values still work, in any case.
    env.judge(&["list", "--pattern", "Heap"])
        .code(0)
        .stdout_has("problems · `judge start ID` opens one");
}

#[test]
fn history_of_an_unknown_problem_says_it_does_not_exist() {
    let env = Env::new();
    env.judge(&["history", "lc-999"])
        .code(2)
        .stderr_has("unknown problem `lc-999` (did you mean lc-994");
    env.judge(&["history", "3sum"])
        .code(0)
        .stdout_has("No attempts at lc-15 (3Sum) yet. `judge start lc-15` starts one.");
    // A bare number is a problem id; it may have meant a submission.
    env.judge(&["history", "1"])
        .code(0)
        .stdout_has("No attempts at lc-1 (Two Sum) yet.")
        .stdout_has("`judge history --show 1`");
}
