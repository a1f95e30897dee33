//! Every verdict, from fixtures named by what they must produce.

use crate::util::{Env, fixture};

/// Grades all verdict fixtures in one parallel call and checks each.
#[test]
fn each_fixture_gets_its_verdict() {
    let env = Env::new();
    let names = [
        "ac_reference",
        "ac_prints_debug",
        "wa_linear_off_by_one",
        "re_panics",
        "tle_infinite_loop",
        "mle_allocate_forever",
        "ole_flood_stdout",
        "ce_missing_semicolon",
    ];
    let files: Vec<String> = names
        .iter()
        .map(|n| fixture(&format!("lc-704/{n}.rs")).display().to_string())
        .collect();
    let mut args = vec!["grade", "--problem", "lc-704", "--format", "json"];
    args.extend(files.iter().map(|s| s.as_str()));
    let run = env.judge(&args);
    run.code(1);
    let json = run.json();
    let results = json["results"].as_array().unwrap();
    assert_eq!(results.len(), names.len(), "{}", run.context());
    for (name, r) in names.iter().zip(results) {
        let expected = name.split('_').next().unwrap().to_uppercase();
        assert_eq!(r["verdict"], expected.as_str(), "{name}: {r:#}");
        assert!(r["file"].as_str().unwrap().ends_with(&format!("{name}.rs")));
        assert_eq!(r["problem"], "lc-704");
        if expected == "AC" {
            assert_eq!(r["passed"], r["total"], "{name}");
            assert!(r["first_failure"].is_null());
        } else if expected != "CE" {
            assert!(
                r["passed"].as_u64().unwrap() < r["total"].as_u64().unwrap(),
                "{name}"
            );
            assert!(r["first_failure"]["case"].is_string(), "{name}: {r:#}");
        }
    }
    let by_name = |n: &str| &results[names.iter().position(|x| *x == n).unwrap()];
    let re = by_name("re_panics");
    assert!(
        re["first_failure"]["message"]
            .as_str()
            .unwrap()
            .contains("deliberate failure on"),
        "{re:#}"
    );
    let tle = by_name("tle_infinite_loop");
    assert!(
        tle["first_failure"]["message"]
            .as_str()
            .unwrap()
            .contains("the time limit"),
        "{tle:#}"
    );
    let ce = by_name("ce_missing_semicolon");
    let diag = ce["diagnostics"].as_str().unwrap();
    assert!(
        diag.contains("ce_missing_semicolon.rs:3"),
        "CE must point at the user's line: {diag}"
    );
    let wa = by_name("wa_linear_off_by_one");
    assert!(
        wa["first_failure"]["expected"].is_string() && wa["first_failure"]["actual"].is_string(),
        "{wa:#}"
    );
}

#[test]
fn wrong_answer_report_shows_a_diff_and_the_solutions_prints() {
    let env = Env::new();
    let code = "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        println!(\"probe {}\", nums.len());\n        nums.iter().position(|&x| x == target).map_or(-1, |i| i as i32 + 1)\n    }\n}\n";
    let file = env.write("lc-704.rs", code);
    let run = env.judge(&["submit", "lc-704", "--file", file.to_str().unwrap()]);
    run.code(1)
        .stdout_has("Wrong Answer")
        .stdout_has("passed")
        .stdout_has("^ first difference")
        .stdout_has("expected")
        .stdout_has("probe ");
}

#[test]
fn compile_errors_point_at_the_users_file() {
    let env = Env::new();
    let file = env.write("mine.rs", "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        undefined_name\n    }\n}\n");
    let run = env.judge(&["submit", "lc-704", "--file", file.to_str().unwrap()]);
    run.code(1)
        .stdout_has("Compile Error")
        .stdout_has("mine.rs:3:9");
}

#[test]
fn dbg_and_eprintln_are_shown_with_their_case() {
    let env = Env::new();
    let code = "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        eprintln!(\"looking for {target} in {} values\", nums.len());\n        dbg!(nums.len() + 1000);\n        nums.iter().position(|&x| x == target).map_or(-1, |i| i as i32 + 1)\n    }\n}\n";
    let file = env.write("lc-704.rs", code);
    let run = env.judge(&["submit", "lc-704", "--file", file.to_str().unwrap()]);
    // The first sample, nums = [-1,0,3,5,9,12], target = 9: its own prints.
    run.code(1)
        .stdout_has("stderr (dbg! and eprintln! during this case)")
        .stdout_has("looking for 9 in 6 values")
        .stdout_has("nums.len() + 1000 = 1006");
    let run = env.judge(&[
        "submit",
        "lc-704",
        "--file",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json = run.json();
    let stderr = json["first_failure"]["stderr"].as_str().unwrap_or("");
    assert!(
        stderr.contains("looking for 9 in 6 values"),
        "{}",
        run.context()
    );
    assert!(
        !stderr.contains("in 1 values"),
        "another case's prints: {}",
        run.context()
    );
    let run = env.judge(&["run", "lc-704", "--file", file.to_str().unwrap()]);
    run.stdout_has("stderr (dbg!, eprintln!)")
        .stdout_has("looking for 9 in 6 values");
}
