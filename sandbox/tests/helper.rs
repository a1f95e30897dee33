//! `run` through the helper process. This test binary is its own helper, as the judge
//! is: its `main` answers `__sandbox-exec` with `helper_main` and otherwise runs the
//! checks below in order (`harness = false` in Cargo.toml), printing a libtest-style
//! summary.

mod util;

use std::io::Write;
use std::panic;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use judge_sandbox::{
    HELPER_ARG, Outcome, SandboxError, Status, helper_main, layer, run, run_direct, set_helper,
};
use util::{Case, MIB, alive, pid_in, program, serial};

const CHECKS: &[(&str, fn())] = &[
    (
        "run_reports_what_run_direct_does",
        run_reports_what_run_direct_does,
    ),
    (
        "run_works_from_many_threads_at_once",
        run_works_from_many_threads_at_once,
    ),
    (
        "peak_memory_is_measured_from_the_helper",
        peak_memory_is_measured_from_the_helper,
    ),
    (
        "daemon_leaves_nothing_behind_through_run",
        daemon_leaves_nothing_behind_through_run,
    ),
    (
        "errors_come_back_from_the_helper",
        errors_come_back_from_the_helper,
    ),
    (
        "helper_outlives_ctrl_c_and_still_cleans_up",
        helper_outlives_ctrl_c_and_still_cleans_up,
    ),
    (
        "a_wrong_helper_is_an_error_that_names_it",
        a_wrong_helper_is_an_error_that_names_it,
    ),
];

fn main() {
    if std::env::args_os()
        .nth(1)
        .is_some_and(|arg| arg == HELPER_ARG)
    {
        helper_main();
    }
    // cargo test passes its filter (and flags, ignored here) on to every test binary.
    let filter = std::env::args().skip(1).find(|arg| !arg.starts_with('-'));
    let started = Instant::now();
    let (mut passed, mut failed, mut filtered) = (0, 0, 0);
    for (name, check) in CHECKS {
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            filtered += 1;
            continue;
        }
        let ok = panic::catch_unwind(check).is_ok();
        println!("test {name} ... {}", if ok { "ok" } else { "FAILED" });
        if ok {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    println!(
        "\ntest result: {}. {passed} passed; {failed} failed; 0 ignored; 0 measured; {filtered} filtered out; finished in {:.2}s\n",
        if failed == 0 { "ok" } else { "FAILED" },
        started.elapsed().as_secs_f64()
    );
    std::process::exit(i32::from(failed > 0));
}

fn run_ok(case: &Case) -> judge_sandbox::Outcome {
    run(&case.spec).unwrap_or_else(|err| panic!("run {:?}: {err}", case.spec.program))
}

fn run_reports_what_run_direct_does() {
    let _serial = serial();
    let mut case = Case::sh("echo \"$GREETING\"; exit 3");
    case.spec.env = vec![("GREETING".into(), "hello".into())];
    let outcome = run_ok(&case);
    assert_eq!(outcome.status, Status::Exited(3));
    assert_eq!(case.stdout(), "hello\n");
    assert!(
        outcome.layers.iter().any(|l| l == layer::RLIMITS),
        "{:?}",
        outcome.layers
    );

    let mut case = Case::new("/bin/sleep", &["1000"]);
    case.spec.limits.wall = Duration::from_millis(300);
    let outcome = run_ok(&case);
    assert!(outcome.wall_timeout);
    assert_eq!(outcome.status, Status::Signaled(libc::SIGKILL));
}

fn run_works_from_many_threads_at_once() {
    let _serial = serial();
    const THREADS: usize = 4;
    const RUNS: usize = 3;
    let started = Instant::now();
    std::thread::scope(|scope| {
        for thread in 0..THREADS {
            scope.spawn(move || {
                for round in 0..RUNS {
                    let code = thread * 10 + round;
                    let case = Case::sh(&format!("echo {code}; sleep 0.2; exit {code}"));
                    let outcome = run_ok(&case);
                    assert_eq!(outcome.status, Status::Exited(i32::try_from(code).unwrap()));
                    assert_eq!(case.stdout(), format!("{code}\n"));
                }
            });
        }
    });
    // One after another they would take THREADS * RUNS * 0.2 s = 2.4 s.
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(1800),
        "runs did not overlap: {took:?}"
    );
}

fn peak_memory_is_measured_from_the_helper() {
    let _serial = serial();
    let touch = program("touch_memory");
    // Make this process big: a child forked straight from it would report at least this.
    let ballast: Vec<u8> = vec![1; 300 << 20];
    let ballast_sum: usize = ballast.iter().step_by(4096).map(|&b| usize::from(b)).sum();
    assert!(ballast_sum > 0);

    let outcome = run_ok(&Case::new(&touch, &["100"]));
    assert_eq!(outcome.status, Status::Exited(0));
    let peak = outcome.peak_memory_bytes / MIB;
    assert!(
        (100..=120).contains(&peak),
        "peak {peak} MiB for 100 MiB touched"
    );

    let direct = run_direct(&Case::new(&touch, &["100"]).spec).expect("run_direct");
    eprintln!(
        "note: peak memory of the same child: {peak} MiB through the helper, {} MiB by run_direct from this 300 MiB process",
        direct.peak_memory_bytes / MIB
    );
    drop(ballast);
}

