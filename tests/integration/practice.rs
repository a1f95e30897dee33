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
    // A second start keeps the user's code.
    std::fs::write(&file, "// my work\n").unwrap();
    env.judge(&["start", "lc-15"]).code(0).stdout_has("kept");
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
