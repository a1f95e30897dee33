//! `run_direct` against tiny programs: shell one-liners and the fixtures in
//! `tests/programs`. Each behaviour the judge relies on gets one test. `run` (the helper
//! process) is tested in `helper.rs`.

mod util;

use std::os::fd::AsRawFd;
use std::process::Command;
use std::time::{Duration, Instant};

use judge_sandbox::{Outcome, SandboxError, Status, layer, run_direct};
use util::{Case, MIB, alive, pid_in, program, serial};

fn run(case: &Case) -> Outcome {
    run_direct(&case.spec).unwrap_or_else(|err| panic!("run_direct {:?}: {err}", case.spec.program))
}

#[test]
fn exit_code_and_output_are_reported() {
    let _serial = serial();
    let case = Case::sh("echo out; echo err >&2; exit 7");
    let outcome = run(&case);
    assert_eq!(outcome.status, Status::Exited(7));
    assert_eq!(case.stdout(), "out\n");
    assert_eq!(case.stderr(), "err\n");
    assert_eq!((outcome.stdout_bytes, outcome.stderr_bytes), (4, 4));
    assert!(!outcome.wall_timeout && !outcome.cpu_limit_hit && !outcome.file_size_limit_hit);
    assert_eq!(outcome.leftover_killed, 0);
    for name in [
        layer::RLIMITS,
        layer::PROCESS_GROUP,
        layer::FRESH_ENV,
        layer::CLOSE_FDS,
        layer::WALL_TIMEOUT,
    ] {
        assert!(
            outcome.layers.iter().any(|l| l == name),
            "layer {name} missing: {:?}",
            outcome.layers
        );
    }
    #[cfg(target_os = "linux")]
    if !outcome.layers.iter().any(|l| l == layer::SUBREAPER) {
        eprintln!("note: subreaper layer not applied (built with --cfg judge_sandbox_portable?)");
    }
}

#[test]
fn death_by_signal_is_reported() {
    let _serial = serial();
    let outcome = run(&Case::sh("kill -SEGV $$"));
    assert_eq!(outcome.status, Status::Signaled(libc::SIGSEGV));
}

#[test]
fn stdin_comes_from_the_file_and_defaults_to_dev_null() {
    let _serial = serial();
    let mut case = Case::new("/bin/cat", &[]);
    std::fs::write(case.path("in.txt"), "1 2 3\n").unwrap();
    case.spec.stdin = Some(case.path("in.txt"));
    assert_eq!(run(&case).status, Status::Exited(0));
    assert_eq!(case.stdout(), "1 2 3\n");

    let case = Case::new("/bin/cat", &[]);
    assert_eq!(run(&case).status, Status::Exited(0));
    assert_eq!(case.stdout(), "");
}

#[test]
fn stdout_and_stderr_may_share_one_file() {
    let _serial = serial();
    let mut case = Case::sh("echo one; echo two >&2; echo three");
    case.spec.stderr = case.spec.stdout.clone();
    run(&case);
    assert_eq!(case.stdout(), "one\ntwo\nthree\n");
}

#[test]
fn busy_loop_is_killed_at_the_wall_limit() {
    let _serial = serial();
    let mut case = Case::sh("while :; do :; done");
    case.spec.limits.wall = Duration::from_millis(500);
    let started = Instant::now();
    let outcome = run(&case);
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "took {:?}",
        started.elapsed()
    );
    assert!(outcome.wall_timeout);
    assert_eq!(outcome.status, Status::Signaled(libc::SIGKILL));
    assert!(
        outcome.wall >= Duration::from_millis(500),
        "wall {:?}",
        outcome.wall
    );
    assert!(
        !outcome.cpu_limit_hit,
        "cpu {:?} is under the 5 s limit",
        outcome.cpu
    );
}

#[test]
fn sleeping_forever_is_killed_at_the_wall_limit() {
    let _serial = serial();
    let mut case = Case::new("/bin/sleep", &["1000"]);
    case.spec.limits.wall = Duration::from_millis(300);
    let outcome = run(&case);
    assert!(outcome.wall_timeout);
    assert_eq!(outcome.status, Status::Signaled(libc::SIGKILL));
    assert!(
        outcome.wall < Duration::from_millis(1000),
        "wall {:?}",
        outcome.wall
    );
    assert!(
        outcome.cpu < Duration::from_millis(100),
        "a sleeper used {:?} of CPU",
        outcome.cpu
    );
}

