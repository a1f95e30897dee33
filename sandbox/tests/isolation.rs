//! The Linux layers (`Spec::isolation`) against `tests/programs/attack.rs`, which tries
//! one forbidden thing per run and prints whether it worked. A layer the kernel lacks
//! (see `probe`) makes its checks print what they could not check instead of passing.

mod util;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::Duration;

use judge_sandbox::{Isolation, Outcome, SandboxError, Status, layer, probe, run_direct};
use util::{Case, MIB, program, serial};

/// Which layers this kernel offers.
fn available(name: &str) -> bool {
    probe()
        .iter()
        .any(|status| status.name == name && status.available)
}

/// Says what a missing layer leaves unchecked; returns whether the layer is there.
fn needs(name: &str, unchecked: &str) -> bool {
    if available(name) {
        return true;
    }
    eprintln!("layer {name} is missing here: not checked: {unchecked}");
    false
}

/// What a run of a shared library program may read: the system libraries.
fn system_libraries() -> Vec<PathBuf> {
    [
        "/lib",
        "/lib64",
        "/usr/lib",
        "/usr/lib64",
        "/etc/ld.so.cache",
        "/proc/self",
    ]
    .into_iter()
    .map(PathBuf::from)
    .collect()
}

fn isolated(args: &[&str]) -> Case {
    let mut case = Case::new(program("attack"), args);
    case.spec.isolation = Isolation {
        enabled: true,
        read_paths: system_libraries(),
        ..Isolation::default()
    };
    case
}

fn run(case: &Case) -> Outcome {
    run_direct(&case.spec).unwrap_or_else(|err| panic!("run_direct {:?}: {err}", case.spec.args))
}

/// Runs the attack and returns its stdout line, asserting it exited cleanly.
fn attempt(case: &Case) -> String {
    let outcome = run(case);
    assert_eq!(
        outcome.status,
        Status::Exited(0),
        "{:?}: stderr {}",
        case.spec.args,
        case.stderr()
    );
    case.stdout().trim().to_string()
}

#[track_caller]
fn assert_denied(line: &str, what: &str) {
    assert!(line.starts_with("denied"), "{what} was allowed: {line}");
}

#[track_caller]
fn assert_ok(line: &str, what: &str) {
    assert!(line.starts_with("ok"), "{what} was refused: {line}");
}

#[test]
fn probe_names_every_layer_once_and_says_why_one_is_missing() {
    let statuses = probe();
    let mut names: Vec<&str> = statuses.iter().map(|s| s.name.as_str()).collect();
    for status in &statuses {
        eprintln!(
            "{:<16} {:<3} {}",
            status.name,
            if status.available { "yes" } else { "no" },
            status.detail
        );
        assert!(!status.detail.is_empty(), "{status:?}");
    }
    names.sort_unstable();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "a layer is listed twice");
    for name in [
        layer::RLIMITS,
        layer::LANDLOCK_FS,
        layer::SECCOMP,
        layer::USER_NS,
        layer::PID_NS,
    ] {
        assert!(names.contains(&name), "{name} missing from the probe");
    }
}

#[test]
fn disabled_isolation_adds_no_layer() {
    let _serial = serial();
    let case = Case::new(program("attack"), &["uid"]);
    let outcome = run(&case);
    for name in [
        layer::LANDLOCK_FS,
        layer::SECCOMP,
        layer::USER_NS,
        layer::NO_CAPABILITIES,
    ] {
        assert!(
            !outcome.layers.iter().any(|l| l == name),
            "{:?}",
            outcome.layers
        );
    }
}

#[test]
fn every_available_layer_is_applied_and_reported() {
    let _serial = serial();
    let outcome = run(&isolated(&["uid"]));
    for status in probe() {
        let applied = outcome.layers.contains(&status.name);
        if status.available {
            assert!(
                applied,
                "{} is available but not applied: {:?}",
                status.name, outcome.layers
            );
        } else {
            assert!(!applied, "{} is not available but reported", status.name);
            eprintln!("layer {} is missing here: {}", status.name, status.detail);
        }
    }
}

#[test]
fn files_outside_the_read_paths_cannot_be_read() {
    let _serial = serial();
    let secret = tempfile::tempdir().unwrap();
    let path = secret.path().join("hidden.json");
    std::fs::write(&path, "the expected answers").unwrap();
    let path = path.to_str().unwrap();
    // Without isolation the same read works, so the attack itself is sound.
    let plain = Case::new(program("attack"), &["read", path]);
    assert_ok(&attempt(&plain), "reading without isolation");
    if !needs(layer::LANDLOCK_FS, "reading a file outside the read paths") {
        return;
    }
    assert_denied(
        &attempt(&isolated(&["read", path])),
        "reading a hidden file",
    );
    // The supervisor's own /proc entry (its environment, its executable) is not readable.
    let parent = format!("/proc/{}/environ", std::process::id());
    assert_denied(
        &attempt(&isolated(&["read", &parent])),
        "reading the parent's environ",
    );
    // Listed paths are.
    let mut allowed = isolated(&["read", path]);
    allowed
        .spec
        .isolation
        .read_paths
        .push(secret.path().to_path_buf());
    assert_ok(&attempt(&allowed), "reading a listed directory");
}

#[test]
fn proc_self_names_the_sandboxed_process() {
    let _serial = serial();
    let line = attempt(&isolated(&["proc-self"]));
    assert_ok(&line, "reading /proc/self/cmdline");
    assert!(line.contains("attack proc-self"), "{line}");
}

