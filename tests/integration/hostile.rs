//! Hostile solutions: each fixture in `tests/fixtures/hostile` is a solution to lc-704
//! (Binary Search) that attacks the judge instead of answering. For every attack the
//! judge must exit normally with a clear verdict that is not AC (but for the one
//! correct solution that merely prints a lot), leave no process behind, write nothing
//! outside its temporary directories, and leak no secret in its output.
//!
//! What stops an attack may be a Linux layer the machine lacks; then the test says
//! which layer and what it could not check (on stderr), and asserts only what the
//! present layers guarantee. It never passes silently.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use judge_sandbox::layer;
use serde_json::Value;

use crate::util::{Env, Run, fixture};

/// The problem every attack pretends to solve.
const PROBLEM: &str = "lc-704";

/// Every attack is judged within this, on a loaded machine: a stopped or
/// blocked process is ended a few seconds after its budget.
const PROMPT: Duration = Duration::from_secs(45);

/// One hostile submission's world: a data directory, a secret planted outside the
/// sandbox, a directory the attacks try to write into, and a name their processes take
/// so that the test can find any that survive.
struct Hostile {
    env: Env,
    /// Text that must never appear in what the judge prints.
    secret: String,
    secret_file: PathBuf,
    /// The secret as Rust source, for `#[path]`.
    secret_rs: PathBuf,
    /// Outside every sandbox; must stay empty.
    outside: tempfile::TempDir,
    /// The process name (`PR_SET_NAME`) the attacks that start processes take.
    marker: String,
    /// A problems folder with a changed copy of the problem (`--problems`), if any.
    problems: Option<PathBuf>,
}

/// What the judge said about one attack.
struct Verdict {
    fixture: String,
    run: Run,
    json: Value,
    /// How long the judge took.
    took: Duration,
}

impl Verdict {
    fn code(&self) -> &str {
        self.json["verdict"].as_str().unwrap_or("")
    }

