//! Feedback that teaches: the smallest failing input beside the hidden case.

use crate::util::{Env, fixture, repo};

/// A wrong solution gets a small failing input from the sized generator,
/// shrunk, with the reference's answer and the solution's; the same one on
/// every run.
#[test]
fn a_wrong_answer_comes_with_a_small_failing_input() {
    let env = Env::new();
    let f = fixture("lc-704/wa_linear_off_by_one.rs");
    let args = [
        "grade",
        "--format",
        "json",
        "--problem",
        "lc-704",
        f.to_str().unwrap(),
    ];
    let run = env.judge(&args);
    let json = run.json();
    let r = &json["results"][0];
    assert_eq!(r["verdict"], "WA", "{}", run.context());
    let c = &r["counterexample"];
    assert_eq!(c["verdict"], "WA", "{}", run.context());
    let input: serde_json::Value = serde_json::from_str(c["input"].as_str().unwrap()).unwrap();
    // Skipping the last element fails on a one-element array holding the target.
    assert_eq!(input[0].as_array().unwrap().len(), 1, "{}", run.context());
    assert_eq!(c["expected"], "0");
    assert_eq!(c["actual"], "-1");
    assert!(c["tries"].as_u64().unwrap() >= 1);
    let again = env.judge(&args).json();
    assert_eq!(again["results"][0]["counterexample"]["input"], c["input"]);

    let human = env.judge(&["grade", "--problem", "lc-704", f.to_str().unwrap()]);
    human
        .stdout_has("smallest failing input found: nums = [")
        .stdout_has("→ expected 0, got -1");

    let skipped = env.judge(&[
        "grade",
        "--no-shrink",
        "--format",
        "json",
        "--problem",
        "lc-704",
        f.to_str().unwrap(),
    ]);
    assert!(skipped.json()["results"][0].get("counterexample").is_none());
}

/// A package without a sized generator says why there is no smaller input.
#[test]
fn a_format_1_package_says_it_cannot_search() {
    let env = Env::new();
    let dir = env.cwd.path().join("problems");
    crate::util::copy_package(&env, "lc-704");
    let toml = dir.join("lc-704/problem.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let text =
        text.replacen("format = 2", "format = 1", 1)
            .replacen("size_range = [1, 10000]\n", "", 1);
    std::fs::write(&toml, text).unwrap();
    let f = repo("tests/fixtures/lc-704/wa_linear_off_by_one.rs");
    let run = env.judge(&[
        "--problems",
        dir.to_str().unwrap(),
        "grade",
        "--format",
        "json",
        "--problem",
        "lc-704",
        f.to_str().unwrap(),
    ]);
    let json = run.json();
    let note = json["results"][0]["counterexample_note"]
        .as_str()
        .unwrap_or("");
    assert!(
        note.contains("no sized generator (package format 1)"),
        "{}",
        run.context()
    );
}
