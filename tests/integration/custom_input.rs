//! Your own cases: `judge run --input` in the judge's JSON, LeetCode's
//! testcase panel and the statement's `name = value` forms, and the
//! workspace's tests.txt. A bad input is reported against its argument and
//! line before anything runs, never against the reference.

use crate::util::{Env, repo};

fn with_reference(env: &Env, id: &str) {
    env.judge(&["start", id]).code(0);
    std::fs::write(
        env.workspace_file(id),
        std::fs::read_to_string(repo(&format!("problems/{id}/reference.rs"))).unwrap(),
    )
    .unwrap();
}

fn tests_txt(env: &Env, id: &str) -> std::path::PathBuf {
    env.home
        .path()
        .join("workspaces")
        .join(id)
        .join("tests.txt")
}

#[test]
fn input_takes_json_testcase_panel_and_statement_forms() {
    let env = Env::new();
    with_reference(&env, "lc-1");
    env.judge(&["run", "lc-1", "--input", "[[3,2,4],6]"])
        .code(0)
        .stdout_has("custom:")
        .stdout_has("expected  [1,2]");
    // LeetCode's panel: one argument a line, a case every two lines.
    env.judge(&["run", "lc-1", "--input", "[3,2,4]\n6\n[1,5,9]\n14"])
        .code(0)
        .stdout_has("custom-1:")
        .stdout_has("custom-2:")
        .stdout_has("input     nums = [1,5,9], target = 14")
        .stdout_has("2/2 passed");
    // The statement's form, the names in any order.
    env.judge(&["run", "lc-1", "--input", "target = 6, nums = [3,2,4]"])
        .code(0)
        .stdout_has("input     nums = [3,2,4], target = 6")
        .stdout_has("expected  [1,2]");
    // An input outside the constraints is said to be so.
    env.judge(&["run", "lc-1", "--input", "[[1,2],10]"])
        .code(2)
        .stderr_has("--input: this input has no answer from our reference solution")
        .stderr_has("is it within the problem's constraints? `judge show lc-1` lists them");
    // One parameter: the line is the argument itself, or the JSON array.
    with_reference(&env, "lc-297");
    for input in ["[1,null,2]", "[[1,null,2]]", "root = [1,null,2]"] {
        env.judge(&["run", "lc-297", "--input", input])
            .code(0)
            .stdout_has("expected  [1,null,2]");
    }
}

#[test]
fn input_errors_name_the_argument_and_what_was_expected() {
    // Nothing compiles: the input is checked first.
    let env = Env::new();
    let f = env.write("lc-1.rs", "impl Solution {}");
    let file = f.to_str().unwrap();
    for (input, says) in [
        (
            "[3,2,4]\nx",
            "--input, line 2: argument 2 (target): expected an integer, found \"x\"",
        ),
        (
            "[[3,2,4],\"6\"]",
            "--input: argument 2 (target): expected an integer, found \"6\"",
        ),
        (
            "[[-1,0,1],0,3,4]",
            "--input: expected 2 arguments (nums, target), found 4 arguments",
        ),
        (
            "[3,2,4]\n6\n[1,2]",
            "--input, line 3: a case is 2 lines, one argument each (nums, target); \
             the case from line 3 has 1 line before the end, and lacks target",
        ),
        (
            "nums = [3,2,4], targt = 6",
            "unknown argument `targt` (this problem's are nums, target)",
        ),
        (
            "nums = [3,2,4]",
            "missing target (this problem's arguments are nums, target)",
        ),
        (
            "nums = [3,2,\"a\"], target = 1",
            "argument 1 (nums): [2]: expected an integer, found a string",
        ),
        (
            "[[1,2],3000000000]",
            "argument 2 (target): 3000000000 does not fit in i32",
        ),
    ] {
        let run = env.judge(&["run", "lc-1", "--file", file, "--input", input]);
        run.code(2).stderr_has(says);
        assert!(!run.stderr.contains("reference"), "{}", run.context());
    }
    // LC 236's p and q are nodes of the tree, given by value.
    let f = env.write("lc-236.rs", "impl Solution {}");
    env.judge(&[
        "run",
        "lc-236",
        "--file",
        f.to_str().unwrap(),
        "--input",
        "[3,5,1]\n5\n7",
    ])
    .code(2)
    .stderr_has("--input, line 3: argument 3 (q): no node with value 7 in the tree");
}

