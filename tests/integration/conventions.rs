//! The conventions of a command-line tool: `judge list`'s status column and
//! `--status`, `judge start --random` and `--edit`, and `judge man`.
//! Shell completion has its own module, `completions`.

use crate::util::{Env, repo};

#[test]
fn list_shows_each_problems_status_and_filters_by_it() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["list", "--status", "new"])
        .code(0)
        .stdout_has("lc-15 ")
        .stdout_has("new");
    env.judge(&["list", "--status", "solved"])
        .code(0)
        .stdout_has("no problems match");
    env.judge(&["start", "lc-704"]).code(0);
    env.judge(&["start", "lc-15"]).code(0);
    let reference = std::fs::read_to_string(repo("problems/lc-704/reference.rs")).unwrap();
    std::fs::write(env.workspace_file("lc-704"), reference).unwrap();
    env.judge(&["submit", "lc-704"]).code(0);
    env.judge(&["list", "--status", "solved"])
        .code(0)
        .stdout_has("lc-704")
        .stdout_has("solved")
        .stdout_has("1 problem ·");
    env.judge(&["list", "--status", "attempted"])
        .code(0)
        .stdout_has("lc-15 ")
        .stdout_has("1 problem ·");
    let json = env.judge(&["list", "--format", "json"]).code(0).json();
    let status = |id: &str| {
        json["problems"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status("lc-704"), "solved");
    assert_eq!(status("lc-15"), "attempted");
    assert_eq!(status("lc-1"), "new");
    env.judge(&["list", "--status", "done"])
        .code(2)
        .stderr_has("invalid value 'done' for '--status")
        .stderr_has("solved, attempted, new");
}

#[test]
fn start_random_picks_an_unsolved_problem_the_same_all_day() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    let other = {
        let mut e = Env::new();
        e.set("JUDGE_NOW", "2026-11-30T18:00:00Z");
        e
    };
    let first = |env: &Env| {
        let run = env.judge(&["start", "--random", "--difficulty", "hard"]);
        run.code(0);
        run.stdout
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let a = first(&env);
    assert!(a.starts_with("lc-"), "picked {a:?}");
    assert_eq!(first(&other), a, "the same day, the same pick");
    // The only easy binary-search problem: picked, then in progress, so none is left.
    let easy_binary_search = [
        "start",
        "--random",
        "--pattern",
        "binary-search",
        "--difficulty",
        "easy",
    ];
    env.judge(&easy_binary_search).code(0).stdout_has("lc-704");
    env.judge(&easy_binary_search)
        .code(2)
        .stderr_has("--random: no unsolved problem fits (of the 1 that do");
    env.judge(&["start", "--random", "--pattern", "two-pointer"])
        .code(2)
        .stderr_has("--pattern two-pointer: no problem has it")
        .stderr_has("`two-pointers`");
    env.judge(&["start", "lc-1", "--random"])
        .code(2)
        .stderr_has("cannot be used with");
    env.judge(&["start", "--pattern", "graphs"])
        .code(2)
        .stderr_has("--random");
}

#[test]
fn start_edit_opens_the_file_in_the_editor() {
    let mut env = Env::new();
    let script = env.write("fake-editor.sh", "#!/bin/sh\necho '// edited' >> \"$1\"\n");
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    env.set("VISUAL", "");
    env.set("EDITOR", "");
    env.judge(&["start", "lc-704", "--edit"])
        .code(2)
        .stderr_has("--edit: neither $VISUAL nor $EDITOR is set")
        .stderr_has("nothing was started");
    env.judge(&["status"]).stdout_has("No attempt in progress");
    env.set("EDITOR", script.to_str().unwrap());
    env.judge(&["start", "lc-704", "--edit"]).code(0);
    let code = std::fs::read_to_string(env.workspace_file("lc-704")).unwrap();
    assert!(
        code.ends_with("// edited\n"),
        "the editor did not run: {code}"
    );
}

#[test]
fn man_prints_a_manual_page() {
    let env = Env::new();
    env.judge(&["man"])
        .code(0)
        .stdout_has(".TH judge 1")
        .stdout_has("Offline coding\\-practice judge")
        .stdout_has("completions");
}
