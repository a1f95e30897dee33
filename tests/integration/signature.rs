//! Signature mismatches in the user's terms: a file that does not fit the
//! problem's signature is a compile error at the user's own line, checked
//! before rustc runs; what rustc still says about the judge's glue names
//! neither the glue's code nor the judge's cache.

use crate::util::{Env, Run};

/// Grades one file (named after its problem) and returns its diagnostics.
fn diagnostics_of(env: &Env, name: &str, code: &str) -> (Run, String) {
    let f = env.write(name, code);
    let run = env.judge(&["grade", "--format", "json", f.to_str().unwrap()]);
    run.code(1);
    let json = run.json();
    let result = &json["results"][0];
    assert_eq!(result["verdict"], "CE", "{}", run.context());
    let diagnostics = result["diagnostics"].as_str().unwrap_or("").to_string();
    assert_no_judge_internals(&diagnostics, &run);
    (run, diagnostics)
}

#[track_caller]
fn assert_no_judge_internals(diagnostics: &str, run: &Run) {
    for internal in [
        "judge_harness::conv",
        "cache/",
        ".harness-",
        "__judge",
        "__a0",
        "__r",
        "generated glue below",
    ] {
        assert!(
            !diagnostics.contains(internal),
            "the diagnostics show `{internal}`:\n{diagnostics}{}",
            run.context()
        );
    }
}

#[track_caller]
fn assert_has(diagnostics: &str, needle: &str, run: &Run) {
    assert!(
        diagnostics.contains(needle),
        "the diagnostics lack {needle:?}:\n{diagnostics}{}",
        run.context()
    );
}

#[test]
fn a_misnamed_function_is_named_at_the_users_line() {
    let env = Env::new();
    let code = "impl Solution {\n    pub fn threeSum(nums: Vec<i32>) -> Vec<Vec<i32>> {\n        vec![]\n    }\n}\n";
    let (run, d) = diagnostics_of(&env, "lc-15.rs", code);
    assert_has(
        &d,
        "lc-15.rs:2: expected `pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`, found `pub fn threeSum(nums: Vec<i32>) -> Vec<Vec<i32>>`",
        &run,
    );
    assert_has(&d, "rename it `three_sum`", &run);
    // The human report says the same.
    let f = env.write("lc-15.rs", code);
    let run = env.judge(&["submit", "lc-15", "--file", f.to_str().unwrap()]);
    run.code(1)
        .stdout_has("Compile Error")
        .stdout_has("lc-15.rs:2: expected `pub fn three_sum(");
    assert_no_judge_internals(&run.stdout, &run);
}

#[test]
fn a_wrong_parameter_type_is_named() {
    let env = Env::new();
    let code = "impl Solution {\n    pub fn three_sum(nums: Vec<i64>) -> Vec<Vec<i32>> {\n        vec![]\n    }\n}\n";
    let (run, d) = diagnostics_of(&env, "lc-15_param.rs", code);
    assert_has(
        &d,
        "lc-15_param.rs:2: expected `pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`, found `pub fn three_sum(nums: Vec<i64>) -> Vec<Vec<i32>>`",
        &run,
    );
    assert_has(
        &d,
        "parameter `nums` is `Vec<i64>`: the problem passes `Vec<i32>`",
        &run,
    );
}

#[test]
fn a_wrong_return_type_is_named() {
    let env = Env::new();
    let code = "impl Solution {\n    pub fn three_sum(nums: Vec<i32>) -> Vec<i32> {\n        nums\n    }\n}\n";
    let (run, d) = diagnostics_of(&env, "lc-15_ret.rs", code);
    assert_has(
        &d,
        "lc-15_ret.rs:2: expected `pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`, found `pub fn three_sum(nums: Vec<i32>) -> Vec<i32>`",
        &run,
    );
    assert_has(
        &d,
        "it returns `Vec<i32>`: the problem expects `Vec<Vec<i32>>`",
        &run,
    );
}