#[test]
fn design_problems_take_the_operations_and_their_arguments() {
    let env = Env::new();
    with_reference(&env, "lc-155");
    env.judge(&[
        "run",
        "lc-155",
        "--input",
        "[\"MinStack\",\"push\",\"getMin\"]\n[[],[5],[]]",
    ])
    .code(0)
    .stdout_has("expected  [null,null,5]");
    for (input, says) in [
        (
            "[\"MinStack\",\"push\",\"getMax\"]\n[[],[5],[]]",
            "operation 3 is \"getMax\", which MinStack does not have \
             (expected one of MinStack, push, pop, top, getMin)",
        ),
        (
            "[\"MinStack\",\"push\"]\n[[],[\"a\"]]",
            "operation 2 (push) argument val: expected an integer, found \"a\"",
        ),
        (
            "[\"push\"]\n[[5]]",
            "the first operation constructs the object (\"MinStack\")",
        ),
        (
            "val = 3",
            "a design problem's case is 2 lines, the operations and their arguments",
        ),
    ] {
        env.judge(&["run", "lc-155", "--input", input])
            .code(2)
            .stderr_has(says);
    }
}

#[test]
fn tests_txt_is_seeded_with_the_examples_and_run_after_them() {
    let env = Env::new();
    with_reference(&env, "lc-1");
    let tests = tests_txt(&env, "lc-1");
    let text = std::fs::read_to_string(&tests).unwrap();
    assert!(text.starts_with("# Your cases for `judge run`"), "{text}");
    assert!(
        text.contains("2 lines, one argument each: nums, target"),
        "{text}"
    );
    assert!(text.contains("\n[2,7,11,15]\n9\n"), "{text}");
    // The seeded examples run once, as examples.
    env.judge(&["run"])
        .code(0)
        .stdout_has("3/3 examples passed (tests.txt holds only them)");
    // A case of your own, in the panel's form and in the statement's.
    std::fs::write(
        &tests,
        format!("{text}\n# mine\n[1,5,9]\n14\nnums = [0,4,3,0], target = 0\n"),
    )
    .unwrap();
    let lines = text.lines().count();
    env.judge(&["run"])
        .code(0)
        .stdout_has(&format!("tests.txt:{}: ✓ passed", lines + 3))
        .stdout_has("expected  [1,2]")
        .stdout_has(&format!("tests.txt:{}: ✓ passed", lines + 5))
        .stdout_has("expected  [0,3]")
        .stdout_has("5/5 passed (3 examples, 2 from tests.txt)");
    // A wrong solution fails on your case too.
    std::fs::write(&tests, "[1,5,9]\n14\n").unwrap();
    std::fs::write(
        env.workspace_file("lc-1"),
        "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        \
         if nums == [1, 5, 9] { vec![0, 1] } else { Solution::first(nums, target) }\n    }\n    \
         fn first(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        \
         for i in 0..nums.len() { for j in i + 1..nums.len() { \
         if nums[i] + nums[j] == target { return vec![i as i32, j as i32]; } } }\n        \
         vec![]\n    }\n}\n",
    )
    .unwrap();
    env.judge(&["run"])
        .code(1)
        .stdout_has("tests.txt:1: Wrong Answer")
        .stdout_has("3/4 passed (3 examples, 1 from tests.txt)");
    // `judge start` again keeps it.
    env.judge(&["start", "lc-1"]).code(0);
    assert_eq!(std::fs::read_to_string(&tests).unwrap(), "[1,5,9]\n14\n");
}

#[test]
fn a_bad_tests_txt_names_the_file_and_the_line() {
    let env = Env::new();
    env.judge(&["start", "lc-1"]).code(0);
    let tests = tests_txt(&env, "lc-1");
    let shown = tests.display();
    std::fs::write(&tests, "# mine\n[1,5,9]\n14\n\n[1,2]\nx\n").unwrap();
    env.judge(&["run"])
        .code(2)
        .stderr_has(&format!(
            "{shown}:6: argument 2 (target): expected an integer, found \"x\""
        ))
        .stderr_has("fix the line");
    // A case cut short by a blank line.
    std::fs::write(&tests, "[1,5,9]\n\n14\n").unwrap();
    env.judge(&["run"]).code(2).stderr_has(&format!(
        "{shown}:1: a case is 2 lines, one argument each (nums, target); \
         the case from line 1 has 1 line before the blank line 2, and lacks target"
    ));
    // The file is the user's: a bad one is reported, never rewritten.
    assert_eq!(std::fs::read_to_string(&tests).unwrap(), "[1,5,9]\n\n14\n");
}
