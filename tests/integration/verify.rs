//! `judge verify` over every built-in package: the reference is accepted,
//! the brute force agrees, each wrong solution gets its declared verdict,
//! the stub compiles and is rejected, the generator is deterministic; and
//! its progress bar, on a terminal only.

use crate::util::{Env, copy_package, edit, shared_cache};

#[test]
fn every_builtin_package_verifies() {
    let env = Env::new();
    // --force: every package is proved in this run, whatever an earlier
    // run of the same judge left in the shared cache.
    let run = env.judge(&["verify", "--force"]);
    run.code(0).stdout_has("packages verified");
    assert!(!run.stdout.contains("verified before"), "{}", run.context());
}

/// A package verified before on this machine, unchanged, is not verified
/// again; any change to it is.
#[test]
fn an_unchanged_package_is_not_verified_twice() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    // Its own content, so no other test's marker applies.
    edit(
        &pkg.join("statement.md"),
        "# Binary Search",
        "# Binary Search (copy)",
    );
    let dir = env.cwd.path().join("problems");
    let dir = dir.to_str().unwrap();
    env.judge(&["--problems", dir, "verify", "lc-704"])
        .code(0)
        .stdout_has("margins:");
    let again = env.judge(&["--problems", dir, "verify", "lc-704"]);
    again
        .code(0)
        .stdout_has("lc-704 verified before on this machine, unchanged")
        .stdout_has("(1 unchanged since verified here before)");
    assert!(!again.stdout.contains("margins:"), "{}", again.context());
    edit(&pkg.join("statement.md"), "(copy)", "(edited)");
    env.judge(&["--problems", dir, "verify", "lc-704"])
        .code(0)
        .stdout_has("margins:");
}

/// Kattis' method: a limit under 2x the slowest accepted case is a package
/// error that says which file and what multiplier would fix it.
#[test]
fn a_limit_too_close_to_the_slowest_accepted_case_fails_verify() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("problem.toml"),
        "calibrate = \"accepted/linear_scan.rs\"\ntime_multiplier = 4.0",
        "time_multiplier = 1.0\ntime_floor_ms = 0",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "verify", "lc-704"]);
    run.code(1)
        .stdout_has("margins: the limit")
        .stdout_has("the slowest accepted case (")
        .stdout_has("under 2x, an accepted solution could be TLE on a slower run")
        .stdout_has("time_multiplier = 4 (the limit is now");
}

/// Format 2: a sized generator that does not repeat itself, or makes an
/// input the reference cannot read, fails verify and names the request.
#[test]
fn a_sized_generator_must_be_deterministic_and_valid() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("tests/gen.rs"),
        "    format!(\"[{},{}]\", list(&nums), target)\n}",
        // The clock's nanoseconds: a different target on (almost) every run.
        "    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();\n    format!(\"[{},{}]\", list(&nums), target + t.subsec_nanos() as i64 % 1000)\n}",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "verify", "lc-704"]);
    run.code(1)
        .stdout_has("printed a different input on a second run");

    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("tests/gen.rs"),
        "    format!(\"[{},{}]\", list(&nums), target)\n}",
        "    format!(\"[{}]\", list(&nums))\n}",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "verify", "lc-704"]);
    run.code(1).stdout_has(
        "sized generator: the reference fails on `gen size 1 seed 1` (an invalid input?)",
    );
}

