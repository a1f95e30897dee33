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

/// `--analyze` measures growth: a quadratic two-sum is told from the linear
/// reference whatever its constant factor, with the exponent, the intended
/// complexity and how it compares, in JSON and in the human report.
#[test]
fn analyze_tells_a_quadratic_solution_from_the_intended_linear_one() {
    let env = Env::new();
    let quadratic = repo("problems/lc-1/accepted/pairwise_quadratic.rs");
    let linear = repo("problems/lc-1/reference.rs");
    let run = env.judge(&[
        "grade",
        "--analyze",
        "--format",
        "json",
        "--problem",
        "lc-1",
        quadratic.to_str().unwrap(),
        linear.to_str().unwrap(),
    ]);
    let json = run.json();
    let by_file = |name: &str| {
        json["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["file"].as_str().unwrap().ends_with(name))
            .unwrap()["complexity"]
            .clone()
    };
    let q = by_file("pairwise_quadratic.rs");
    assert_eq!(q["measured"], "O(n^2)", "{}", run.context());
    assert_eq!(q["intended"], "O(n)");
    assert_eq!(q["comparison"], "worse");
    let e = q["exponent"].as_f64().unwrap();
    assert!((1.6..=2.4).contains(&e), "exponent {e}: {}", run.context());
    assert!(q["confidence"].as_f64().unwrap() >= 0.9);
    assert!(q["reference_exponent"].as_f64().is_some());
    assert!(q["points"].as_array().unwrap().len() >= 4);
    // The linear reference is never called worse; on a loaded machine it
    // may honestly be "could not tell" (no comparison).
    let l = by_file("reference.rs");
    assert!(
        matches!(
            l["comparison"].as_str(),
            None | Some("as intended" | "within a log factor" | "better by a log factor")
        ),
        "{}",
        run.context()
    );
    assert!(
        l["measured"].is_string() || l["note"].is_string(),
        "{}",
        run.context()
    );

    let human = env.judge(&[
        "grade",
        "--analyze",
        "--problem",
        "lc-1",
        quadratic.to_str().unwrap(),
    ]);
    human
        .stdout_has("growth grows like O(n^2) (exponent ")
        .stdout_has("worse than the intended O(n)")
        .stdout_has("the reference's time");
    // Without --analyze nothing is measured.
    let plain = env.judge(&[
        "grade",
        "--format",
        "json",
        "--problem",
        "lc-1",
        linear.to_str().unwrap(),
    ]);
    assert!(plain.json()["results"][0].get("complexity").is_none());
}

/// The smallest failing input is never larger than the smallest failing
/// test case: where random small inputs pass (a bug only the samples'
/// shape triggers), the search shrinks that case instead.
#[test]
fn the_counterexample_is_never_larger_than_the_smallest_failing_case() {
    let env = Env::new();
    let f = repo("problems/lc-1/wrong/wa_inner_loop_from_i.rs");
    let run = env.judge(&[
        "grade",
        "--format",
        "json",
        "--problem",
        "lc-1",
        f.to_str().unwrap(),
    ]);
    let json = run.json();
    let r = &json["results"][0];
    assert_eq!(r["verdict"], "WA", "{}", run.context());
    let found = r["counterexample"]["input"].as_str().unwrap();
    let hidden = r["first_failure"]["input"].as_str().unwrap();
    assert!(found.len() <= hidden.len(), "{found} vs {hidden}");
}

/// `judge verify --feedback` proves the classification and the
/// counterexamples on a package with a quadratic accepted solution.
#[test]
fn verify_feedback_classifies_and_finds_small_counterexamples() {
    let env = Env::new();
    let run = env.judge(&["verify", "--feedback", "--force", "lc-1"]);
    run.code(0)
        .stdout_has("growth: accepted/pairwise_quadratic.rs O(n^2)")
        .stdout_has("counterexample: wrong/wa_pairs_with_itself.rs fails on")
        .stdout_has("lc-1 verified");
}

/// Grades `file` of `problem` with `--analyze` (JSON) and checks that its
/// growth is worse, stopped past the cap where the reference is instant.
fn stopped_and_worse(env: &Env, problem: &str, file: &str) {
    let slow = repo(&format!("problems/{problem}/{file}"));
    let run = env.judge(&[
        "grade",
        "--analyze",
        "--problem",
        problem,
        slow.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let c = &run.json()["results"][0]["complexity"];
    assert_eq!(c["comparison"], "worse", "{}", run.context());
    assert!(
        c["note"]
            .as_str()
            .unwrap()
            .contains("was stopped; the reference takes"),
        "{}",
        run.context()
    );
}

/// A solution stopped past the cap at a size the reference runs in almost
/// no time grows worse than intended, however little the sizes before it
/// finished: an exponential recursion on small trees, in JSON and in the
/// human report.
#[test]
fn a_solution_stopped_where_the_reference_is_instant_grows_worse() {
    let env = Env::new();
    let file = "wrong/tle_recompute_deeper_side.rs";
    stopped_and_worse(&env, "lc-104", file);
    let slow = repo(&format!("problems/lc-104/{file}"));
    env.judge(&[
        "grade",
        "--analyze",
        "--problem",
        "lc-104",
        slow.to_str().unwrap(),
    ])
    .stdout_has("growth worse than the intended O(n)")
    .stdout_has("and was stopped");
}

/// A backtracking search that grows too fast for the next size to fit in the
/// budget is run there once, stopped at the cap, and called worse: the sizes
/// before it are too few to fit an exponential.
#[test]
fn a_solution_too_slow_for_the_next_size_is_stopped_there_and_grows_worse() {
    stopped_and_worse(&Env::new(), "lc-332", "wrong/tle_backtrack_with_counts.rs");
}

/// A call far shorter than the clock's own cost (lc-763's linear pass over
/// at most 500 letters: well under a microsecond) is timed as many laps of
/// calls, so its growth is seen rather than the clock's: the small sizes
/// are timed as laps, and the times are never "too close to the fixed cost
/// of a call".
#[test]
fn calls_shorter_than_the_clock_are_timed_as_laps() {
    let env = Env::new();
    let f = repo("problems/lc-763/reference.rs");
    let run = env.judge(&[
        "grade",
        "--analyze",
        "--format",
        "json",
        "--problem",
        "lc-763",
        f.to_str().unwrap(),
    ]);
    let json = run.json();
    let c = &json["results"][0]["complexity"];
    let points = c["points"].as_array().unwrap();
    assert!(points.len() >= 4, "{}", run.context());
    assert!(
        points[0]["reps"].as_u64().unwrap() > 1,
        "the smallest size is timed as laps: {}",
        run.context()
    );
    assert!(
        !c["note"]
            .as_str()
            .unwrap_or("")
            .contains("too close to the fixed cost"),
        "{}",
        run.context()
    );
    assert_ne!(c["comparison"], "worse", "{}", run.context());
}
