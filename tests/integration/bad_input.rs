//! Bad packages and bad arguments get clear errors that name what is wrong.

use crate::util::{Env, copy_package, edit, repo};

#[test]
fn unknown_checker_names_file_field_and_choices() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("problem.toml"),
        "kind = \"exact\"",
        "kind = \"exakt\"",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "show", "lc-704"]);
    run.code(3)
        .stderr_has("lc-704/problem.toml")
        .stderr_has("exakt")
        .stderr_has("exact");
}

#[test]
fn a_calibration_file_outside_accepted_names_the_field_and_what_is_expected() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("problem.toml"),
        "calibrate = \"accepted/linear_scan.rs\"",
        "calibrate = \"reference.rs\"",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "show", "lc-704"]);
    run.code(3)
        .stderr_has("lc-704/problem.toml")
        .stderr_has("limits.calibrate")
        .stderr_has("`reference.rs` (expected a file of this package's accepted/ folder");
}

#[test]
fn format_2_without_a_size_range_names_the_field() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(&pkg.join("problem.toml"), "size_range = [1, 10000]\n", "");
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "show", "lc-704"]);
    run.code(3).stderr_has("lc-704/problem.toml").stderr_has(
        "field `size_range`: missing (format 2 expects `size_range = [SMALLEST, LARGEST]`",
    );
}

/// A complexity in more than the size n needs the class it grows by in n
/// alone (`growth`), which must be one of the classes the fit knows.
#[test]
fn a_complexity_in_more_than_n_needs_its_growth_in_n() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    let toml = pkg.join("problem.toml");
    edit(
        &toml,
        "complexity = \"O(log n)\"",
        "complexity = \"O(log k)\"",
    );
    let dir = env.cwd.path().join("problems");
    let show = |env: &Env| env.judge(&["--problems", dir.to_str().unwrap(), "show", "lc-704"]);
    show(&env)
        .code(3)
        .stderr_has("lc-704/problem.toml")
        .stderr_has("field `growth`: missing: the complexity `O(log k)` is in more than n")
        .stderr_has("O(n log n)");
    edit(
        &toml,
        "complexity = \"O(log k)\"",
        "complexity = \"O(log k)\"\ngrowth = \"O(lg n)\"",
    );
    show(&env)
        .code(3)
        .stderr_has("field `growth`: `O(lg n)` (expected one of O(1), O(log n), O(n)");
    edit(&toml, "growth = \"O(lg n)\"", "growth = \"O(log n)\"");
    show(&env).code(0);
}

#[test]
fn unsupported_signature_type_is_reported() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("problem.toml"),
        "nums: Vec<i32>",
        "nums: HashMap<i32, i32>",
    );
    let dir = env.cwd.path().join("problems");
    let run = env.judge(&["--problems", dir.to_str().unwrap(), "list"]);
    run.code(3)
        .stderr_has("signature.function")
        .stderr_has("unsupported type");
}

#[test]
fn missing_statement_and_bad_case_are_reported() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    std::fs::remove_file(pkg.join("statement.md")).unwrap();
    let dir = env.cwd.path().join("problems");
    env.judge(&["--problems", dir.to_str().unwrap(), "show", "lc-704"])
        .code(3)
        .stderr_has("statement.md")
        .stderr_has("missing");

    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    std::fs::write(
        pkg.join("tests/cases.toml"),
        "[[case]]\nname = \"broken\"\ninput = '[[1,2,3], 2'\n",
    )
    .unwrap();
    let dir = env.cwd.path().join("problems");
    env.judge(&[
        "--problems",
        dir.to_str().unwrap(),
        "grade",
        "--problem",
        "lc-704",
        repo("problems/lc-704/reference.rs").to_str().unwrap(),
    ])
    .code(3)
    .stderr_has("tests/cases.toml")
    .stderr_has("broken")
    .stderr_has("input");
}

#[test]
fn id_mismatch_is_reported() {
    let env = Env::new();
    let pkg = copy_package(&env, "lc-704");
    edit(
        &pkg.join("problem.toml"),
        "id = \"lc-704\"",
        "id = \"lc-705\"",
    );
    let dir = env.cwd.path().join("problems");
    env.judge(&["--problems", dir.to_str().unwrap(), "show", "lc-704"])
        .code(3)
        .stderr_has("field `id`");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let env = Env::new();
    env.judge(&["start", "lc-99999"])
        .code(2)
        .stderr_has("unknown problem `lc-99999`");
    env.judge(&["show", "lc-9"])
        .code(2)
        .stderr_has("judge list");
    env.judge(&["submit"]).code(2).stderr_has("which problem?");
    env.judge(&["run", "lc-704"])
        .code(2)
        .stderr_has("judge start lc-704");
    env.judge(&["list", "--difficulty", "impossible"])
        .code(2)
        .stderr_has("--difficulty");
    env.judge(&["--problems", "/no/such/dir", "list"])
        .code(2)
        .stderr_has("/no/such/dir");
    let f = env.write("x.rs", "impl Solution {}");
    env.judge(&[
        "submit",
        "lc-704",
        "--file",
        f.to_str().unwrap(),
        "--edition",
        "2019",
    ])
    .code(2)
    .stderr_has("--edition 2019");
    env.judge(&[
        "run",
        "lc-704",
        "--file",
        f.to_str().unwrap(),
        "--input",
        "[1,",
    ])
    .code(2)
    .stderr_has("--input");
    env.judge(&["frobnicate"]).code(2);
}

#[test]
fn solution_files_must_be_regular_files_of_a_sane_size() {
    // A student's checkout can hold links and special files: judge reads
    // none of them, and says what it found.
    let env = Env::new();
    let secret = env.write("secret.txt", "the key");
    let link = env.cwd.path().join("lc-704_link.rs");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let fifo = env.cwd.path().join("lc-704_fifo.rs");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let dir = env.cwd.path().join("lc-704_dir.rs");
    std::fs::create_dir(&dir).unwrap();
    let big = env.write("lc-704_big.rs", &"// padding\n".repeat(200_000));
    for (file, says) in [
        (&link, "a symbolic link, not a regular file"),
        (&fifo, "a named pipe, not a regular file"),
        (&dir, "a directory, not a regular file"),
        (&big, "over the 1024 KB a solution file may have"),
    ] {
        let run = env.judge(&["grade", file.to_str().unwrap()]);
        run.code(2)
            .stderr_has(file.to_str().unwrap())
            .stderr_has(says);
        assert!(!run.stdout.contains("the key") && !run.stderr.contains("the key"));
        let run = env.judge(&["submit", "lc-704", "--file", file.to_str().unwrap()]);
        run.code(2).stderr_has(says);
    }
}
