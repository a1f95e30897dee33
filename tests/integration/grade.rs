//! `judge grade`: problems from file names, exit codes, JSON.

use crate::util::{Env, fixture};

#[test]
fn all_accepted_exits_zero_and_names_problems_from_files() {
    let env = Env::new();
    let a = env.write(
        "lc-704.rs",
        &std::fs::read_to_string(fixture("lc-704/ac_reference.rs")).unwrap(),
    );
    let b = env.write(
        "lc-704_alice.rs",
        &std::fs::read_to_string(fixture("lc-704/ac_prints_debug.rs")).unwrap(),
    );
    let run = env.judge(&["grade", a.to_str().unwrap(), b.to_str().unwrap()]);
    run.code(0).stdout_has("2/2 accepted");
}

#[test]
fn unknown_problem_in_a_file_name_is_a_usage_error() {
    let env = Env::new();
    let f = env.write("solution.rs", "impl Solution {}\n");
    let run = env.judge(&["grade", f.to_str().unwrap()]);
    run.code(2).stderr_has("cannot tell which problem");
}

#[test]
fn missing_file_is_a_usage_error() {
    let env = Env::new();
    env.judge(&["grade", "--problem", "lc-704", "nope.rs"])
        .code(2)
        .stderr_has("nope.rs");
}
