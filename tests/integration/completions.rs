//! Shell completion: `judge completions SHELL` prints a script that asks
//! the running judge at each TAB, and judge answers with what its catalog
//! holds then (ids, slugs, patterns, lists, presets, difficulties). These
//! tests speak the bash script's protocol: `COMPLETE=bash`, the index of
//! the word being completed, and the words after `--`.

use crate::util::{Env, Run, copy_package};

/// Completes the last word of `line` (a trailing space: an empty word) as
/// bash's script would ask, and returns the candidates, one a line.
fn complete(env: &mut Env, line: &str) -> (Run, Vec<String>) {
    let words: Vec<&str> = line.split(' ').collect();
    env.set("COMPLETE", "bash")
        .set("_CLAP_COMPLETE_INDEX", &(words.len() - 1).to_string())
        .set("_CLAP_IFS", "\n");
    let mut args = vec!["--"];
    args.extend(&words);
    let run = env.judge(&args);
    let candidates = run.stdout.lines().map(String::from).collect();
    (run, candidates)
}

#[track_caller]
fn offers(env: &mut Env, line: &str, expected: &[&str]) -> Vec<String> {
    let (run, candidates) = complete(env, line);
    run.code(0);
    assert_eq!(
        run.stderr,
        "",
        "completion printed into the shell{}",
        run.context()
    );
    for e in expected {
        assert!(
            candidates.iter().any(|c| c == e),
            "completing {line:?} does not offer {e:?}{}",
            run.context()
        );
    }
    candidates
}

#[test]
fn completions_offer_problem_ids_and_slugs() {
    let mut env = Env::new();
    let ids = offers(&mut env, "judge start lc-1", &["lc-1", "lc-15", "lc-153"]);
    assert!(
        ids.iter().all(|c| c.starts_with("lc-1")),
        "offers what does not start with lc-1: {ids:?}"
    );
    offers(&mut env, "judge start two", &["two-sum"]);
    offers(&mut env, "judge submit lc-70", &["lc-70", "lc-704"]);
    offers(&mut env, "judge verify lc-15 lc-70", &["lc-704"]);
    offers(&mut env, "judge grade --problem lc-70", &["lc-704"]);
    // After the comma of a list of ids, the whole word with the next id.
    offers(
        &mut env,
        "judge mock --problems lc-15,lc-70",
        &["lc-15,lc-704"],
    );
}

#[test]
fn completions_offer_patterns_lists_presets_and_difficulties() {
    let mut env = Env::new();
    offers(
        &mut env,
        "judge list --pattern ",
        &["two-pointers", "sliding-window", "graphs"],
    );
    let lists = offers(&mut env, "judge list --list ", &["neetcode150", "blind75"]);
    assert!(
        !lists.iter().any(|l| l == "two-pointers"),
        "--list offers a pattern: {lists:?}"
    );
    offers(
        &mut env,
        "judge start --random --pattern sli",
        &["sliding-window"],
    );
    offers(
        &mut env,
        "judge mock ",
        &["two-medium-50", "phone-screen", "end", "report"],
    );
    offers(&mut env, "judge mock --pattern gr", &["graphs", "greedy"]);
    offers(
        &mut env,
        "judge list --difficulty ",
        &["easy", "medium", "hard"],
    );
}

#[test]
fn completions_come_from_the_catalog_in_use_at_tab_time() {
    let mut env = Env::new();
    copy_package(&env, "lc-15");
    let ids = offers(&mut env, "judge --problems problems start lc-", &["lc-15"]);
    assert_eq!(ids, ["lc-15"], "a catalog of one package offers more");
    // A package added after the script was made is offered at once.
    copy_package(&env, "lc-704");
    offers(
        &mut env,
        "judge --problems=problems start lc-",
        &["lc-15", "lc-704"],
    );
    let problems = env.cwd.path().join("problems");
    env.set("JUDGE_PROBLEMS", problems.to_str().unwrap());
    let ids = offers(&mut env, "judge show lc-", &["lc-15", "lc-704"]);
    assert_eq!(ids.len(), 2, "JUDGE_PROBLEMS is not the catalog: {ids:?}");
}

#[test]
fn completions_offer_nothing_and_say_nothing_when_the_catalog_cannot_load() {
    let mut env = Env::new();
    let ids = offers(&mut env, "judge --problems no-such-dir start lc-1", &[]);
    assert!(ids.is_empty(), "offers {ids:?} from a missing catalog");
    let config = env.write("judge.toml", "problems = 7\n");
    env.set("JUDGE_CONFIG", config.to_str().unwrap());
    let ids = offers(&mut env, "judge list --pattern ", &[]);
    assert!(ids.is_empty(), "offers {ids:?} under a bad judge.toml");
}

#[test]
fn completions_prints_the_script_that_calls_back_into_judge() {
    let mut env = Env::new();
    let script = env.judge(&["completions", "bash"]);
    script
        .code(0)
        .stdout_has("_clap_complete_judge()")
        .stdout_has("COMPLETE=\"bash\"")
        .stdout_has(" judge\n");
    env.judge(&["completions", "zsh"])
        .code(0)
        .stdout_has("#compdef judge");
    env.judge(&["completions", "fish"])
        .code(0)
        .stdout_has("--command judge")
        .stdout_has("COMPLETE=fish");
    env.judge(&["completions", "tcsh"])
        .code(2)
        .stderr_has("invalid value 'tcsh'");
    env.judge(&["completions", "--help"])
        .code(0)
        .stdout_has("source <(judge completions bash)");
    // The documented way and clap_complete's own agree.
    env.set("COMPLETE", "bash");
    let env_script = env.judge(&[]);
    assert_eq!(
        script.stdout, env_script.stdout,
        "`judge completions bash` is not what `COMPLETE=bash judge` prints"
    );
}

#[test]
fn completions_script_needs_no_data_directory_or_config() {
    // It runs at every shell's start: a bad judge.toml must not break that.
    let mut env = Env::new();
    let config = env.write("judge.toml", "jobs = \"many\"\n");
    env.set("JUDGE_CONFIG", config.to_str().unwrap());
    env.judge(&["completions", "bash"])
        .code(0)
        .stdout_has("_clap_complete_judge()");
    env.judge(&["list"]).code(3).stderr_has("judge.toml");
}
