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
        diagnostics.contains(
            "lc-23.rs:2: your file defines `struct ListNode`: the judge supplies ListNode"
        ),
        "{}",
        run.context()
    );
}

/// The idioms LeetCode users paste that the paste suite must cover: trait
/// impls on the node types, iterator chains, `&self` with RefCell, rand,
/// early returns, deep recursion, unchecked indexing.
const IDIOMS: &[&str] = &[
    "trait_impl",
    "iterators",
    "refcell",
    "rand",
    "early_return",
    "recursion",
    "unchecked",
];

/// The paste suite: tests/fixtures/paste/lc-N_IDIOM.rs, at least one file
/// for every built-in problem, each written in an idiom other than the
/// package's own solutions, all graded in one run and all accepted.
#[test]
fn the_paste_suite_covers_every_problem_and_every_file_is_accepted() {
    let dir = fixture("paste");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let problem_of = |p: &std::path::Path| {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        name.split('_').next().unwrap().to_string()
    };
    let problems: Vec<String> = std::fs::read_dir(repo("problems"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("lc-"))
        .collect();
    let uncovered: Vec<&String> = problems
        .iter()
        .filter(|id| !files.iter().any(|f| problem_of(f) == **id))
        .collect();
    assert!(uncovered.is_empty(), "no paste file for {uncovered:?}");
    for idiom in IDIOMS {
        assert!(
            files.iter().any(|f| f
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .contains(&format!("_{idiom}"))),
            "no paste file in the `{idiom}` idiom"
        );
    }
    let env = Env::new();
    let mut args = vec!["grade", "--format", "json"];
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    args.extend(names.iter().map(|s| s.as_str()));
    let run = env.judge(&args);
    let json = run.json();
    let results = json["results"].as_array().unwrap();
    assert_eq!(results.len(), files.len());
    let rejected: Vec<String> = results
        .iter()
        .filter(|r| r["verdict"] != "AC")
        .map(|r| format!("{} {}", r["verdict"], r["file"]))
        .collect();
    assert!(rejected.is_empty(), "rejected: {rejected:#?}");
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