#[test]
fn only_the_working_directory_is_writable() {
    let _serial = serial();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("planted");
    let line = attempt(&isolated(&["write", target.to_str().unwrap()]));
    if needs(layer::LANDLOCK_FS, "writing outside the working directory") {
        assert_denied(&line, "writing outside the working directory");
        assert!(!target.exists());
    }
    let mut case = isolated(&[]);
    let inside = case.path("mine");
    case.spec.args = vec!["write".into(), inside.clone().into()];
    assert_ok(&attempt(&case), "writing in the working directory");
    assert!(inside.exists());
}

#[test]
fn no_other_program_can_be_executed() {
    let _serial = serial();
    let line = attempt(&isolated(&["exec", "/bin/true"]));
    if needs(layer::LANDLOCK_FS, "executing another program") || available(layer::SECCOMP) {
        assert_denied(&line, "running /bin/true");
    }
}

#[test]
fn processes_are_refused_but_threads_work() {
    let _serial = serial();
    assert_ok(&attempt(&isolated(&["thread"])), "starting a thread");
    let line = attempt(&isolated(&["fork"]));
    if needs(layer::SECCOMP, "fork") {
        assert_denied(&line, "fork");
    }
    // The compiler's setting lets it run the linker.
    let mut case = isolated(&["exec", "/bin/true"]);
    case.spec.isolation.allow_processes = true;
    case.spec.isolation.exec_paths = vec![PathBuf::from("/usr/bin"), PathBuf::from("/bin")];
    assert_ok(&attempt(&case), "running /bin/true with processes allowed");
}

#[test]
fn signals_reach_only_the_process_itself() {
    let _serial = serial();
    // Signal 0 checks permission without delivering anything: the test process is the
    // parent here, so a real signal would kill the test if a layer failed.
    let me = std::process::id().to_string();
    let line = attempt(&isolated(&["kill", &me, "0"]));
    if needs(layer::SECCOMP, "kill(parent)") || needs(layer::LANDLOCK_SCOPES, "kill(parent)") {
        assert_denied(&line, "kill(parent, 0)");
    }
    let line = attempt(&isolated(&["kill", "-1", "0"]));
    if available(layer::SECCOMP) {
        assert_denied(&line, "kill(-1, 0)");
    }
    // kill(0) is its own group, which is only itself.
    assert_ok(&attempt(&isolated(&["kill", "0", "0"])), "kill(0, 0)");
}

#[test]
fn the_network_is_unreachable() {
    let _serial = serial();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let plain = Case::new(program("attack"), &["tcp", &address]);
    assert_ok(&attempt(&plain), "TCP without isolation");
    if !needs(layer::SECCOMP, "TCP, UDP and Unix sockets")
        && !needs(layer::LANDLOCK_NET, "TCP connect")
    {
        return;
    }
    assert_denied(&attempt(&isolated(&["tcp", &address])), "TCP connect");
    if available(layer::SECCOMP) {
        assert_denied(&attempt(&isolated(&["udp", &address])), "UDP send");
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("judge.sock");
        let _unix = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        let mut case = isolated(&["unix", socket.to_str().unwrap()]);
        case.spec
            .isolation
            .read_paths
            .push(dir.path().to_path_buf());
        assert_denied(&attempt(&case), "Unix socket connect");
    }
}

#[test]
fn cpu_time_and_peak_memory_stay_exact() {
    let _serial = serial();
    let mut case = Case::new(program("cpu_spin"), &["300"]);
    case.spec.isolation = isolated(&[]).spec.isolation;
    let outcome = run(&case);
    assert_eq!(outcome.status, Status::Exited(0), "{}", case.stderr());
    let own = Duration::from_nanos(case.stdout().trim().parse().unwrap());
    assert!(
        outcome.cpu.abs_diff(own) < Duration::from_millis(10),
        "rusage {:?}, own {own:?}",
        outcome.cpu
    );

    let mut case = Case::new(program("touch_memory"), &["100"]);
    case.spec.isolation = isolated(&[]).spec.isolation;
    let outcome = run(&case);
    assert_eq!(outcome.status, Status::Exited(0), "{}", case.stderr());
    let peak = outcome.peak_memory_bytes / MIB;
    assert!(
        (100..=120).contains(&peak),
        "peak {peak} MiB for 100 MiB touched"
    );
}

#[test]
fn limits_still_apply_under_isolation() {
    let _serial = serial();
    let mut case = Case::new(program("touch_memory"), &["1024"]);
    case.spec.isolation = isolated(&[]).spec.isolation;
    case.spec.limits.memory_bytes = Some(256 * MIB);
    let outcome = run(&case);
    assert_eq!(
        outcome.status,
        Status::Signaled(libc::SIGABRT),
        "{}",
        case.stderr()
    );

    let mut case = Case::new(program("cpu_spin"), &["5000"]);
    case.spec.isolation = isolated(&[]).spec.isolation;
    case.spec.limits.cpu = Duration::from_millis(500);
    let outcome = run(&case);
    // Stopped from outside at its CPU limit (the rlimit backstop would be 2 s).
    assert!(outcome.cpu_limit_hit);
    assert_eq!(outcome.status, Status::Signaled(libc::SIGKILL));
    assert!(
        outcome.cpu < Duration::from_millis(900),
        "cpu {:?}",
        outcome.cpu
    );
}

#[test]
fn a_missing_program_is_still_an_exec_error() {
    let _serial = serial();
    let mut case = isolated(&[]);
    case.spec.program = Path::new("/no/such/program").to_path_buf();
    let err = run_direct(&case.spec).unwrap_err();
    assert!(
        matches!(err, SandboxError::Spawn { step: "exec", .. }),
        "{err:?}"
    );
}
