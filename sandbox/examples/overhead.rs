//! Measures what a run costs: `run_direct` and `run` (through the helper) of a trivial
//! program (`/bin/true` unless given), N times each, with the portable layers only and
//! with every isolation layer, printing median and quartiles, as seen by the caller and
//! as `Outcome::wall`. Like the judge, it is its own helper.
//!
//! cargo run --release -p judge-sandbox --example overhead [-- RUNS [PROGRAM [HELPER]]]
//!
//! HELPER is another executable to use as the helper (the judge binary, say).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use judge_sandbox::{HELPER_ARG, Isolation, Limits, Spec, helper_main, run, run_direct};

fn main() {
    let mut args = std::env::args_os().skip(1);
    let first = args.next();
    if first.as_deref().is_some_and(|arg| arg == HELPER_ARG) {
        helper_main();
    }
    let runs: usize = first
        .and_then(|arg| arg.to_str()?.parse().ok())
        .unwrap_or(50);
    let program = args
        .next()
        .map_or_else(|| PathBuf::from("/bin/true"), PathBuf::from);

    let dir = tempfile::tempdir().expect("create a temporary directory");
    let spec = Spec {
        program: program.clone(),
        args: Vec::new(),
        workdir: dir.path().to_path_buf(),
        env: Vec::new(),
        stdin: None,
        stdout: dir.path().join("stdout.txt"),
        stderr: dir.path().join("stderr.txt"),
        limits: Limits {
            cpu: Duration::from_secs(1),
            wall: Duration::from_secs(5),
            memory_bytes: Some(256 << 20),
            file_size_bytes: 1 << 20,
            open_files: 64,
            stack_bytes: None,
            resident_bytes: None,
            memory_grace: std::time::Duration::ZERO,
        },
        isolation: Default::default(),
        capture: None,
    };
    let isolated = Spec {
        isolation: Isolation {
            enabled: true,
            read_paths: [
                "/etc/ld.so.cache",
                "/lib",
                "/lib64",
                "/usr/lib",
                "/proc/self",
            ]
            .into_iter()
            .map(PathBuf::from)
            .collect(),
            ..Isolation::default()
        },
        ..spec.clone()
    };
    println!("{} runs of {}", runs, program.display());
    let layers = run_direct(&isolated).expect("an isolated run").layers;
    println!("isolated layers: {}", layers.join(" "));
    for (name, runner, spec) in [
        ("run_direct", run_direct as fn(&Spec) -> _, &spec),
        ("run (helper)", run, &spec),
        (
            "run_direct isolated",
            run_direct as fn(&Spec) -> _,
            &isolated,
        ),
        ("run (helper) isolated", run, &isolated),
    ] {
        let mut caller = Vec::with_capacity(runs);
        let mut inside = Vec::with_capacity(runs);
        for _ in 0..runs {
            let started = Instant::now();
            let outcome = runner(spec).unwrap_or_else(|err| panic!("{name}: {err}"));
            caller.push(started.elapsed());
            inside.push(outcome.wall);
        }
        println!(
            "{name:>21}: call {}   outcome.wall {}",
            quartiles(&mut caller),
            quartiles(&mut inside)
        );
    }
}

fn quartiles(times: &mut [Duration]) -> String {
    times.sort();
    let at = |q: usize| times[(times.len() - 1) * q / 4].as_secs_f64() * 1000.0;
    format!("median {:.2} ms (q1 {:.2}, q3 {:.2})", at(2), at(1), at(3))
}
