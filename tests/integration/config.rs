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