    /// The first failure's message, or the compiler's diagnostics.
    fn message(&self) -> String {
        let failure = &self.json["first_failure"];
        [&failure["message"], &self.json["diagnostics"]]
            .iter()
            .filter_map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn layers(&self) -> Vec<String> {
        self.json["sandbox_layers"]
            .as_array()
            .map(|layers| {
                layers
                    .iter()
                    .filter_map(|l| l.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether `name` was applied to the run; if not, says what is left unchecked.
    fn applied(&self, name: &str, unchecked: &str) -> bool {
        let applied = self.layers().iter().any(|l| l == name);
        if !applied {
            eprintln!(
                "hostile {}: layer {name} was not applied here ({}): not checked: {unchecked}",
                self.fixture,
                self.layers().join(" ")
            );
        }
        applied
    }

    #[track_caller]
    fn expect(&self, code: &str) -> &Verdict {
        assert_eq!(
            self.code(),
            code,
            "{}: {}",
            self.fixture,
            self.run.context()
        );
        self
    }

    #[track_caller]
    fn expect_message(&self, needle: &str) -> &Verdict {
        assert!(
            self.message().contains(needle),
            "{}: the report lacks {needle:?}: {}",
            self.fixture,
            self.run.context()
        );
        self
    }
}

/// Whether this machine offers `name` (for the compile step, whose layers the report
/// does not list); if not, says what is left unchecked.
fn offered(name: &str, unchecked: &str) -> bool {
    let offered = judge_sandbox::probe()
        .iter()
        .any(|status| status.name == name && status.available);
    if !offered {
        eprintln!("hostile: layer {name} is missing on this machine: not checked: {unchecked}");
    }
    offered
}

impl Hostile {
    fn new() -> Hostile {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let unique = format!(
            "{:x}{:x}",
            std::process::id() % 0xffff,
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        let env = Env::new();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let secret = format!("SECRET-{unique}-{nanos:08x}");
        let secret_file = env.write("planted/secret.txt", &secret);
        let secret_rs = env.write(
            "planted/secret.rs",
            &format!("pub const LEAK: &str = \"{secret}\";\n"),
        );
        Hostile {
            env,
            secret,
            secret_file,
            secret_rs,
            outside: tempfile::tempdir().unwrap(),
            marker: format!("hx{unique}"),
            problems: None,
        }
    }

    /// The problem with a time limit of 10 ms and a memory limit of 512 MB: touching
    /// all of that memory costs more CPU (page faults) than the time limit, on every
    /// machine, and how much more varies tenfold between machines and runs.
    fn memory_over_time() -> Hostile {
        let mut h = Hostile::new();
        let pkg = crate::util::copy_package(&h.env, PROBLEM);
        crate::util::edit(
            &pkg.join("problem.toml"),
            "time_multiplier = 4.0",
            "time_multiplier = 4.0\ntime_floor_ms = 10\nmemory_mb = 512",
        );
        h.problems = Some(h.env.cwd.path().join("problems"));
        h
    }

    /// Submits the fixture with its placeholders filled in, checks what must hold for
    /// every attack, and returns the verdict.
    fn submit(&self, name: &str, extra: &[(&str, String)]) -> Verdict {
        let mut code = std::fs::read_to_string(fixture(&format!("hostile/{name}.rs"))).unwrap();
        let mut fills = vec![
            ("__MARKER__", self.marker.clone()),
            ("__SECRET_FILE__", self.secret_file.display().to_string()),
            ("__SECRET_RS__", self.secret_rs.display().to_string()),
            ("__OUTSIDE_DIR__", self.outside.path().display().to_string()),
        ];
        fills.extend(extra.iter().cloned());
        for (placeholder, value) in &fills {
            code = code.replace(placeholder, value);
        }
        assert!(
            !code.contains("__"),
            "{name}: a placeholder is left unfilled"
        );
        let file = self.env.write(&format!("{name}.rs"), &code);
        let metadata_before = self.metadata_outside();
        let started = Instant::now();
        let mut args = Vec::new();
        if let Some(dir) = &self.problems {
            args.extend(["--problems", dir.to_str().unwrap()]);
        }
        args.extend([
            "submit",
            PROBLEM,
            "--file",
            file.to_str().unwrap(),
            "--format",
            "json",
        ]);
        let run = self.env.judge(&args);
        let took = started.elapsed();
        assert!(
            run.code == 0 || run.code == 1,
            "{name}: the judge did not end normally{}",
            run.context()
        );
        let json = run.json();
        let verdict = Verdict {
            fixture: name.to_string(),
            run,
            json,
            took,
        };
        assert!(
            took < PROMPT,
            "{name}: the judge took {took:?}, more than {PROMPT:?}{}",
            verdict.run.context()
        );
        assert_eq!(
            self.metadata_outside(),
            metadata_before,
            "{name}: metadata outside the sandbox changed{}",
            verdict.run.context()
        );
        eprintln!(
            "hostile {name}: {} in {:.1} s: {}",
            verdict.code(),
            took.as_secs_f64(),
            verdict.message().lines().next().unwrap_or("")
        );
        assert!(
            !verdict.code().is_empty(),
            "{name}: no verdict{}",
            verdict.run.context()
        );
        if verdict.code() == "AC" {
            assert_eq!(verdict.run.code, 0, "{name}{}", verdict.run.context());
        } else {
            assert_eq!(verdict.run.code, 1, "{name}{}", verdict.run.context());
        }
        if verdict.code() != "CE" {
            // Every layer this machine offers was applied: the judge never drops one.
            let layers = verdict.layers();
            for status in judge_sandbox::probe() {
                assert!(
                    !status.available || layers.contains(&status.name),
                    "{name}: layer {} is available but was not applied: {layers:?}",
                    status.name
                );
            }
        }
        self.assert_no_leftovers(name);
        self.assert_nothing_outside(name);
        self.assert_no_leak(&verdict);
        verdict
    }

    /// No process that took the attack's name is alive (it would be a zombie at worst if
    /// the judge reaped it late, and then it would also be listed).
    fn assert_no_leftovers(&self, name: &str) {
        let mut survivors = processes_named(&self.marker);
        if !survivors.is_empty() {
            // One more look, in case the kernel was still tearing them down.
            std::thread::sleep(Duration::from_millis(300));
            survivors = processes_named(&self.marker);
        }
        for &pid in &survivors {
            // SAFETY: kill takes plain integers; these are the attack's own processes.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        assert!(
            survivors.is_empty(),
            "{name}: processes left behind (now killed): {survivors:?}"
        );
    }

    /// Mode, owner, times and extended attributes of what the attacks aim at
    /// outside the sandbox.
    fn metadata_outside(&self) -> Vec<String> {
        use std::os::unix::fs::MetadataExt;
        [&self.secret_file, self.outside.path()]
            .iter()
            .map(|p| {
                let m = std::fs::symlink_metadata(p).unwrap();
                let mut xattr = [0u8; 256];
                let c = std::ffi::CString::new(p.to_string_lossy().as_bytes()).unwrap();
                // SAFETY: a NUL-terminated path and a live buffer of its length.
                let n =
                    unsafe { libc::listxattr(c.as_ptr(), xattr.as_mut_ptr().cast(), xattr.len()) };
                format!(
                    "{}: mode {:o} uid {} gid {} mtime {}.{} ctime {}.{} xattr {:?}",
                    p.display(),
                    m.mode(),
                    m.uid(),
                    m.gid(),
                    m.mtime(),
                    m.mtime_nsec(),
                    m.ctime(),
                    m.ctime_nsec(),
                    &xattr[..n.max(0) as usize]
                )
            })
            .collect()
    }

    fn assert_nothing_outside(&self, name: &str) {
        let written: Vec<_> = std::fs::read_dir(self.outside.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        if written.is_empty() {
            return;
        }
        assert!(
            !offered(layer::LANDLOCK_FS, "writing outside the sandbox"),
            "{name}: wrote outside the sandbox: {written:?}"
        );
        for path in written {
            let _ = std::fs::remove_file(path);
        }
    }

    fn assert_no_leak(&self, verdict: &Verdict) {
        let leaked =
            verdict.run.stdout.contains(&self.secret) || verdict.run.stderr.contains(&self.secret);
        if leaked {
            assert!(
                !offered(layer::LANDLOCK_FS, "reading a secret outside the sandbox"),
                "{}: the secret leaked{}",
                verdict.fixture,
                verdict.run.context()
            );
        }
    }
}

/// The verdicts of `judge grade --format json`, file by file.
fn grade_verdicts(json: &Value) -> Vec<&str> {
    json["results"]
        .as_array()
        .map(|rs| {
            rs.iter()
                .map(|r| r["verdict"].as_str().unwrap_or(""))
                .collect()
        })
        .unwrap_or_default()
}

/// Processes with a thread named `marker`.
fn processes_named(marker: &str) -> Vec<libc::pid_t> {
    let mut pids = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return pids;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        let Ok(tasks) = std::fs::read_dir(entry.path().join("task")) else {
            continue;
        };
        let named = tasks.flatten().any(|task| {
            std::fs::read_to_string(task.path().join("comm")).is_ok_and(|c| c.trim() == marker)
        });
        if named {
            pids.push(pid);
        }
    }
    pids
}

/// The directory of lc-704's cached test sets, with at least one test set in it.
fn test_sets(env: &Env) -> (PathBuf, Vec<PathBuf>) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("judge-test-cache")
        .join("problems")
        .join(PROBLEM);
    let list = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect()
            })
            .unwrap_or_default()
    };
    if list(&dir).is_empty() {
        let reference = fixture("lc-704/ac_reference.rs");
        env.judge(&["grade", "--problem", PROBLEM, reference.to_str().unwrap()])
            .code(0);
    }
    let sets = list(&dir);
    assert!(!sets.is_empty(), "no cached test set in {}", dir.display());
    (dir, sets)
}

#[test]
fn an_infinite_loop_is_a_time_limit() {
    let h = Hostile::new();
    h.submit("tle_infinite_loop", &[]).expect("TLE");
}

#[test]
fn sleeping_forever_is_a_time_limit() {
    let h = Hostile::new();
    h.submit("tle_sleep_forever", &[]).expect("TLE");
}

#[test]
fn allocating_until_death_is_a_memory_limit() {
    let h = Hostile::new();
    h.submit("mle_allocate_until_death", &[]).expect("MLE");
}

/// Filling memory costs CPU in the kernel (page faults), tenfold more on one machine
/// or run than another: the process is heading for the memory limit, and that is its
/// verdict however slow the faults, not a time limit it passes on the way.
#[test]
fn filling_memory_is_a_memory_limit_however_slow_its_page_faults() {
    let h = Hostile::memory_over_time();
    h.submit("mle_allocate_until_death", &[])
        .expect("MLE")
        .expect_message("peak memory");
    h.submit("re_stack_overflow", &[])
        .expect("RE")
        .expect_message("stack overflow");
}

#[test]
fn a_fork_bomb_starts_nothing_and_leaves_nothing() {
    let h = Hostile::new();
    let v = h.submit("re_fork_bomb", &[]);
    if v.applied(
        layer::SECCOMP,
        "that fork is refused (the sweep still killed the children)",
    ) {
        v.expect("RE")
            .expect_message("fork refused after 0 children");
    }
}

#[test]
fn flooding_stdout_and_stderr_is_an_output_limit() {
    let h = Hostile::new();
    h.submit("ole_flood_stdout_stderr", &[]).expect("OLE");
}

#[test]
fn printing_a_lot_is_not_a_crime() {
    let h = Hostile::new();
    let v = h.submit("ac_prints_a_lot", &[]);
    v.expect("AC");
}

#[test]
fn a_huge_file_is_an_output_limit_and_stays_inside() {
    let h = Hostile::new();
    let v = h.submit("ole_huge_file", &[]);
    v.expect("OLE");
    if v.applied(layer::LANDLOCK_FS, "that the write outside was refused") {
        assert!(
            !v.run.stdout.contains("wrote outside"),
            "{}",
            v.run.context()
        );
    }
}

#[test]
fn hidden_files_cannot_be_read_at_run_time() {
    let h = Hostile::new();
    let (dir, sets) = test_sets(&h.env);
    let joined: Vec<String> = sets.iter().map(|p| p.display().to_string()).collect();
    let v = h.submit(
        "re_read_hidden_files",
        &[
            ("__TESTS_DIR__", dir.display().to_string()),
            ("__TEST_SETS__", joined.join("|")),
        ],
    );
    if v.applied(layer::LANDLOCK_FS, "that hidden files are unreadable") {
        v.expect("RE")
            .expect_message("every read refused")
            .expect_message("Permission denied");
        let set = std::fs::read_to_string(&sets[0]).unwrap();
        let sample: String = set.chars().take(60).collect();
        assert!(!v.run.stdout.contains(&sample), "{}", v.run.context());
    }
}

#[test]
fn hidden_files_cannot_be_read_at_compile_time() {
    let h = Hostile::new();
    let (_, sets) = test_sets(&h.env);
    let v = h.submit(
        "ce_include_hidden_files",
        &[("__TEST_SET__", sets[0].display().to_string())],
    );
    if offered(layer::LANDLOCK_FS, "include_str! of hidden files") {
        v.expect("CE").expect_message("Permission denied");
        let diagnostics = v.json["diagnostics"].as_str().unwrap_or("");
        assert!(diagnostics.contains("secret.txt"), "{diagnostics}");
        assert!(diagnostics.contains("tests-"), "{diagnostics}");
    }
    let v = h.submit("ce_path_mod_secret", &[]);
    if offered(layer::LANDLOCK_FS, "#[path] of a hidden file") {
        v.expect("CE").expect_message("Permission denied");
        let diagnostics = v.json["diagnostics"].as_str().unwrap_or("");
        assert!(diagnostics.contains("secret.rs"), "{diagnostics}");
        assert!(!diagnostics.contains(&h.secret), "{diagnostics}");
    }
}

#[test]
fn tcp_connections_are_refused() {
    let h = Hostile::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let v = h.submit("re_connect_tcp", &[("__TCP_ADDR__", address)]);
    let seccomp = v.applied(layer::SECCOMP, "that socket() is refused");
    let landlock = v.applied(layer::LANDLOCK_NET, "that TCP connect is refused");
    if seccomp || landlock {
        v.expect("RE").expect_message("tcp connect refused");
        let accepted = listener.accept();
        assert!(accepted.is_err(), "the solution connected: {accepted:?}");
    }
}

#[test]
fn udp_datagrams_are_refused() {
    let h = Hostile::new();
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    socket.set_nonblocking(true).unwrap();
    let address = socket.local_addr().unwrap().to_string();
    let v = h.submit("re_send_udp", &[("__UDP_ADDR__", address)]);
    if v.applied(
        layer::SECCOMP,
        "that UDP is refused (Landlock covers TCP only)",
    ) {
        v.expect("RE").expect_message("udp socket refused");
        let mut buf = [0u8; 64];
        assert!(socket.recv(&mut buf).is_err(), "a datagram arrived");
    }
}

#[test]
fn unix_sockets_are_refused() {
    let h = Hostile::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("daemon.sock");
    let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    listener.set_nonblocking(true).unwrap();
    let v = h.submit(
        "re_connect_unix",
        &[("__UNIX_PATH__", path.display().to_string())],
    );
    if v.applied(layer::SECCOMP, "that Unix sockets are refused") {
        v.expect("RE").expect_message("unix connect refused");
        assert!(listener.accept().is_err(), "the solution connected");
    }
}

#[test]
fn a_shell_cannot_be_spawned() {
    let h = Hostile::new();
    let v = h.submit("re_spawn_shell", &[]);
    let seccomp = v.applied(layer::SECCOMP, "that new processes are refused");
    let landlock = v.applied(layer::LANDLOCK_FS, "that /bin/sh is not executable");
    if seccomp || landlock {
        v.expect("RE").expect_message("spawning /bin/sh refused");
    }
}

#[test]
fn a_daemon_cannot_outlive_the_run() {
    let h = Hostile::new();
    let v = h.submit("re_daemonize", &[]);
    if v.applied(
        layer::SECCOMP,
        "that fork is refused (the sweep still killed the daemon)",
    ) {
        v.expect("RE").expect_message("fork refused");
    }
}

#[test]
fn the_judge_and_everyone_else_survive_kill() {
    let h = Hostile::new();
    let v = h.submit("re_kill_parent", &[]);
    let seccomp = v.applied(layer::SECCOMP, "that kill(parent) is refused");
    let scopes = v.applied(layer::LANDLOCK_SCOPES, "that kill(parent) is refused");
    if !(seccomp || scopes) {
        eprintln!(
            "hostile re_kill_everyone: not run: without seccomp or Landlock scopes kill(-1) would kill every process of this user"
        );
        return;
    }
    v.expect("RE").expect_message("refused");
    // Only now that the refusal was seen end to end: kill(-1, SIGKILL).
    let v = h.submit("re_kill_everyone", &[]);
    v.expect("RE").expect_message("kill(-1, SIGKILL) refused");
}

#[test]
fn a_stack_overflow_is_a_runtime_error() {
    let h = Hostile::new();
    let v = h.submit("re_stack_overflow", &[]);
    // Overflowing the case stack touches all of it, which can take longer than lc-704's
    // 100 ms time limit: the overflow is still the verdict.
    v.expect("RE").expect_message("stack overflow");
    let stderr = v.json["stderr"].as_str().unwrap_or("");
    assert!(
        stderr.contains("overflowed its stack"),
        "{}",
        v.run.context()
    );
}

#[test]
fn exiting_early_is_a_runtime_error() {
    let h = Hostile::new();
    h.submit("re_exit_early", &[])
        .expect("RE")
        .expect_message("exited with code 0");
}

#[test]
fn fake_results_on_stdout_are_just_output() {
    let h = Hostile::new();
    let v = h.submit("wa_fake_results", &[]);
    v.expect("WA");
    assert_eq!(v.json["passed"], 0, "{}", v.run.context());
}

#[test]
fn forging_the_results_file_is_reported_not_believed() {
    let h = Hostile::new();
    h.submit("re_forge_results_file", &[])
        .expect("RE")
        .expect_message("results channel was written to by the solution");
}

#[test]
fn raw_system_calls_meet_the_same_filter() {
    if !cfg!(target_arch = "x86_64") {
        eprintln!("hostile re_raw_syscalls: not run: the attack is written for x86-64");
        return;
    }
    let h = Hostile::new();
    let v = h.submit("re_raw_syscalls", &[]);
    if v.applied(layer::SECCOMP, "raw socket, fork and x32 system calls") {
        // The x32 call kills the process; the EPERMs before it let it get that far.
        v.expect("RE").expect_message("signal 31");
    }
}

#[test]
fn links_in_the_run_directory_are_never_followed() {
    // The generic checks do the work: the secret the links point at never
    // reaches the report, and /dev/zero is never read.
    let h = Hostile::new();
    h.submit("re_symlink_outputs", &[])
        .expect("RE")
        .expect_message("links planted");
}

#[test]
fn calling_the_harness_timing_functions_changes_no_verdict() {
    let h = Hostile::new();
    h.submit("tle_fake_timing_with_harness_calls", &[])
        .expect("TLE");
}

#[test]
fn a_forged_input_error_is_the_solutions_fault_not_the_judges() {
    let h = Hostile::new();
    h.submit("re_forge_input_error", &[])
        .expect("RE")
        .expect_message("which the reference read");
}

#[test]
fn metadata_outside_the_sandbox_cannot_change() {
    let h = Hostile::new();
    let v = h.submit("re_change_metadata_outside", &[]);
    if v.applied(
        layer::SECCOMP,
        "that chmod, chown, utimensat and setxattr are refused",
    ) {
        v.expect("RE");
        assert!(
            !v.message().contains("allowed"),
            "a metadata call was allowed: {}",
            v.message()
        );
    }
}

#[test]
fn inotify_is_refused() {
    let h = Hostile::new();
    let v = h.submit("re_watch_files_with_inotify", &[]);
    if v.applied(layer::SECCOMP, "that inotify is refused") {
        v.expect("RE").expect_message("inotify denied");
    }
}

#[test]
fn system_v_shared_memory_is_refused() {
    let h = Hostile::new();
    let v = h.submit("re_system_v_shared_memory", &[]);
    if v.applied(layer::SECCOMP, "that shmget is refused") {
        v.expect("RE").expect_message("shmget denied");
    }
}

#[test]
fn a_process_that_stops_itself_is_a_time_limit_within_seconds() {
    let h = Hostile::new();
    let v = h.submit("tle_stop_itself", &[]);
    v.expect("TLE");
    assert!(
        v.took < Duration::from_secs(20),
        "took {:?}{}",
        v.took,
        v.run.context()
    );
}

#[test]
fn images_cannot_be_made_in_memory() {
    let h = Hostile::new();
    let v = h.submit("re_exec_from_memory", &[]);
    if v.applied(layer::SECCOMP, "that memfd_create is refused") {
        v.expect("RE").expect_message("memfd_create denied");
    }
}

#[test]
fn terminal_escapes_from_the_solution_are_shown_escaped() {
    let h = Hostile::new();
    // JSON keeps the text as data.
    let v = h.submit("re_terminal_escapes", &[]);
    v.expect("RE").expect_message("\u{1b}[1;32mAccepted");
    // The human report shows it, escaped: no control character reaches the
    // terminal.
    let code = std::fs::read_to_string(fixture("hostile/re_terminal_escapes.rs")).unwrap();
    let file = h.env.write("escapes.rs", &code);
    let run = h
        .env
        .judge(&["submit", PROBLEM, "--file", file.to_str().unwrap()]);
    run.code(1);
    for (what, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "a control character in the human report's {what}{}",
            run.context()
        );
    }
    assert!(
        run.stdout.contains("\\x1b[1;32mAccepted"),
        "{}",
        run.context()
    );
}

#[test]
fn honest_files_graded_beside_an_attacker_get_their_own_verdicts() {
    let h = Hostile::new();
    let attacker = std::fs::read_to_string(fixture("hostile/wa_attack_neighbours.rs")).unwrap();
    let honest = std::fs::read_to_string(fixture("lc-704/ac_reference.rs")).unwrap();
    let mut files = Vec::new();
    for (i, code) in [&honest, &attacker, &honest, &honest].iter().enumerate() {
        files.push(h.env.write(&format!("subs/lc-704_{i}.rs"), code));
    }
    let before = h.metadata_outside();
    let mut args = vec!["grade", "--jobs", "2", "--format", "json"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let run = h.env.judge(&args);
    let json = run.json();
    let verdicts = grade_verdicts(&json);
    assert_eq!(verdicts, ["AC", "WA", "AC", "AC"], "{}", run.context());
    assert_eq!(h.metadata_outside(), before);
    // The judge's own folders keep their modes.
    use std::os::unix::fs::PermissionsExt;
    let runs = crate::util::shared_cache().join("runs");
    let m = std::fs::metadata(&runs).unwrap_or_else(|e| panic!("{}: {e}", runs.display()));
    assert_eq!(m.permissions().mode() & 0o777, 0o700, "{}", runs.display());
}

#[test]
fn a_huge_answer_is_rejected_without_the_judge_growing() {
    let h = Hostile::new();
    let file = fixture("hostile/lc-15_wa_huge_answer.rs");
    // Once to build what is cached (the test set, the binary), then measured.
    h.env
        .judge(&["grade", "--problem", "lc-15", file.to_str().unwrap()]);
    let (run, peak) = h.env.judge_measured(&[
        "grade",
        "--problem",
        "lc-15",
        "--format",
        "json",
        file.to_str().unwrap(),
    ]);
    let json = run.json();
    let result = &json["results"][0];
    assert_eq!(result["verdict"], "WA", "{}", run.context());
    let message = result["first_failure"]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("far more than the expected"),
        "{}",
        run.context()
    );
    // The answer is about 5 MB: the judge holds its text a few times at
    // most (48 MB in all here; parsed into a JSON tree as before, 198 MB).
    assert!(
        peak < 100 << 20,
        "the judge itself reached {} MB{}",
        peak >> 20,
        run.context()
    );
}

#[test]
fn a_damaged_cache_is_reported_and_rebuilt() {
    use std::os::unix::fs::PermissionsExt;
    // A cache of its own: this test damages it.
    let mut env = Env::new();
    let cache = env.home.path().join("own-cache");
    env.set("JUDGE_CACHE", cache.to_str().unwrap());
    let reference = fixture("lc-704/ac_reference.rs");
    let grade =
        |env: &Env| env.judge(&["grade", "--problem", PROBLEM, reference.to_str().unwrap()]);
    grade(&env).code(0);
    env.judge(&["doctor"]).code(0);
    // What an attack once did: the harness made unusable for every later run.
    let rlib = std::fs::read_dir(cache.join("harness"))
        .unwrap()
        .flatten()
        .map(|d| d.path().join("libjudge_harness.rlib"))
        .find(|p| p.is_file())
        .expect("a cached harness");
    std::fs::set_permissions(&rlib, std::fs::Permissions::from_mode(0o000)).unwrap();
    let doctor = env.judge(&["doctor"]);
    doctor
        .code(3)
        .stdout_has("the judge cannot use")
        .stdout_has(rlib.to_str().unwrap())
        .stdout_has("chmod -R u+rwX");
    // The judge rebuilds what it finds damaged, and says so.
    grade(&env).code(0).stderr_has("damaged");
    env.judge(&["doctor"]).code(0);
}

#[test]
fn a_codec_cannot_pass_by_keeping_state() {
    let env = Env::new();
    let file = fixture("hostile/lc-297_wa_thread_local_codec.rs");
    let run = env.judge(&[
        "grade",
        "--problem",
        "lc-297",
        "--format",
        "json",
        file.to_str().unwrap(),
    ]);
    let json = run.json();
    assert_eq!(json["results"][0]["verdict"], "WA", "{}", run.context());
    // And an honest codec still passes: the reference.
    let reference = crate::util::repo("problems/lc-297/reference.rs");
    env.judge(&["grade", "--problem", "lc-297", reference.to_str().unwrap()])
        .code(0);
}

/// The uid and gid an unprivileged judge runs as (`nobody` on Debian).
const NOBODY: u32 = 65534;

#[test]
fn attacks_fail_the_same_for_an_unprivileged_judge() {
    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!(
            "hostile unprivileged: this suite already runs unprivileged here; \
             the other hostile tests are that run"
        );
        return;
    }
    // CI runners grade as an ordinary user. The judge runs as `nobody`,
    // with the toolchain bind-mounted where that user can reach it, in a
    // mount namespace of its own.
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;
    let sysroot = String::from_utf8(
        std::process::Command::new("rustc")
            .args(["--print", "sysroot"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .trim()
    .to_string();
    let base = tempfile::Builder::new()
        .prefix("judge-nobody-")
        .tempdir()
        .unwrap();
    let chown = |p: &Path| {
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        // SAFETY: a NUL-terminated path.
        assert_eq!(unsafe { libc::lchown(c.as_ptr(), NOBODY, NOBODY) }, 0);
    };
    std::fs::set_permissions(base.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let toolchain = base.path().join("toolchain");
    let home = base.path().join("home");
    let files = base.path().join("files");
    for d in [&toolchain, &home, &files] {
        std::fs::create_dir(d).unwrap();
        chown(d);
    }
    let secret = "SECRET-NOBODY-7f3a";
    let secret_file = files.join("secret.txt");
    std::fs::write(&secret_file, secret).unwrap();
    chown(&secret_file);
    let fill = |name: &str| -> PathBuf {
        let code = std::fs::read_to_string(fixture(&format!("hostile/{name}.rs")))
            .unwrap()
            .replace("__SECRET_FILE__", secret_file.to_str().unwrap())
            .replace("__OUTSIDE_DIR__", files.to_str().unwrap());
        let path = files.join(format!("lc-704_{name}.rs"));
        std::fs::write(&path, code).unwrap();
        chown(&path);
        path
    };
    let honest = std::fs::read_to_string(fixture("lc-704/ac_reference.rs")).unwrap();
    let attacks = [
        ("re_change_metadata_outside", "RE"),
        ("re_symlink_outputs", "RE"),
        ("wa_attack_neighbours", "WA"),
        ("tle_fake_timing_with_harness_calls", "TLE"),
        ("re_forge_input_error", "RE"),
    ];
    let mut args: Vec<String> = [
        "--color", "never", "grade", "--jobs", "2", "--format", "json",
    ]
    .map(String::from)
    .to_vec();
    for (i, (name, _)) in attacks.iter().enumerate() {
        args.push(fill(name).display().to_string());
        let honest_file = files.join(format!("lc-704_honest_{i}.rs"));
        std::fs::write(&honest_file, &honest).unwrap();
        chown(&honest_file);
        args.push(honest_file.display().to_string());
    }
    let before = std::fs::metadata(&secret_file).unwrap();
    let c_sysroot = std::ffi::CString::new(sysroot.clone()).unwrap();
    let c_target = std::ffi::CString::new(toolchain.to_str().unwrap()).unwrap();
    let c_root = std::ffi::CString::new("/").unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("judge"));
    cmd.args(&args)
        .env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("HOME", &home)
        .env("JUDGE_HOME", &home)
        .env("JUDGE_CACHE", home.join("cache"))
        .env("JUDGE_RUSTC", toolchain.join("bin/rustc"))
        .current_dir(&files);
    // SAFETY: only system calls on values prepared above, between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            let fail = || Err(std::io::Error::last_os_error());
            if libc::unshare(libc::CLONE_NEWNS) != 0 {
                return fail();
            }
            let none = std::ptr::null();
            if libc::mount(
                none,
                c_root.as_ptr(),
                none,
                libc::MS_REC | libc::MS_PRIVATE,
                none.cast(),
            ) != 0
                || libc::mount(
                    c_sysroot.as_ptr(),
                    c_target.as_ptr(),
                    none,
                    libc::MS_BIND | libc::MS_REC,
                    none.cast(),
                ) != 0
                || libc::setgroups(0, std::ptr::null()) != 0
                || libc::setgid(NOBODY) != 0
                || libc::setuid(NOBODY) != 0
            {
                return fail();
            }
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let context = format!("\n--- stdout:\n{stdout}\n--- stderr:\n{stderr}");
    assert!(
        !stdout.contains(secret) && !stderr.contains(secret),
        "the secret leaked{context}"
    );
    let json: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}){context}"));
    let verdicts = grade_verdicts(&json);
    let expected: Vec<&str> = attacks.iter().flat_map(|(_, v)| [*v, "AC"]).collect();
    assert_eq!(verdicts, expected, "{context}");
    let after = std::fs::metadata(&secret_file).unwrap();
    assert_eq!(
        (before.mode(), before.mtime(), before.mtime_nsec()),
        (after.mode(), after.mtime(), after.mtime_nsec()),
        "the secret file's metadata changed{context}"
    );
    let leftover: Vec<_> = std::fs::read_dir(&files)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftover.len(),
        attacks.len() * 2 + 1,
        "files appeared beside the solutions: {leftover:?}"
    );
}

#[test]
fn the_compiler_cannot_read_its_own_command_line() {
    let h = Hostile::new();
    let v = h.submit("ce_include_proc_cmdline", &[]);
    if offered(layer::LANDLOCK_FS, "that rustc cannot read /proc/self") {
        v.expect("CE")
            .expect_message("couldn't read `/proc/self/cmdline`");
        assert!(
            !v.run.stdout.contains("--extern") && !v.run.stdout.contains("libjudge_harness"),
            "the compiler's command line leaked{}",
            v.run.context()
        );
    }
}

#[test]
fn a_huge_static_stops_the_compiler_not_the_machine() {
    let h = Hostile::new();
    h.submit("ce_huge_static", &[])
        .expect("CE")
        .expect_message("the compiler used more than");
}

#[test]
fn it_cannot_become_another_program() {
    let h = Hostile::new();
    let v = h.submit("re_exec_a_shell", &[]);
    if v.applied(layer::LANDLOCK_FS, "that executing /bin/sh is refused") {
        v.expect("RE").expect_message("execve denied");
    }
}