#[test]
fn a_busy_loop_is_stopped_at_its_cpu_limit() {
    let _serial = serial();
    let mut case = Case::sh("while :; do :; done");
    case.spec.limits.cpu = Duration::from_millis(500); // backstop: ceil(0.5) + 1 = 2 s
    let outcome = run(&case);
    assert!(outcome.cpu_limit_hit);
    assert!(!outcome.wall_timeout);
    if WATCHES_CPU {
        // Stopped from outside as soon as its CPU clock passed the limit.
        assert_eq!(outcome.status, Status::Signaled(libc::SIGKILL));
        assert!(
            outcome.cpu >= Duration::from_millis(500) && outcome.cpu < Duration::from_millis(900),
            "cpu {:?}",
            outcome.cpu
        );
    } else {
        // Only the rlimit: the kernel's rlimit clock and rusage differ slightly.
        assert_eq!(outcome.status, Status::Signaled(libc::SIGXCPU));
        assert!(
            outcome.cpu >= Duration::from_millis(1500) && outcome.cpu < Duration::from_millis(2500),
            "cpu {:?}",
            outcome.cpu
        );
    }
}

/// A process filling memory spends its CPU in the kernel (page faults): with a grace it
/// runs on past its CPU limit to the resident limit it is heading for.
#[test]
fn a_memory_filler_past_its_cpu_limit_reaches_its_memory_limit_in_the_grace() {
    let _serial = serial();
    let mut case = Case::new(program("touch_memory"), &["2048"]);
    case.spec.limits.cpu = Duration::from_millis(5);
    case.spec.limits.resident_bytes = Some(400 << 20);
    case.spec.limits.memory_grace = Duration::from_secs(4);
    let outcome = run(&case);
    if WATCHES_CPU {
        assert!(outcome.memory_limit_hit, "{outcome:?}");
        assert!(
            outcome.cpu > Duration::from_millis(5),
            "cpu {:?}",
            outcome.cpu
        );
        assert!(outcome.cpu_limit_hit && !outcome.cpu_stopped, "{outcome:?}");
    }
}

/// The grace is for time in the kernel: a busy loop in user space gets none.
#[test]
fn a_busy_loop_gets_no_memory_grace() {
    let _serial = serial();
    let mut case = Case::new(program("cpu_spin"), &["3000"]);
    case.spec.limits.cpu = Duration::from_millis(300);
    case.spec.limits.memory_grace = Duration::from_secs(4);
    let outcome = run(&case);
    assert!(outcome.cpu_limit_hit && outcome.cpu_stopped, "{outcome:?}");
    if WATCHES_CPU {
        assert!(
            outcome.cpu < Duration::from_millis(700),
            "cpu {:?}",
            outcome.cpu
        );
    }
}

/// Whether the sandbox reads the process's CPU clock from outside here.
const WATCHES_CPU: bool = cfg!(all(target_os = "linux", not(judge_sandbox_portable)));

#[test]
fn cpu_over_the_limit_is_stopped_long_before_the_backstop() {
    let _serial = serial();
    let mut case = Case::new(program("cpu_spin"), &["1500"]);
    case.spec.limits.cpu = Duration::from_millis(500);
    let outcome = run(&case);
    assert!(outcome.cpu_limit_hit, "cpu {:?}", outcome.cpu);
    if WATCHES_CPU {
        assert_eq!(outcome.status, Status::Signaled(libc::SIGKILL));
        assert!(
            outcome.cpu < Duration::from_millis(900),
            "cpu {:?}",
            outcome.cpu
        );
    }
}

