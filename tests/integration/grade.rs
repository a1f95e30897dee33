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

#[test]
fn junit_output_has_one_case_per_file() {
    let env = Env::new();
    let ok = fixture("lc-704/ac_reference.rs");
    let wa = fixture("lc-704/wa_linear_off_by_one.rs");
    let run = env.judge(&[
        "grade",
        "--problem",
        "lc-704",
        "--format",
        "junit",
        ok.to_str().unwrap(),
        wa.to_str().unwrap(),
    ]);
    run.code(1)
        .stdout_has("<testsuite name=\"lc-704\" tests=\"2\"")
        .stdout_has("failures=\"1\"")
        .stdout_has("type=\"WA\"")
        .stdout_has("ac_reference.rs");
    assert_eq!(
        run.stdout.matches("<testcase ").count(),
        2,
        "{}",
        run.context()
    );
}

#[test]
fn shards_split_the_files_without_overlap() {
    let env = Env::new();
    let names = [
        "lc-704_a.rs",
        "lc-704_b.rs",
        "lc-704_c.rs",
        "lc-704_d.rs",
        "lc-704_e.rs",
    ];
    let code = std::fs::read_to_string(fixture("lc-704/ac_reference.rs")).unwrap();
    let files: Vec<String> = names
        .iter()
        .map(|n| env.write(n, &code).display().to_string())
        .collect();
    let mut seen = Vec::new();
    for k in 1..=2 {
        let shard = format!("{k}/2");
        let mut args = vec!["grade", "--format", "json", "--shard", shard.as_str()];
        args.extend(files.iter().map(|s| s.as_str()));
        let json = env.judge(&args).code(0).json();
        for r in json["results"].as_array().unwrap() {
            seen.push(r["file"].as_str().unwrap().to_string());
        }
    }
    seen.sort();
    let mut want = files.clone();
    want.sort();
    assert_eq!(seen, want);
    env.judge(&["grade", "--shard", "3/2", files[0].as_str()])
        .code(2)
        .stderr_has("--shard 3/2");
}

#[test]
fn grading_fails_closed_without_the_isolation_layers() {
    let mut env = Env::new();
    env.set("JUDGE_PRETEND_MISSING_LAYERS", "landlock-fs");
    let ok = fixture("lc-704/ac_reference.rs");
    env.judge(&["grade", "--problem", "lc-704", ok.to_str().unwrap()])
        .code(3)
        .stderr_has("refuses to run untrusted code")
        .stderr_has("landlock-fs")
        .stderr_has("--allow-degraded-sandbox");
    env.judge(&[
        "grade",
        "--problem",
        "lc-704",
        "--allow-degraded-sandbox",
        ok.to_str().unwrap(),
    ])
    .code(0);
}

#[test]
fn doctor_names_every_layer_and_the_toolchain() {
    let env = Env::new();
    let json = env.judge(&["doctor", "--format", "json"]).code(0).json();
    let checks = json["checks"].as_array().unwrap();
    assert!(checks.iter().all(|c| c["ok"] == true), "{json:#}");
    let layers = json["sandbox_layers"].as_array().unwrap();
    for name in [
        "rlimits",
        "process-group",
        "landlock-fs",
        "seccomp",
        "user-ns",
        "pid-ns",
    ] {
        let l = layers
            .iter()
            .find(|l| l["name"] == name)
            .unwrap_or_else(|| panic!("no line for {name}: {json:#}"));
        // A missing layer says why.
        if l["available"] == false {
            assert!(
                !l["detail"].as_str().unwrap().is_empty(),
                "{name}: {json:#}"
            );
        }
    }
    // What doctor reports is what grading needs.
    let landlock = layers.iter().find(|l| l["name"] == "landlock-fs").unwrap();
    let seccomp = layers.iter().find(|l| l["name"] == "seccomp").unwrap();
    assert_eq!(
        json["grading_allowed"],
        landlock["available"] == true && seccomp["available"] == true
    );
    env.judge(&["doctor"])
        .code(0)
        .stdout_has("Sandbox layers")
        .stdout_has("landlock-fs")
        .stdout_has("the judge harness, built in")
        .stdout_has("rand 0.8.5 for solutions");
}

/// A JUnit report holds the failing case cut to a readable size, not an
/// input of tens of thousands of characters.
#[test]
fn junit_cuts_a_huge_failing_input() {
    let env = Env::new();
    let reference =
        std::fs::read_to_string(crate::util::repo("problems/lc-15/reference.rs")).unwrap();
    // Right on small inputs, empty on large ones: the first failure is huge.
    let wrong = reference.replacen(
        "pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {",
        "pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {\n        if nums.len() > 1000 { return Vec::new(); }",
        1,
    );
    assert_ne!(wrong, reference, "the reference's signature line changed");
    let file = env.write("lc-15_big.rs", &wrong);
    let run = env.judge(&[
        "grade",
        "--no-shrink",
        "--format",
        "junit",
        file.to_str().unwrap(),
    ]);
    run.code(1).stdout_has("type=\"WA\"").stdout_has("…");
    assert!(run.stdout.len() < 20_000, "{} bytes", run.stdout.len());
}

/// Progress bars and spinners are for a terminal: with stderr piped (CI,
/// scripts) nothing of them is written.
#[test]
fn progress_bars_stay_out_of_piped_output() {
    let env = Env::new();
    let ok = fixture("lc-704/ac_reference.rs");
    let wa = fixture("lc-704/wa_linear_off_by_one.rs");
    let run = env.judge(&[
        "grade",
        "--no-shrink",
        "--problem",
        "lc-704",
        ok.to_str().unwrap(),
        wa.to_str().unwrap(),
    ]);
    run.code(1);
    assert!(
        !run.stderr.contains("graded") && !run.stderr.contains('⠙') && !run.stderr.contains('░'),
        "{}",
        run.context()
    );
}
