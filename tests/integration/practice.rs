//! The practice loop as a newcomer meets it: start, run, submit.

use crate::util::{Env, repo};

#[test]
fn start_creates_a_pasteable_workspace_that_cargo_can_check() {
    let env = Env::new();
    let run = env.judge(&["start", "lc-15"]);
    run.code(0)
        .stdout_has("3Sum")
        .stdout_has("target 25–30 min")
        .stdout_has("lc-15.rs");
    let file = env.workspace_file("lc-15");
    let stub = std::fs::read_to_string(repo("problems/lc-15/stub.rs")).unwrap();
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        stub,
        "the file holds exactly LeetCode's stub"
    );
    // A second start during the attempt keeps the user's code.
    std::fs::write(&file, "// my work\n").unwrap();
    env.judge(&["start", "lc-15"])
        .code(0)
        .stdout_has("the code of the attempt in progress");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "// my work\n");
    // rust-analyzer's view: `cargo check` resolves Solution/ListNode/TreeNode.
    std::fs::write(
        &file,
        std::fs::read_to_string(repo("problems/lc-15/reference.rs")).unwrap(),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet"])
        .current_dir(file.parent().unwrap())
        .env("CARGO_TARGET_DIR", env.cwd.path().join("ws-target"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo check in the workspace failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn run_shows_samples_and_custom_input_against_the_reference() {
    let env = Env::new();
    env.judge(&["start", "lc-704"]).code(0);
    std::fs::write(
        env.workspace_file("lc-704"),
        std::fs::read_to_string(repo("problems/lc-704/reference.rs")).unwrap(),
    )
    .unwrap();
    env.judge(&["run"])
        .code(0)
        .stdout_has("example-1")
        .stdout_has("examples passed");
    env.judge(&["run", "--input", "[[1,3,5,7],5]"])
        .code(0)
        .stdout_has("expected  2")
        .stdout_has("output    2");
}

/// A new attempt on a problem starts from LeetCode's stub: the earlier code
/// is moved aside (named in the output) and stored in the history, never
/// lost; `--keep` continues with it instead.
#[test]
fn a_new_attempt_starts_fresh_and_keeps_the_earlier_code_aside() {
    let env = Env::new();
    env.judge(&["start", "lc-704"]).code(0);
    let file = env.workspace_file("lc-704");
    let reference = std::fs::read_to_string(repo("problems/lc-704/reference.rs")).unwrap();
    std::fs::write(&file, &reference).unwrap();
    env.judge(&["submit", "--no-shrink"]).code(0);
    // The attempt ended with the accepted submission: a new one is fresh.
    env.judge(&["start", "lc-704"])
        .code(0)
        .stdout_has("a fresh start from LeetCode's stub")
        .stdout_has("kept as lc-704.1.rs");
    let stub = std::fs::read_to_string(repo("problems/lc-704/stub.rs")).unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stub);
    let aside = file.with_file_name("lc-704.1.rs");
    assert_eq!(std::fs::read_to_string(&aside).unwrap(), reference);
    // The set-aside code is in the history too.
    let export = env.judge(&["export"]);
    assert!(
        export.stdout.contains("set-aside"),
        "the history holds the set-aside code: {}",
        export.context()
    );
    // --keep goes on with the earlier code: nothing is moved.
    std::fs::write(&file, "// second try\n").unwrap();
    env.judge(&["abandon"]).code(0);
    env.judge(&["start", "lc-704", "--keep"])
        .code(0)
        .stdout_has("your earlier code, as --keep asks");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "// second try\n");
    assert!(!file.with_file_name("lc-704.2.rs").exists());
    // Without it, the next fresh start uses the next free name.
    env.judge(&["abandon"]).code(0);
    env.judge(&["start", "lc-704"])
        .code(0)
        .stdout_has("kept as lc-704.2.rs");
}

/// A submission made without `judge start` is visible: `judge history`
/// lists it as unclocked practice and `judge stats` counts it as untimed.
#[test]
fn a_submission_without_an_attempt_is_listed_as_unclocked_practice() {
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
    env.judge(&["history"])
        .code(0)
        .stdout_has("Unclocked practice")
        .stdout_has("lc-704")
        .stdout_has("AC");
    env.judge(&["history", "lc-704"])
        .code(0)
        .stdout_has("Unclocked practice");
    env.judge(&["stats"]).code(0).stdout_has("+ 1 untimed");
}

/// `judge show --hints` during an attempt counts the hints it reveals, as
/// `judge hint` does; outside an attempt it just shows them.
#[test]
fn show_hints_during_an_attempt_counts_them() {
    let env = Env::new();
    env.judge(&["show", "--hints", "lc-704"])
        .code(0)
        .stdout_has("Hint 1:");
    env.judge(&["start", "lc-704"]).code(0);
    env.judge(&["show", "--hints", "lc-704"])
        .code(0)
        .stdout_has("3 hints counted on attempt #1");
    env.judge(&["status"]).code(0).stdout_has("3 hint(s)");
    // Shown again: nothing more to count.
    let again = env.judge(&["show", "--hints", "lc-704"]);
    assert!(!again.stdout.contains("counted"), "{}", again.context());
}
