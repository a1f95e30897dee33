//! The data directory as a newcomer meets it: a history that is not a
//! database, a read-only directory, and `judge start` leaving nothing half
//! done when the history cannot be written.

use crate::util::Env;
use std::os::unix::fs::PermissionsExt;

fn chmod(path: &std::path::Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_history_that_is_not_a_database_names_the_file_and_the_remedy() {
    let env = Env::new();
    let db = env.home.path().join("history.sqlite");
    std::fs::write(
        &db,
        "this is not a database, it is a note I saved here\n".repeat(20),
    )
    .unwrap();
    for cmd in ["history", "stats", "status"] {
        env.judge(&[cmd])
            .code(3)
            .stderr_has("history.sqlite is not a SQLite database")
            .stderr_has("move it aside")
            .stderr_has("`judge import FILE`");
    }
    // Nothing is half done: start fails before it creates the workspace.
    env.judge(&["start", "lc-704"])
        .code(3)
        .stderr_has("history.sqlite is not a SQLite database");
    assert!(
        !env.home.path().join("workspaces").join("lc-704").exists(),
        "judge start created the workspace although the history is broken"
    );
    // The file is left as it was: nothing the user had is lost.
    assert!(
        std::fs::read_to_string(&db)
            .unwrap()
            .starts_with("this is not")
    );
}

#[test]
fn reading_commands_work_on_a_read_only_data_directory() {
    let mut env = Env::new();
    env.set("JUDGE_NOW", "2026-11-28T10:00:00Z");
    env.judge(&["start", "lc-704"]).code(0);
    let home = env.home.path().to_path_buf();
    let db = home.join("history.sqlite");
    chmod(&db, 0o444);
    chmod(&home, 0o555);
    env.enforce_permissions();
    env.judge(&["history"]).code(0).stdout_has("lc-704");
    env.judge(&["status"]).code(0).stdout_has("lc-704");
    env.judge(&["stats"]).code(0);
    env.judge(&["export"]).code(0).stdout_has("lc-704");
    // A command that records says what it needs and how to get it.
    env.judge(&["pause"])
        .code(3)
        .stderr_has("cannot write the history")
        .stderr_has("history.sqlite")
        .stderr_has("JUDGE_HOME");
    // A read-only file in a writable directory: start still creates nothing.
    chmod(&home, 0o755);
    env.judge(&["start", "lc-1"])
        .code(3)
        .stderr_has("cannot write the history")
        .stderr_has("the file is read-only");
    assert!(!home.join("workspaces").join("lc-1").exists());
    chmod(&db, 0o644);
}

#[test]
fn a_read_only_data_directory_with_no_history_yet_reads_as_empty() {
    let mut env = Env::new();
    let home = env.home.path().to_path_buf();
    chmod(&home, 0o555);
    env.enforce_permissions();
    env.judge(&["history"])
        .code(0)
        .stdout_has("No attempts yet");
    env.judge(&["stats"]).code(0);
    assert!(!home.join("history.sqlite").exists());
    chmod(&home, 0o755);
}