#[cfg(target_os = "linux")]
fn daemon_leaves_nothing_behind_through_run() {
    let _serial = serial();
    let case = Case::sh(
        "(setsid sh -c 'echo $$ > daemon.pid; exec sleep 1000' &); \
         while [ ! -s daemon.pid ]; do :; done; exit 0",
    );
    let started = Instant::now();
    let outcome = run_ok(&case);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    let pid = pid_in(&case.path("daemon.pid"));
    if !outcome.layers.iter().any(|l| l == layer::SUBREAPER) {
        eprintln!("skipped: no subreaper layer, so the daemon escapes; killing it here");
        unsafe { libc::kill(pid, libc::SIGKILL) };
        return;
    }
    assert!(!alive(pid), "daemon {pid} survived");
    assert!(outcome.leftover_killed >= 1);
}

#[cfg(not(target_os = "linux"))]
fn daemon_leaves_nothing_behind_through_run() {
    eprintln!("skipped: needs setsid(1) and a subreaper (Linux)");
}

fn errors_come_back_from_the_helper() {
    let _serial = serial();
    // Caught before any helper starts.
    let mut case = Case::sh("true");
    case.spec.workdir = case.path("missing");
    let err = run(&case.spec).unwrap_err();
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

    // Found by the helper, and sent back as text.
    let mut case = Case::sh("true");
    case.spec.stdin = Some(case.path("no-input.txt"));
    let err = run(&case.spec).unwrap_err();
    assert!(matches!(err, SandboxError::InHelper { .. }), "{err:?}");
    assert!(err.to_string().contains("no-input.txt"), "{err}");

    let case = Case::new("/no/such/program", &[]);
    let err = run(&case.spec).unwrap_err();
    assert!(err.to_string().contains("/no/such/program"), "{err}");
}

fn helper_outlives_ctrl_c_and_still_cleans_up() {
    let _serial = serial();
    let mut case = Case::sh("echo $$ > sleeper.pid; exec sleep 1000");
    case.spec.limits.wall = Duration::from_millis(800);
    let mut helper = Command::new(std::env::current_exe().unwrap())
        .arg(HELPER_ARG)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the helper");
    let request = serde_json::to_vec(&case.spec).unwrap();
    helper.stdin.take().unwrap().write_all(&request).unwrap();
    let pid_file = case.path("sleeper.pid");
    let waiting = Instant::now();
    while std::fs::metadata(&pid_file).map_or(true, |meta| meta.len() == 0) {
        assert!(
            waiting.elapsed() < Duration::from_secs(5),
            "the run never started"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    // What Ctrl-C and a closing terminal send to the foreground process group.
    let helper_pid = libc::pid_t::try_from(helper.id()).unwrap();
    unsafe {
        libc::kill(helper_pid, libc::SIGINT);
        libc::kill(helper_pid, libc::SIGHUP);
    }
    let output = helper.wait_with_output().unwrap();
    assert!(output.status.success(), "helper: {}", output.status);
    let outcome: Outcome = serde_json::from_slice(&output.stdout).unwrap();
    assert!(outcome.wall_timeout);
    let pid = pid_in(&pid_file);
    assert!(!alive(pid), "sleeper {pid} survived");

    // The child gets the signals back at their defaults.
    let outcome = run_ok(&Case::sh("kill -INT $$; echo survived"));
    assert_eq!(outcome.status, Status::Signaled(libc::SIGINT));
}

fn a_wrong_helper_is_an_error_that_names_it() {
    let _serial = serial();
    let case = Case::sh("true");
    let expect = |helper: &str, matches: fn(&SandboxError) -> bool| {
        set_helper(PathBuf::from(helper));
        let err = run(&case.spec).unwrap_err();
        assert!(matches(&err), "{helper}: {err:?}");
        assert!(err.to_string().contains(helper), "{err}");
    };
    expect("/no/such/helper", |e| {
        matches!(e, SandboxError::HelperIo { what: "start", .. })
    });
    // `sh __sandbox-exec` finds no such script and exits 127.
    expect("/bin/sh", |e| {
        matches!(e, SandboxError::HelperFailed { .. })
    });
    // `echo __sandbox-exec` exits 0 with a reply that is not JSON.
    expect("/bin/echo", |e| {
        matches!(e, SandboxError::HelperReply { .. })
    });
    set_helper(std::env::current_exe().unwrap());
    run_ok(&case);
}