#[test]
fn cpu_time_is_exact() {
    let _serial = serial();
    let case = Case::new(program("cpu_spin"), &["300"]);
    let outcome = run(&case);
    assert_eq!(outcome.status, Status::Exited(0));
    let own = Duration::from_nanos(case.stdout().trim().parse().unwrap());
    // The process measured itself just before exiting; exit costs next to nothing.
    let gap = outcome.cpu.abs_diff(own);
    assert!(own >= Duration::from_millis(300));
    assert!(
        gap < Duration::from_millis(10),
        "rusage {:?}, own {own:?}",
        outcome.cpu
    );
    assert!(!outcome.cpu_limit_hit);
}

#[test]
fn rlimits_are_set_in_the_child() {
    let _serial = serial();
    let mut case = Case::sh("ulimit -t; ulimit -n; ulimit -c; ulimit -f; ulimit -v; ulimit -s");
    case.spec.limits.cpu = Duration::from_millis(1500);
    case.spec.limits.open_files = 32;
    case.spec.limits.file_size_bytes = MIB;
    case.spec.limits.memory_bytes = Some(256 * MIB);
    case.spec.limits.stack_bytes = Some(4 * MIB);
    run(&case);
    // CPU in seconds (ceil(1.5) + 1), file size in 512-byte blocks, memory and stack in KiB.
    assert_eq!(case.stdout(), "3\n32\n0\n2048\n262144\n4096\n");
}

#[test]
fn allocation_beyond_the_address_space_limit_fails() {
    let _serial = serial();
    if cfg!(target_vendor = "apple") {
        eprintln!("skipped: macOS does not enforce RLIMIT_AS");
        return;
    }
    let mut case = Case::new(program("touch_memory"), &["1024"]);
    case.spec.limits.memory_bytes = Some(256 * MIB);
    let outcome = run(&case);
    assert_eq!(
        outcome.status,
        Status::Signaled(libc::SIGABRT),
        "stderr: {}",
        case.stderr()
    );
    assert!(
        case.stderr().contains("memory allocation"),
        "stderr: {}",
        case.stderr()
    );
    assert!(outcome.peak_memory_bytes < 64 * MIB);
}

#[test]
fn peak_memory_is_the_childs_own() {
    let _serial = serial();
    let outcome = run(&Case::new(program("touch_memory"), &["100"]));
    assert_eq!(outcome.status, Status::Exited(0));
    let peak = outcome.peak_memory_bytes;
    assert!(
        (100 * MIB..=120 * MIB).contains(&peak),
        "peak {} MiB for 100 MiB touched",
        peak / MIB
    );
}

#[test]
fn stdout_flood_hits_the_file_size_limit() {
    let _serial = serial();
    let mut case = Case::new("/usr/bin/yes", &[]);
    case.spec.limits.file_size_bytes = 64 * 1024;
    let outcome = run(&case);
    assert_eq!(outcome.status, Status::Signaled(libc::SIGXFSZ));
    assert!(outcome.file_size_limit_hit);
    assert_eq!(outcome.stdout_bytes, 64 * 1024);

    let mut case = Case::sh("yes >&2");
    case.spec.limits.file_size_bytes = 64 * 1024;
    let outcome = run(&case);
    assert!(outcome.file_size_limit_hit);
    assert_eq!(outcome.stderr_bytes, 64 * 1024);
}

#[test]
fn flood_ignoring_sigxfsz_is_still_reported() {
    let _serial = serial();
    // An ignored signal stays ignored across exec: `yes` gets EFBIG instead and exits.
    let mut case = Case::sh("trap '' XFSZ; yes");
    case.spec.limits.file_size_bytes = 64 * 1024;
    let outcome = run(&case);
    assert!(
        matches!(outcome.status, Status::Exited(code) if code != 0),
        "{:?}",
        outcome.status
    );
    assert!(outcome.file_size_limit_hit);
    assert_eq!(outcome.stdout_bytes, 64 * 1024);
}

#[test]
fn environment_is_exactly_the_given_one() {
    let _serial = serial();
    let mut case = Case::new("/usr/bin/env", &[]);
    case.spec.env = vec![("ONLY".into(), "this".into())];
    run(&case);
    assert_eq!(case.stdout(), "ONLY=this\n");

    let case = Case::new("/usr/bin/env", &[]);
    run(&case);
    assert_eq!(case.stdout(), "");
}

