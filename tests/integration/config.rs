//! `judge.toml`: defaults below flags and environment variables.

use crate::util::Env;

/// Compiles in edition 2021 but not 2024, where `gen` is a reserved word.
const USES_GEN: &str = "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        let gen = nums.iter().position(|&x| x == target);\n        gen.map_or(-1, |i| i as i32)\n    }\n}\n";

#[test]
fn the_config_file_sets_defaults_and_flags_win() {
    let mut env = Env::new();
    let file = env.write("lc-704.rs", USES_GEN);
    let f = file.to_str().unwrap();
    // LeetCode's edition by default: `gen` is reserved.
    env.judge(&["grade", f]).code(1).stdout_has("CE");
    let config = env.write(
        "judge.toml",
        "edition = \"2021\"\ncolor = \"never\"\njobs = 1\n",
    );
    env.set("JUDGE_CONFIG", config.to_str().unwrap());
    env.judge(&["grade", f]).code(0).stdout_has("1/1 accepted");
    env.judge(&["grade", "--edition", "2024", f]).code(1);
}

#[test]
fn a_bad_config_file_names_the_file_and_field() {
    let mut env = Env::new();
    let config = env.write("judge.toml", "edition = \"2019\"\n");
    env.set("JUDGE_CONFIG", config.to_str().unwrap());
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml")
        .stderr_has("field `edition`")
        .stderr_has("2019");
    let config = env.write("judge.toml", "colour = \"never\"\n");
    env.set("JUDGE_CONFIG", config.to_str().unwrap());
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml")
        .stderr_has("colour");
    env.set("JUDGE_CONFIG", "/no/such/judge.toml");
    env.judge(&["list"])
        .code(3)
        .stderr_has("/no/such/judge.toml");
}

/// Writes judge.toml and points JUDGE_CONFIG at it.
fn config(env: &mut Env, text: &str) {
    let path = env.write("judge.toml", text);
    env.set("JUDGE_CONFIG", path.to_str().unwrap());
}

#[test]
fn a_config_error_names_the_line_the_field_what_was_found_and_expected() {
    let mut env = Env::new();
    config(&mut env, "color = \"never\"\njobs = \"two\"\n");
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml:2: field `jobs`: found a string \"two\", expected a whole number");
    config(&mut env, "jobs = 0\n");
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml:1: field `jobs`: found an integer 0")
        .stderr_has("at least 1");
    config(
        &mut env,
        "# my defaults\nedition = \"2021\ncolor = \"never\"\n",
    );
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml:2: field `edition`:")
        .stderr_has("found `edition = \"2021`")
        .stderr_has("closed on the same line");
    config(&mut env, "\ncolour = \"never\"\n");
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml:2: field `colour`: found an unknown field, expected one of edition, color, jobs, problems");
    config(&mut env, "color = \"sometimes\"\n");
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml:1: field `color`: found \"sometimes\", expected one of \"auto\", \"always\", \"never\"");
    config(&mut env, "jobs = 1\n\nedition = \"2019\"\n");
    env.judge(&["list"]).code(3).stderr_has(
        "judge.toml:3: field `edition`: found `2019`, expected one of 2015, 2018, 2021, 2024",
    );
}

#[test]
fn an_edition_written_as_a_number_is_accepted() {
    let mut env = Env::new();
    let file = env.write("lc-704.rs", USES_GEN);
    config(&mut env, "edition = 2021\n");
    env.judge(&["grade", file.to_str().unwrap()])
        .code(0)
        .stdout_has("1/1 accepted");
}

#[test]
fn a_missing_problems_folder_is_blamed_on_judge_toml() {
    let mut env = Env::new();
    config(&mut env, "jobs = 1\nproblems = \"/nonexistent\"\n");
    env.judge(&["list"])
        .code(3)
        .stderr_has("judge.toml:2: field `problems`: found /nonexistent, which does not exist, expected a folder of problem packages")
        .stderr_has("remove the line");
    let run = env.judge(&["list"]);
    assert!(!run.stderr.contains("--problems"), "{}", run.context());
    // A flag overrides it, and then it is not checked.
    crate::util::copy_package(&env, "lc-704");
    let dir = env.cwd.path().join("problems");
    env.judge(&["--problems", dir.to_str().unwrap(), "list"])
        .code(0)
        .stdout_has("lc-704");
}

#[test]
fn doctor_reports_a_bad_config_as_a_failed_check() {
    let mut env = Env::new();
    config(&mut env, "jobs = \"two\"\n");
    let run = env.judge(&["doctor"]);
    run.code(3)
        .stdout_has("✗ config")
        .stdout_has("judge.toml:1: field `jobs`")
        .stdout_has("toolchain");
    config(&mut env, "problems = \"/nonexistent\"\n");
    env.judge(&["doctor"])
        .code(3)
        .stdout_has("✗ config")
        .stdout_has("field `problems`")
        .stdout_has("packages load");
}