/// On a terminal, stderr shows package k of N with its id under the
/// results, and clears it at the end; stdout holds the same lines as when
/// nothing is a terminal, and piped stderr holds nothing. Unknown ids fail
/// at once, so this needs no compiler.
#[test]
fn verify_shows_its_progress_on_a_terminal_only() {
    let args = ["--color", "never", "verify", "nosuch-a", "nosuch-b"];
    let env = Env::new();
    let piped = env.judge(&args[2..]);
    piped.code(1).stdout_has("nosuch-b\n");
    assert_eq!(
        piped.stderr,
        "",
        "progress on piped stderr{}",
        piped.context()
    );

    let Some(script) = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .find(|p| std::path::Path::new(p).is_file())
    else {
        eprintln!("skipped: no `script` (util-linux) to give judge a terminal");
        return;
    };
    let out = env.cwd.path().join("stdout.txt");
    let line = format!(
        "{} {} > {}",
        assert_cmd::cargo::cargo_bin("judge").display(),
        args.join(" "),
        out.display()
    );
    // `script` gives judge a terminal for stderr; stdout goes to the file.
    let tty = std::process::Command::new(script)
        .args(["-qec", &line, "/dev/null"])
        .current_dir(env.cwd.path())
        .env_remove("JUDGE_PROBLEMS")
        .env_remove("JUDGE_CONFIG")
        .env("XDG_CONFIG_HOME", env.home.path().join("config"))
        .env("JUDGE_HOME", env.home.path())
        .env("JUDGE_CACHE", shared_cache())
        .output()
        .unwrap();
    let terminal = String::from_utf8_lossy(&tty.stdout).into_owned();
    let context = format!("\n--- terminal (stderr):\n{terminal:?}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        piped.stdout,
        "stdout differs when stderr is a terminal{context}"
    );
    for step in ["1/2 nosuch-a", "2/2 nosuch-b"] {
        assert!(
            terminal.contains(step),
            "no {step:?} on the terminal{context}"
        );
    }
    let last_bar = terminal.rfind("2/2 nosuch-b").unwrap();
    let cleared = terminal[last_bar..]
        .rfind("\x1b[2K")
        .is_some_and(|at| terminal[last_bar + at + 4..].trim().is_empty());
    assert!(cleared, "the bar is left on the terminal{context}");
}

/// The brute force runs its cases in growing size and no further than the
/// first it is too slow for: each larger one would cost a run stopped at
/// the watchdog. A brute force that never ends past 50 elements is stopped
/// once in each of its two checks (the sized inputs, the test set), not
/// once per case, and the cases it finished still count.
#[test]
fn a_brute_force_too_slow_for_a_case_is_not_run_on_larger_ones() {
    let mut env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("brute.rs"),
        "        nums.iter()",
        "        while nums.len() > 50 {\n            std::hint::spin_loop();\n        }\n        nums.iter()",
    );
    let dir = env.cwd.path().join("problems");
    env.set("JUDGE_TRACE", "1");
    let run = env.judge(&[
        "--problems",
        dir.to_str().unwrap(),
        "verify",
        "--force",
        "-j",
        "1",
        "lc-704",
    ]);
    run.code(0)
        .stdout_has("cases (the rest are too large for it)");
    let brute_runs = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("judge-trace run:") && l.contains("/build/brute/"))
        .count();
    assert_eq!(brute_runs, 2, "{}", run.context());
}

/// The rustc runs of a verify, by the build directory each ran in.
fn rustc_builds(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("judge-trace rustc: cd "))
        .filter_map(|l| l.split(" && ").next())
        .filter_map(|dir| dir.split("/build/").nth(1))
        .map(String::from)
        .collect()
}

