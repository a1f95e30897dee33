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
