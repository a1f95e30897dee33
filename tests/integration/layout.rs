//! Issue 15: human output fits the terminal. Golden snapshots of `list`, a
//! failing `submit`, `plan` and `show --hints` at 80 and 160 columns (times,
//! sizes and paths redacted), and the small wording fixes one by one.

use crate::util::{Env, Run, repo};

const WIDTHS: [usize; 2] = [80, 160];

/// Times, memory and the attempt clock vary from run to run and machine to
/// machine; the layout around them does not. A redaction swallows the
/// padding before it, so right-aligned columns compare equal.
fn filters() -> Vec<(&'static str, &'static str)> {
    vec![
        (r" *\b\d+(\.\d+)? (ms|s)\b", " [time]"),
        (r" *\b\d+(\.\d+)? MB\b", " [memory]"),
        (r"\(\d+(\.\d+)?x the reference\)", "([ratio] the reference)"),
        (r"compile (\[time\]|cached)", "compile [time]"),
        (r"\b\d+:\d\d elapsed", "[clock] elapsed"),
        (r"/tmp/[^\s:)]+", "[path]"),
    ]
}

/// Every line of `text` is at most `width` characters wide.
#[track_caller]
fn fits(run: &Run, width: usize) {
    for line in run.stdout.lines() {
        assert!(
            line.chars().count() <= width,
            "a line is {} characters wide, more than {width}: {line:?}{}",
            line.chars().count(),
            run.context()
        );
    }
}

fn snapshot(name: &str, text: &str) {
    insta::with_settings!({ filters => filters(), prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, text);
    });
}

fn at(width: usize) -> Env {
    let mut env = Env::new();
    env.set("COLUMNS", &width.to_string());
    env.set("JUDGE_NOW", "2026-11-28T10:00:00Z");
    env
}

#[test]
fn list_fits_and_cuts_long_titles() {
    for width in WIDTHS {
        let env = at(width);
        let run = env.judge(&["list"]);
        run.code(0);
        fits(&run, width);
        snapshot(&format!("list_{width}"), &run.stdout);
    }
    let run = at(80).judge(&["list"]);
    run.stdout_has("lc-3     Longest Substring Without Rep…  Medium  new")
        .stdout_has("lc-323   Number of Connected Component…  Medium  new");
}

#[test]
fn plan_rows_fit() {
    for width in WIDTHS {
        let env = at(width);
        env.judge(&["plan", "start", "--on", "2026-11-23"]).code(0);
        let run = env.judge(&["plan"]);
        run.code(0);
        fits(&run, width);
        snapshot(&format!("plan_{width}"), &run.stdout);
    }
    let env = at(80);
    env.judge(&["plan", "start", "--on", "2026-11-23"]).code(0);
    env.judge(&["plan"])
        .stdout_has("  day 1,2,3,4,5,6,7 Daily maintenance\n")
        .stdout_has("0/1 task\n");
}

#[test]
fn show_hints_wrapped_after_a_blank_line() {
    for width in WIDTHS {
        let env = at(width);
        let run = env.judge(&["show", "lc-15", "--hints"]);
        run.code(0);
        fits(&run, width);
        snapshot(&format!("show_hints_{width}"), &run.stdout);
    }
    at(80)
        .judge(&["show", "lc-15", "--hints"])
        .stdout_has("\n\nHint 1: ")
        .stdout_has("\n    you looking for among the rest?\n");
}

fn wrong_3sum(env: &Env) -> String {
    let code = std::fs::read_to_string(repo("problems/lc-15/wrong/wa_no_inner_dedup.rs")).unwrap();
    env.write("wa.rs", &code).display().to_string()
}

#[test]
fn failing_submit_fits() {
    for width in WIDTHS {
        let env = at(width);
        let file = wrong_3sum(&env);
        let run = env.judge(&["submit", "lc-15", "--file", &file, "--no-shrink"]);
        run.code(1);
        fits(&run, width);
        snapshot(&format!("submit_wa_{width}"), &run.stdout);
    }
}

#[test]
fn failing_case_shows_inputs_as_the_statement_names_them() {
    let env = at(80);
    let file = wrong_3sum(&env);
    env.judge(&["submit", "lc-15", "--file", &file, "--no-shrink"])
        .stdout_has("  input     nums = [0,0,0,0,0,0,0]\n")
        .stdout_has("(in any\n    order, and each inner list in any order)");
}

#[test]
fn run_shows_the_caret_as_submit_does() {
    let env = at(80);
    let file = wrong_3sum(&env);
    env.judge(&[
        "run",
        "lc-15",
        "--file",
        &file,
        "--input",
        "nums = [0,0,0,0,0,0,0]",
    ])
    .code(1)
    .stdout_has("  expected  [[0,0,0]]\n    output  [[0,0,0],[0,0,0],[0,0,0]]\n                    ^ first difference\n");
}

#[test]
fn second_submit_says_cached_and_a_rejected_one_gets_no_tick() {
    let env = at(80);
    env.judge(&["start", "lc-15"]).code(0);
    let file = wrong_3sum(&env);
    let first = env.judge(&["submit", "--file", &file, "--no-shrink"]);
    first.code(1);
    assert!(
        !first.stdout.contains("min ✓"),
        "a rejected submit is ticked{}",
        first.context()
    );
    first.stdout_has("Medium target 25–30 min\n");
    env.judge(&["submit", "--file", &file, "--no-shrink"])
        .code(1)
        .stdout_has("compile cached");
}

#[test]
fn doctor_shows_pid_ns_as_not_needed() {
    let run = at(80).judge(&["doctor"]);
    run.stdout_has("– not needed pid-ns");
    assert!(
        !run.stdout.contains("✗ missing    pid-ns"),
        "pid-ns shown as missing{}",
        run.context()
    );
}
