//! `judge verify` over every built-in package: the reference is accepted,
//! the brute force agrees, each wrong solution gets its declared verdict,
//! the stub compiles and is rejected, the generator is deterministic.

use crate::util::{Env, copy_package, edit};

#[test]
fn every_builtin_package_verifies() {
    let env = Env::new();
    let run = env.judge(&["verify"]);
    run.code(0).stdout_has("packages verified");
}

/// Kattis' method: a limit under 2x the slowest accepted case is a package
/// error that says which file and what multiplier would fix it.
#[test]
fn a_limit_too_close_to_the_slowest_accepted_case_fails_verify() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("problem.toml"),
        "[checker]",
        "[limits]\ntime_multiplier = 1.0\ntime_floor_ms = 0\n\n[checker]",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "verify", "lc-704"]);
    run.code(1)
        .stdout_has("margins: the limit")
        .stdout_has("the slowest accepted case (reference.rs")
        .stdout_has("under 2x, an accepted solution could be TLE on a slower run")
        .stdout_has("set [limits] time_multiplier = ");
}
