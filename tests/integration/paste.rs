//! Pasteability: code written for LeetCode's editor is accepted as it is.

use crate::util::{Env, fixture, repo};

#[test]
fn design_class_with_shared_self_and_refcell_is_accepted() {
    let env = Env::new();
    let f = fixture("paste/lc-703_refcell.rs");
    env.judge(&["grade", "--problem", "lc-703", f.to_str().unwrap()])
        .code(0);
}

#[test]
fn design_class_with_mut_self_is_accepted() {
    let env = Env::new();
    let f = repo("problems/lc-703/reference.rs");
    env.judge(&["grade", "--problem", "lc-703", f.to_str().unwrap()])
        .code(0);
}

#[test]
fn a_users_own_listnode_definition_gets_a_clear_compile_error() {
    let env = Env::new();
    let code = "#[derive(PartialEq, Eq, Clone, Debug)]\npub struct ListNode { pub val: i32, pub next: Option<Box<ListNode>> }\nimpl Solution {\n    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> { None }\n}\n";
    let f = env.write("lc-23.rs", code);
    let run = env.judge(&["grade", "--format", "json", f.to_str().unwrap()]);
    run.code(1);
    let json = run.json();
    assert_eq!(json["results"][0]["verdict"], "CE", "{}", run.context());
    let diagnostics = json["results"][0]["diagnostics"].as_str().unwrap_or("");
    assert!(
        diagnostics.contains("your file defines `struct ListNode`: the judge supplies it"),
        "{}",
        run.context()
    );
}

#[test]
fn solutions_written_elsewhere_are_accepted_in_any_order_and_with_shared_self() {
    let env = Env::new();
    let files: Vec<String> = [
        "lc-15_any_order.rs",
        "lc-347_any_order.rs",
        "lc-78_any_order.rs",
        "lc-981_shared_self.rs",
        "lc-295_shared_self.rs",
        "lc-23_impl_ord_for_listnode.rs",
        "lc-206_inherent_impl_on_listnode.rs",
        "lc-104_impl_default_for_treenode.rs",
    ]
    .iter()
    .map(|f| fixture(&format!("paste/{f}")).display().to_string())
    .collect();
    let mut args = vec!["grade", "--format", "json"];
    args.extend(files.iter().map(|s| s.as_str()));
    let run = env.judge(&args);
    let json = run.json();
    for r in json["results"].as_array().unwrap() {
        assert_eq!(r["verdict"], "AC", "{r:#}");
    }
    run.code(0);
}

#[test]
fn a_new_node_with_the_right_value_is_accepted_with_a_note() {
    // LeetCode prints the returned node's value for LC 236 and compares that.
    let env = Env::new();
    let file = repo("problems/lc-236/accepted/new_node_with_the_value.rs");
    let run = env.judge(&[
        "grade",
        "--problem",
        "lc-236",
        "--format",
        "json",
        file.to_str().unwrap(),
    ]);
    let json = run.json();
    let result = &json["results"][0];
    assert_eq!(result["verdict"], "AC", "{}", run.context());
    let notes = result["notes"].as_array().cloned().unwrap_or_default();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap_or("").contains("a new node with value")),
        "{}",
        run.context()
    );
    let run = env.judge(&["submit", "lc-236", "--file", file.to_str().unwrap()]);
    run.code(0)
        .stdout_has("note:")
        .stdout_has("LeetCode compares values");
}

/// LeetCode's Rust offers the rand crate (0.8): thread_rng, gen_range and
/// SliceRandom work offline, inside the sandbox.
#[test]
fn a_randomized_solution_using_the_rand_crate_is_accepted() {
    let env = Env::new();
    let f = fixture("paste/lc-215_rand_quickselect.rs");
    let run = env.judge(&["grade", "--format", "json", f.to_str().unwrap()]);
    assert_eq!(
        run.json()["results"][0]["verdict"],
        "AC",
        "{}",
        run.context()
    );
}