/// A package's own solutions (the reference, the brute force, the stub,
/// wrong/ and accepted/) are built as one program, one rustc run besides
/// the generator's, and each runs as itself: its own verdict, its panic
/// naming its own file and line. Where one file does not compile, every
/// file is built alone, so its diagnostics are its own and the others are
/// judged as before.
#[test]
fn a_packages_own_solutions_build_as_one_program_and_each_runs_as_itself() {
    let mut env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    let dir = env.cwd.path().join("problems");
    let dir = dir.to_str().unwrap().to_string();
    // Its own cache: the shared one's lc-704 builds are other tests' too.
    let cache = env.home.path().join("cache");
    env.set("JUDGE_CACHE", cache.to_str().unwrap());
    env.set("JUDGE_TRACE", "1");
    let verify = |env: &Env| env.judge(&["--problems", &dir, "verify", "--force", "-j", "1"]);
    let ce = pkg.join("wrong/ce_returns_text.rs");
    std::fs::write(
        &ce,
        "impl Solution {\n    pub fn search(nums: Vec<i32>, target: i32) -> i32 {\n        \
         format!(\"{}\", nums.len() as i32 + target)\n    }\n}\n",
    )
    .unwrap();
    let run = verify(&env);
    run.code(0)
        .stdout_has("wrong/ce_returns_text.rs gets CE")
        .stdout_has("wrong/re_usize_underflow.rs gets RE")
        .stdout_has("accepted/linear_scan.rs accepted");
    // The program, which does not compile, then each file alone (a file
    // that fails is built again by its check).
    let mut builds = rustc_builds(&run.stderr);
    builds.sort();
    builds.dedup();
    let each = [
        "accepted-exponential_search",
        "accepted-linear_scan",
        "accepted-recursive_bisection",
        "brute",
        "gen",
        "reference",
        "stub",
        "together",
        "wrong-ce_returns_text",
        "wrong-re_usize_underflow",
        "wrong-wa_loop_stops_early",
        "wrong-wa_returns_insert_position",
    ];
    assert_eq!(builds, each, "{}", run.context());

    std::fs::remove_file(&ce).unwrap();
    let run = verify(&env);
    run.code(0)
        .stdout_has("wrong/re_usize_underflow.rs gets RE")
        .stdout_has("re_usize_underflow.rs:9:20")
        .stdout_has("wrong/wa_loop_stops_early.rs gets WA")
        .stdout_has("accepted/linear_scan.rs accepted")
        .stdout_has("stub compiles and is rejected (RE)");
    // The generator is up to date; the other ten are one program.
    assert_eq!(rustc_builds(&run.stderr), ["together"], "{}", run.context());
    let runs = run.stderr.lines().filter(|l| {
        l.starts_with("judge-trace run:") && l.contains("/build/accepted-linear_scan/")
    });
    assert!(
        runs.clone().count() > 0 && runs.clone().all(|l| l.contains("/solution-")),
        "{}",
        run.context()
    );
}

/// Packages are verified two at a time (on two jobs), and each prints its
/// lines together, in the order given: lc-704, done first, prints after
/// lc-70.
#[test]
fn packages_verified_side_by_side_print_in_the_order_given() {
    let env = Env::new();
    let run = env.judge(&["verify", "--force", "-j", "2", "lc-70", "lc-704"]);
    run.code(0);
    let at = |needle: &str| {
        run.stdout
            .find(needle)
            .unwrap_or_else(|| panic!("no {needle:?}{}", run.context()))
    };
    let order = [
        at("lc-70\n"),
        at("wrong/tle_plain_recursion.rs gets TLE"),
        at("lc-70 verified in"),
        at("lc-704\n"),
        at("wrong/re_usize_underflow.rs gets RE"),
        at("lc-704 verified in"),
        at("all 2 packages verified"),
    ];
    assert!(order.is_sorted(), "{order:?}{}", run.context());
}

/// Where the limit is the floor, a margin that fails is still timed again
/// before the package is blamed (a loaded moment is not a solution's time),
/// and an accepted/ solution really too slow for the floor still fails.
#[test]
fn a_solution_too_slow_for_the_floor_fails_when_timed_again() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    // Far over the floor (100 ms) on any machine on its large cases.
    edit(
        &pkg.join("accepted/recursive_bisection.rs"),
        "        find(&nums, target, 0)",
        "        if nums.len() > 1000 {\n            let mut x = 0u64;\n            for i in 0..2_000_000_000u64 {\n                x = std::hint::black_box(x ^ i);\n            }\n            std::hint::black_box(x);\n        }\n        find(&nums, target, 0)",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "verify", "lc-704"]);
    run.code(1)
        .stdout_has("accepted/recursive_bisection.rs right wherever it finished")
        .stdout_has("(measured side by side)");
}