#[test]
fn a_design_class_missing_a_method_or_its_constructor_is_named() {
    let env = Env::new();
    let code = "use std::collections::HashMap;\nstruct LRUCache {\n    map: HashMap<i32, i32>,\n}\n\nimpl LRUCache {\n    fn get(&mut self, key: i32) -> i32 {\n        *self.map.get(&key).unwrap_or(&-1)\n    }\n    fn put(&mut self, key: i32, value: i32, extra: i32) {\n        self.map.insert(key, value + extra);\n    }\n}\n";
    let (run, d) = diagnostics_of(&env, "lc-146.rs", code);
    assert_has(
        &d,
        "lc-146.rs:6: `impl LRUCache` has no constructor `new`: expected `fn new(capacity: i32) -> Self`",
        &run,
    );
    assert_has(
        &d,
        "lc-146.rs:10: expected `fn put(&self, key: i32, value: i32)`, found `fn put(&mut self, key: i32, value: i32, extra: i32)`",
        &run,
    );
    assert_has(&d, "it takes 3 parameters; the problem passes 2", &run);
    assert_has(&d, "aborting due to 2 previous errors", &run);
    // A missing method, by name.
    let code = "struct MinStack { v: Vec<i32> }\nimpl MinStack {\n    fn new() -> Self { MinStack { v: vec![] } }\n    fn push(&mut self, val: i32) { self.v.push(val) }\n    fn pop(&mut self) { self.v.pop(); }\n    fn top(&self) -> i32 { *self.v.last().unwrap() }\n}\n";
    let (run, d) = diagnostics_of(&env, "lc-155.rs", code);
    assert_has(
        &d,
        "lc-155.rs:2: `impl MinStack` has no method `get_min`: expected `fn get_min(&self) -> i32`",
        &run,
    );
}

#[test]
fn a_users_own_listnode_is_explained_at_its_line() {
    let env = Env::new();
    let code = "// Definition for singly-linked list.\n#[derive(PartialEq, Eq, Clone, Debug)]\npub struct ListNode {\n    pub val: i32,\n    pub next: Option<Box<ListNode>>,\n}\n\nimpl Solution {\n    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {\n        head\n    }\n}\n";
    let (run, d) = diagnostics_of(&env, "lc-206.rs", code);
    assert_has(
        &d,
        "lc-206.rs:3: your file defines `struct ListNode`: the judge supplies ListNode, as LeetCode does: keep LeetCode's definition commented out",
        &run,
    );
}

#[test]
fn an_empty_file_is_named_as_such() {
    let env = Env::new();
    let (run, d) = diagnostics_of(&env, "lc-15.rs", "\n  \n");
    assert_has(&d, "lc-15.rs: the file is empty", &run);
    assert_has(
        &d,
        "expected LeetCode's Rust template, `impl Solution { pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> { .. } }`",
        &run,
    );
}

#[test]
fn a_file_in_another_language_or_binary_is_named_as_such() {
    let env = Env::new();
    let python = "class Solution:\n    def threeSum(self, nums: List[int]) -> List[List[int]]:\n        return []\n";
    let (run, d) = diagnostics_of(&env, "lc-15.rs", python);
    assert_has(
        &d,
        "lc-15.rs: this is not Rust: it looks like Python (line 1: `class Solution:`)",
        &run,
    );
    let cpp = "class Solution {\npublic:\n    vector<vector<int>> threeSum(vector<int>& nums) {\n        return {};\n    }\n};\n";
    let (run, d) = diagnostics_of(&env, "lc-15_cpp.rs", cpp);
    assert_has(
        &d,
        "this is not Rust: it looks like C++ (line 2: `public:`)",
        &run,
    );
    let (run, d) = diagnostics_of(&env, "lc-15_bin.rs", "\u{7f}ELF\u{2}\u{1}\u{1}\u{0}\u{0}");
    assert_has(
        &d,
        "lc-15_bin.rs: this is not a text file (binary data",
        &run,
    );
}

/// What passes the check but still fails in the judge's code (here a
/// second `ListNode::new` beside LeetCode's): rustc's error keeps the
/// user's line and says what the judge's code needs, without showing it.
#[test]
fn rustc_errors_in_the_glue_show_neither_glue_nor_cache() {
    let env = Env::new();
    let code = "impl ListNode {\n    pub fn new(val: i32) -> Self {\n        ListNode { val, next: None }\n    }\n}\nimpl Solution {\n    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {\n        head\n    }\n}\n";
    let (run, d) = diagnostics_of(&env, "lc-206.rs", code);
    assert_has(
        &d,
        "error[E0592]: duplicate definitions with name `new`",
        &run,
    );
    assert_has(&d, "lc-206.rs:2:5", &run);
    assert_has(
        &d,
        "= note: this is in the code the judge adds after yours: it calls `pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>` in `impl Solution`, and defines `struct Solution`, `ListNode` (LeetCode's definition), `main`",
        &run,
    );
    assert!(!d.contains("other definition"), "{d}");
}