#[test]
fn inherited_descriptors_are_closed() {
    let _serial = serial();
    const FD: libc::c_int = 57;
    let file = tempfile::tempfile().unwrap();
    // dup2 leaves FD_CLOEXEC off: an ordinary child would inherit this descriptor.
    assert_eq!(unsafe { libc::dup2(file.as_raw_fd(), FD) }, FD);
    let probe = format!("if [ -e /dev/fd/{FD} ]; then echo open; else echo closed; fi");

    let plain = Command::new("/bin/sh")
        .args(["-c", &probe])
        .output()
        .unwrap();
    let case = Case::sh(&probe);
    let outcome = run(&case);
    unsafe { libc::close(FD) };

    assert_eq!(
        String::from_utf8_lossy(&plain.stdout),
        "open\n",
        "the probe itself is broken"
    );
    assert_eq!(outcome.status, Status::Exited(0));
    assert_eq!(case.stdout(), "closed\n");
}

#[test]
fn background_children_in_the_group_are_killed() {
    let _serial = serial();
    let case = Case::sh("sleep 1000 & echo $! > sleeper.pid; exit 0");
    let started = Instant::now();
    let outcome = run(&case);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(outcome.status, Status::Exited(0));
    let pid = pid_in(&case.path("sleeper.pid"));
    if outcome.layers.iter().any(|l| l == layer::SUBREAPER) {
        // Reaped by the sweep, so it is gone, not a zombie.
        assert_eq!(outcome.leftover_killed, 1);
        assert!(!alive(pid), "pid {pid} survived");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn double_forked_setsid_daemon_leaves_nothing_behind() {
    let _serial = serial();
    // The daemon leaves the process group (setsid) and its parent exits at once (the
    // subshell), so only the subreaper sweep can find it.
    let case = Case::sh(
        "(setsid sh -c 'echo $$ > daemon.pid; exec sleep 1000' &); \
         while [ ! -s daemon.pid ]; do :; done; exit 0",
    );
    let started = Instant::now();
    let outcome = run(&case);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(outcome.status, Status::Exited(0));
    let pid = pid_in(&case.path("daemon.pid"));
    if !outcome.layers.iter().any(|l| l == layer::SUBREAPER) {
        eprintln!("skipped: no subreaper layer, so the daemon escapes; killing it here");
        unsafe { libc::kill(pid, libc::SIGKILL) };
        return;
    }
    assert!(!alive(pid), "daemon {pid} survived");
    assert!(outcome.leftover_killed >= 1);
}

#[test]
fn bad_specs_are_errors_that_name_the_problem() {
    let _serial = serial();
    let mut case = Case::new("/no/such/program", &[]);
    let err = run_direct(&case.spec).unwrap_err();
    assert!(
        matches!(err, SandboxError::Spawn { step: "exec", .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("/no/such/program"), "{err}");

    case.spec.program = "/bin/sh".into();
    case.spec.workdir = case.path("missing");
    let err = run_direct(&case.spec).unwrap_err();
    assert!(
        matches!(
            err,
            SandboxError::BadSpec {
                field: "workdir",
                ..
            }
        ),
        "{err:?}"
    );

    let mut case = Case::sh("true");
    case.spec.stdin = Some(case.path("no-input.txt"));
    let err = run_direct(&case.spec).unwrap_err();
    assert!(err.to_string().contains("no-input.txt"), "{err}");

    let mut case = Case::sh("true");
    case.spec.limits.wall = Duration::ZERO;
    let err = run_direct(&case.spec).unwrap_err();
    assert!(
        matches!(
            err,
            SandboxError::BadSpec {
                field: "limits.wall",
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn outcome_round_trips_through_json() {
    let _serial = serial();
    let case = Case::sh("exit 0");
    let outcome = run(&case);
    let json = serde_json::to_string(&outcome).unwrap();
    assert_eq!(serde_json::from_str::<Outcome>(&json).unwrap(), outcome);
    let spec_json = serde_json::to_string(&case.spec).unwrap();
    assert_eq!(
        serde_json::from_str::<judge_sandbox::Spec>(&spec_json).unwrap(),
        case.spec
    );
}
