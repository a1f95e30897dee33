//! `judge verify` over every built-in package: the reference is accepted,
//! the brute force agrees, each wrong solution gets its declared verdict,
//! the stub compiles and is rejected, the generator is deterministic.

use crate::util::Env;

#[test]
fn every_builtin_package_verifies() {
    let env = Env::new();
    let run = env.judge(&["verify"]);
    run.code(0).stdout_has("packages verified");
}
