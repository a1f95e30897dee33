//! A package's own checker (`[checker] kind = "custom"`): it sees the input,
//! decides the verdict outside the solution's process, and its reasons reach
//! the user; a checker that breaks the protocol is the package's error.

use crate::util::{Env, copy_package, edit};

/// lc-704 with a checker that judges the index against the input: any index
/// holding the target, or -1 exactly when the reference found none.
const INDEX_CHECKER: &str = r#"use judge_harness::checker::{Verdict, serve};
use judge_harness::conv::FromJson;
use judge_harness::json::Value;

fn check(input: &[Value], expected: &Value, actual: &Value) -> Verdict {
    let nums = Vec::<i32>::from_json(&input[0])?;
    let target = i32::from_json(&input[1])?;
    let (e, a) = (i32::from_json(expected)?, i32::from_json(actual)?);
    if e == -1 || a == -1 {
        return if e == a { Ok(()) } else { Err(format!("returned {a}, expected {e}")) };
    }
    match nums.get(a as usize) {
        Some(&v) if v == target => Ok(()),
        Some(&v) => Err(format!("nums[{a}] is {v}, not the target {target}")),
        None => Err(format!("{a} is not an index of nums")),
    }
}

fn main() {
    serve(check);
}
"#;

fn custom_package(env: &Env, checker: &str) -> String {
    let pkg = copy_package(env, "lc-704");
    edit(
        &pkg.join("problem.toml"),
        "kind = \"exact\"",
        "kind = \"custom\"",
    );
    std::fs::write(pkg.join("tests/checker.rs"), checker).unwrap();
    env.cwd
        .path()
        .join("problems")
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn the_packages_checker_decides_and_its_reason_is_shown() {
    let env = Env::new();
    let problems = custom_package(&env, INDEX_CHECKER);
    let good = env.write(
        "good.rs",
        include_str!("../../problems/lc-704/reference.rs"),
    );
    env.judge(&[
        "--problems",
        &problems,
        "grade",
        "--problem",
        "lc-704",
        good.to_str().unwrap(),
    ])
    .code(0)
    .stdout_has("AC");
    // Off by one whenever the target is found at an index past 0.
    let off = env.write(
        "off.rs",
        "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        \
         match nums.iter().position(|&x| x == target) {\n            \
         Some(i) if i > 0 => i as i32 - 1,\n            Some(i) => i as i32,\n            \
         None => -1,\n        }\n    }\n}\n",
    );
    let run = env.judge(&[
        "--problems",
        &problems,
        "submit",
        "--no-shrink",
        "--file",
        off.to_str().unwrap(),
        "lc-704",
    ]);
    run.code(1)
        .stdout_has("Wrong Answer")
        .stdout_has("not the target");
}

#[test]
fn a_checker_that_breaks_the_protocol_is_the_packages_error() {
    let env = Env::new();
    let problems = custom_package(&env, "fn main() { println!(\"maybe\"); }\n");
    let good = env.write(
        "good.rs",
        include_str!("../../problems/lc-704/reference.rs"),
    );
    let run = env.judge(&[
        "--problems",
        &problems,
        "grade",
        "--problem",
        "lc-704",
        good.to_str().unwrap(),
    ]);
    run.code(3)
        .stderr_has("lc-704/tests/checker.rs")
        .stderr_has("the checker's reply");
}

#[test]
fn custom_without_a_checker_and_a_checker_without_custom_name_the_field() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    let problems = env.cwd.path().join("problems");
    let problems = problems.to_str().unwrap();
    edit(
        &pkg.join("problem.toml"),
        "kind = \"exact\"",
        "kind = \"custom\"",
    );
    env.judge(&["--problems", problems, "show", "lc-704"])
        .code(3)
        .stderr_has("lc-704/problem.toml")
        .stderr_has(
            "field `checker`: kind = \"custom\" expects the checker program in tests/checker.rs",
        );
    edit(
        &pkg.join("problem.toml"),
        "kind = \"custom\"",
        "kind = \"exact\"",
    );
    std::fs::write(pkg.join("tests/checker.rs"), "fn main() {}\n").unwrap();
    env.judge(&["--problems", problems, "show", "lc-704"])
        .code(3)
        .stderr_has("tests/checker.rs exists but kind = \"exact\" does not use it");
}
