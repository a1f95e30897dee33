//! `judge verify`: proves packages sound. For each package: the generator
//! is deterministic; the reference is accepted within its own limit; the
//! brute force agrees with it on every case it finishes; each `wrong/`
//! solution gets exactly its declared verdict; the stub (bodies filled with
//! `todo!()`) compiles and is not accepted.

use crate::cli::app::App;
use crate::cli::args::VerifyArgs;
use crate::cli::report::plural;
use crate::engine::compile::{CompileOutcome, CompileRequest, Compiler, DEFAULT_EDITION};
use crate::engine::execute::{self, CaseResult, RunPlan};
use crate::engine::glue;
use crate::engine::growth::Class;
use crate::engine::judging::{self, CaseSpec};
use crate::engine::package::{Package, ProblemId};
use crate::engine::testset::{self, PackageCache, TestSet, compile_reference};
use crate::engine::verdict::Verdict;
use crate::error::{Result, exit_code};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The brute force gets this long per case; bigger cases are skipped. (A
/// trusted program's case is stopped at twice its run's limit, plus a
/// little: its run is given half of this.)
const BRUTE_CASE_LIMIT: Duration = Duration::from_secs(1);

pub fn run(app: &App, args: VerifyArgs) -> Result<i32> {
    let ids: Vec<ProblemId> = if args.ids.is_empty() {
        app.catalog.ids().map(ProblemId::normalize).collect()
    } else {
        args.ids.iter().map(|i| ProblemId::normalize(i)).collect()
    };
    let s = &app.style;
    let mut failed = Vec::new();
    let mut cached = 0;
    let judge = judge_identity();
    // Built once, before packages run side by side (not for ids that name
    // no package, which fail at once).
    if ids.iter().any(|id| app.catalog.get(id).is_ok()) {
        app.compiler()?;
    }
    // On stderr, only on a terminal: package k of N (the last one started),
    // the packages being verified, the time so far.
    let progress = app.bar(ids.len(), "").or_else(|| app.spinner(""));
    // Packages run side by side, each with its share of the jobs: one
    // package alone leaves cores idle in its serial steps (the generator, a
    // brute force stopped at its first too-slow case, the checks), and the
    // processes running at once stay `app.jobs`, so each one's time is
    // measured under the same load as before. Each package prints when it
    // is done, in order.
    // Not with `--feedback`: its growth timing compares one solution's
    // times across sizes, and another package's work beside it changes the
    // load from one size to the next (a sweep under load with packages
    // side by side measured three tle_ solutions as intended; the three
    // sweeps before it, one package at a time, measured 0, 0 and 1).
    let side_by_side = if args.feedback {
        1
    } else {
        app.jobs.clamp(1, ids.len().max(1))
    };
    let jobs = (app.jobs / side_by_side).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    // The packages being verified, the last one started first.
    let running = std::sync::Mutex::new(Vec::<String>::new());
    let (done, finished) = std::sync::mpsc::channel::<(usize, Result<Outcome>)>();
    let mut phases = Phases::default();
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..side_by_side {
            let done = done.clone();
            let (next, running, ids, args, progress) = (&next, &running, &ids, &args, &progress);
            scope.spawn(move || {
                loop {
                    // Taken and shown in one step, so the bar counts up in order.
                    let (k, id) = {
                        let mut running = running.lock().unwrap_or_else(|e| e.into_inner());
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(id) = ids.get(k) else { break };
                        running.insert(0, id.to_string());
                        if let Some(p) = progress {
                            p.set_position(k as u64 + 1);
                            p.set_message(running.join(" "));
                        }
                        (k, id)
                    };
                    let outcome = verify_one(app, jobs, id, judge, args);
                    {
                        let mut running = running.lock().unwrap_or_else(|e| e.into_inner());
                        running.retain(|r| *r != id.to_string());
                        if let Some(p) = progress {
                            p.set_message(running.join(" "));
                        }
                    }
                    if done.send((k, outcome)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        let mut waiting: HashMap<usize, Result<Outcome>> = HashMap::new();
        let mut shown = 0;
        for (k, outcome) in finished.iter() {
            waiting.insert(k, outcome);
            while let Some(outcome) = waiting.remove(&shown) {
                let id = &ids[shown];
                shown += 1;
                let outcome = match outcome {
                    Ok(o) => o,
                    Err(e) => {
                        // The others stop at their next package.
                        next.store(ids.len(), std::sync::atomic::Ordering::Relaxed);
                        return Err(e);
                    }
                };
                app.above_progress(|| {
                    println!("{}", s.bold(&format!("{id}")));
                    for line in &outcome.lines {
                        println!("{line}");
                    }
                });
                cached += outcome.cached as usize;
                if outcome.failed {
                    failed.push(id.clone());
                }
                phases.add(&outcome.phases);
            }
        }
        Ok(())
    })?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    if args.timings {
        phases.print(app, side_by_side);
    }
    if failed.is_empty() {
        let again = if cached > 0 {
            format!(" ({cached} unchanged since verified here before)")
        } else {
            String::new()
        };
        println!(
            "{}",
            s.green(&format!(
                "{}{} verified{again}",
                if ids.len() > 1 { "all " } else { "" },
                plural(ids.len(), "package")
            ))
        );
        Ok(exit_code::ACCEPTED)
    } else {
        let names: Vec<String> = failed.iter().map(|f| f.to_string()).collect();
        println!(
            "{}",
            s.red(&format!(
                "{} of {} failed: {}",
                failed.len(),
                plural(ids.len(), "package"),
                names.join(", ")
            ))
        );
        Ok(exit_code::REJECTED)
    }
}

/// What verifying one package found: the lines to show under its id.
struct Outcome {
    lines: Vec<String>,
    failed: bool,
    /// Verified here before, unchanged: not verified again.
    cached: bool,
    phases: Phases,
}

/// Verifies `id`, running `jobs` processes at once.
fn verify_one(
    app: &App,
    jobs: usize,
    id: &ProblemId,
    judge: u64,
    args: &VerifyArgs,
) -> Result<Outcome> {
    let s = &app.style;
    let started = Instant::now();
    let mut phases = Phases::default();
    // A package verified here before, unchanged, by this judge and
    // toolchain, is not verified again (margins are this machine's).
    let marker = match app.catalog.get(id) {
        Ok(pkg) => Some(verified_marker(app, &pkg, judge, args.feedback)?),
        Err(_) => None,
    };
    if !args.force && marker.as_ref().is_some_and(|m| m.exists()) {
        return Ok(Outcome {
            lines: vec![format!(
                "  {} {id} verified before on this machine, unchanged (`--force` verifies again)",
                s.green("✓")
            )],
            failed: false,
            cached: true,
            phases,
        });
    }
    let cx = Check {
        app,
        jobs,
        lines: Default::default(),
    };
    let problems = match app
        .catalog
        .get(id)
        .and_then(|pkg| verify_package(&cx, &pkg, args.feedback, &mut phases))
    {
        Ok(p) => p,
        Err(e) => vec![e.to_string()],
    };
    if let (true, Some(m)) = (problems.is_empty(), &marker) {
        crate::paths::write_atomic(m, b"verified\n")?;
    }
    let mut lines = cx.lines.into_inner();
    if problems.is_empty() {
        lines.push(format!(
            "  {} {id} verified in {:.1} s",
            s.green("✓"),
            started.elapsed().as_secs_f64()
        ));
    } else {
        lines.extend(problems.iter().map(|p| format!("  {} {p}", s.red("✗"))));
    }
    Ok(Outcome {
        lines,
        failed: !problems.is_empty(),
        cached: false,
        phases,
    })
}

/// This judge's identity: a hash of its own executable, so a new build
/// verifies everything again.
fn judge_identity() -> u64 {
    let bytes = std::env::current_exe()
        .and_then(std::fs::read)
        .unwrap_or_default();
    crate::paths::fnv64(&[&bytes])
}

/// The file that says `pkg` passed verify here: keyed by its content, the
/// toolchain, the judge and whether the feedback was proved too.
fn verified_marker(
    app: &App,
    pkg: &Package,
    judge: u64,
    feedback: bool,
) -> Result<std::path::PathBuf> {
    let toolchain = app.compiler()?.toolchain.key();
    let key = crate::paths::fnv64(&[
        &pkg.content_hash().to_le_bytes(),
        &toolchain.to_le_bytes(),
        &judge.to_le_bytes(),
        &[feedback as u8],
    ]);
    Ok(PackageCache::new(&app.data.cache(), pkg)
        .dir
        .join(format!("verified-{key:016x}")))
}

/// One package's verification as it runs: the app, how many processes it
/// may run at once, and the lines it has to show so far (printed when the
/// package is done, so that packages verified side by side print in turn).
struct Check<'a> {
    app: &'a App,
    /// Its share of `app.jobs`, the same from its first step to its last:
    /// its limit is set and its solutions judged under the same load.
    jobs: usize,
    lines: std::cell::RefCell<Vec<String>>,
}

impl Check<'_> {
    fn ok(&self, msg: String) {
        self.lines
            .borrow_mut()
            .push(format!("  {} {msg}", self.app.style.green("✓")));
    }
}

/// Where verify's time went, phase by phase, over every package it
/// verified (`--timings`).
#[derive(Default)]
struct Phases {
    since: Option<Instant>,
    spent: Vec<(&'static str, Duration)>,
}

impl Phases {
    fn start(&mut self) {
        self.since = Some(Instant::now());
    }

    /// The time since the last mark (or the start) was spent on `phase`.
    fn mark(&mut self, phase: &'static str) {
        let now = Instant::now();
        let took = self.since.map(|s| now - s).unwrap_or_default();
        self.since = Some(now);
        match self.spent.iter_mut().find(|(p, _)| *p == phase) {
            Some((_, d)) => *d += took,
            None => self.spent.push((phase, took)),
        }
    }

    /// Adds `other`'s time, phase by phase.
    fn add(&mut self, other: &Phases) {
        for (phase, d) in &other.spent {
            match self.spent.iter_mut().find(|(p, _)| p == phase) {
                Some((_, mine)) => *mine += *d,
                None => self.spent.push((phase, *d)),
            }
        }
    }

    /// `side_by_side`: how many packages ran at once (their times add up).
    fn print(&self, app: &App, side_by_side: usize) {
        let total: Duration = self.spent.iter().map(|(_, d)| *d).sum();
        if side_by_side > 1 {
            println!(
                "{} (summed over packages, {side_by_side} verified at a time)",
                app.style.bold("where the time went")
            );
        } else {
            println!("{}", app.style.bold("where the time went"));
        }
        for (phase, d) in &self.spent {
            println!(
                "  {phase:<44} {:>7.1} s {:>4.0} %",
                d.as_secs_f64(),
                100.0 * d.as_secs_f64() / total.as_secs_f64().max(1e-9)
            );
        }
        println!("  {:<44} {:>7.1} s", "in all", total.as_secs_f64());
    }
}

/// Returns the problems found (empty: verified).
fn verify_package(
    cx: &Check,
    pkg: &Package,
    feedback: bool,
    phases: &mut Phases,
) -> Result<Vec<String>> {
    let app = cx.app;
    let mut problems = Vec::new();
    let compiler = app.compiler()?;
    let pc = PackageCache::new(&app.data.cache(), pkg);
    phases.start();
    prebuild(cx, pkg, &pc)?;
    phases.mark("compiling, side by side");
    let ts = testset::load_or_build(pkg, compiler, &app.data.cache(), cx.jobs, &|_| {})?;
    phases.mark("the test set (generated, the reference timed)");
    let samples = ts.cases.iter().filter(|c| c.sample).count();
    let generated = ts.cases.iter().filter(|c| c.generated).count();
    if samples == 0 {
        problems.push("no sample cases (mark the statement's examples `sample = true`)".into());
    }
    cx.ok(format!(
        "{} cases ({} samples, {} handwritten, {} generated); time limit {} ({})",
        ts.cases.len(),
        samples,
        ts.cases.len() - generated,
        generated,
        crate::engine::text::duration(ts.time_limit),
        limit_basis(pkg, &ts)
    ));

    // The generator prints the same cases again.
    let (_, again) = testset::generate(pkg, compiler, &pc)?;
    phases.mark("the generator again");
    if again == ts.generator_output_hash {
        if pkg.generator().is_some() {
            cx.ok("generator is deterministic".into());
        }
    } else {
        problems.push(
            "the generator printed different cases on a second run (use a fixed seed)".into(),
        );
    }

    let cases: Vec<CaseSpec> = ts.cases.iter().map(CaseSpec::of).collect();

    // The reference is accepted within its own time limit.
    let reference = compile_reference(pkg, compiler, &pc)?;
    let j = judging::judge_binary(
        pkg,
        &reference.path(),
        &compiler.toolchain.target_libdir,
        Duration::ZERO,
        &cases,
        &ts,
        cx.jobs,
    )?;
    // Kattis' method: the slowest case of any accepted solution (the
    // reference's and accepted/'s) and of every tle_ one, against the limit.
    let mut margins = Margins {
        limit_ms: j.time_limit_ms,
        basis_ms: ts.calibration_max.unwrap_or(ts.reference_max).as_secs_f64() * 1e3,
        basis: pkg
            .meta
            .limits
            .calibrate
            .clone()
            .unwrap_or_else(|| crate::engine::package::REFERENCE.to_string()),
        floor_ms: pkg.meta.limits.time_floor_ms as f64,
        multiplier: pkg.meta.limits.time_multiplier,
        slowest_accepted: (crate::engine::package::REFERENCE.to_string(), j.max_time_ms),
        over_limit: Vec::new(),
        fastest_tle: None,
        heavy: HashMap::new(),
    };
    margins.note_heavy(crate::engine::package::REFERENCE, &j);
    phases.mark("the reference judged");
    if j.verdict == Verdict::Accepted {
        cx.ok(format!("reference accepted ({}/{})", j.passed, j.total));
    } else if only_slow(&j) {
        cx.ok(slow_line("reference", &j));
        margins
            .over_limit
            .push(crate::engine::package::REFERENCE.to_string());
    } else {
        problems.push(format!(
            "reference: {} {}",
            j.verdict.code(),
            failure_text(&j)
        ));
    }

    // The brute force agrees wherever it is fast enough.
    let mut brute_reach = None;
    match pkg.brute() {
        None => problems.push(format!("missing {}", crate::engine::package::BRUTE)),
        Some(code) => match brute_agreement(cx, pkg, &pc, &ts, &known_cases(&ts), code)? {
            Ok(agreement) => {
                brute_reach = agreement.too_slow_from;
                let (agreed, total) = (agreement.agreed, agreement.total);
                cx.ok(if agreed == total {
                    format!("brute force agrees on all {total} cases")
                } else {
                    format!(
                        "brute force agrees on {agreed}/{total} cases (the rest are too \
                             large for it)"
                    )
                })
            }
            Err(e) => problems.push(format!("brute force: {e}")),
        },
    }

    phases.mark("the brute force");

    if pkg.meta.format >= 2 {
        match sized_generator_check(cx, pkg, &pc, &ts, brute_reach)? {
            Ok(line) => cx.ok(line),
            Err(problem) => problems.push(problem),
        }
        phases.mark("the sized generator");
    }

    // Each wrong solution gets exactly its declared verdict.
    let wrong = pkg.wrong_solutions();
    if wrong.is_empty() {
        problems.push("no wrong/ solutions".into());
    }
    for w in &wrong {
        let path = pkg.origin.join(&w.file);
        let build = own_build(&pc, &w.file);
        let sub = judging::Submission {
            code: &w.code,
            path: &path,
            edition: DEFAULT_EDITION,
            build_dir: &build,
            incremental: false,
        };
        // Its first failing case decides, and the rest need not run. A tle_
        // solution's margin is its slowest case, which is at least its first
        // failing one: where that is already TLE_MARGIN over the limit (a
        // stopped case is twice over), the rest cannot change the margin;
        // else it runs as a submission does.
        let first = judging::judge_until_failing(pkg, compiler, &sub, &cases, &ts, cx.jobs)?;
        let j = if w.declared == Verdict::TimeLimitExceeded.code()
            && !(first.verdict == Verdict::TimeLimitExceeded
                && first.max_time_ms >= TLE_MARGIN * first.time_limit_ms)
        {
            judging::judge(pkg, compiler, &sub, &cases, &ts, cx.jobs)?
        } else {
            first
        };
        if w.declared == Verdict::TimeLimitExceeded.code()
            && margins
                .fastest_tle
                .as_ref()
                .is_none_or(|(_, t)| j.max_time_ms < *t)
        {
            margins.fastest_tle = Some((w.file.clone(), j.max_time_ms));
        }
        margins.note_heavy(&w.file, &j);
        if j.verdict.code() == w.declared {
            cx.ok(format!(
                "{} gets {} ({})",
                w.file,
                w.declared,
                failure_text(&j)
            ));
        } else {
            problems.push(format!(
                "{} should get {} but got {} {}",
                w.file,
                w.declared,
                j.verdict.code(),
                failure_text(&j)
            ));
        }
    }

    phases.mark("wrong/ judged");

    // Each accepted/ solution (LeetCode accepts it) is accepted here, with the
    // margin between its slowest case and the limit shown.
    for (file, code) in pkg.accepted_solutions() {
        let path = pkg.origin.join(&file);
        let build = own_build(&pc, &file);
        // A slow moment is not the solution: a margin that fails is timed
        // again side by side (`Margins::side_by_side`).
        let j = judging::judge(
            pkg,
            compiler,
            &judging::Submission {
                code: &code,
                path: &path,
                edition: DEFAULT_EDITION,
                build_dir: &build,
                incremental: false,
            },
            &cases,
            &ts,
            cx.jobs,
        )?;
        if j.max_time_ms > margins.slowest_accepted.1 {
            margins.slowest_accepted = (file.clone(), j.max_time_ms);
        }
        margins.note_heavy(&file, &j);
        if j.verdict == Verdict::Accepted {
            cx.ok(format!(
                "{file} accepted; slowest case {} ({:.1}x under the limit)",
                crate::engine::text::duration(Duration::from_secs_f64(j.max_time_ms / 1e3)),
                j.time_limit_ms / j.max_time_ms.max(1e-3)
            ));
        } else if only_slow(&j) {
            cx.ok(slow_line(&file, &j));
            margins.over_limit.push(file.clone());
        } else {
            problems.push(format!(
                "{file} should be accepted but got {} {}",
                j.verdict.code(),
                failure_text(&j)
            ));
        }
    }

    phases.mark("accepted/ judged");
    match margins.check() {
        Ok(line) => cx.ok(line),
        // Measured apart, the limit (set when the test set was built) and
        // the solutions' times may come from moments of different load: a
        // ratio is measured side by side before a package is blamed.
        Err(problem) => match margins.side_by_side(cx, pkg, &pc, &ts)? {
            Some(again) => match again.check() {
                Ok(line) if margins.multiplier * margins.basis_ms <= margins.floor_ms => {
                    cx.ok(format!(
                        "{line}, timed again (timed apart: {}, on a loaded moment)",
                        margins.ratios()
                    ))
                }
                Ok(line) => cx.ok(format!(
                    "{line}, timed side by side with {} (timed apart: {}, \
                         the limit having been set under a different load)",
                    margins.basis,
                    margins.ratios()
                )),
                Err(still) => problems.push(format!("{still} (measured side by side)")),
            },
            None => problems.push(problem),
        },
    }

    phases.mark("margins timed again");

    // The stub compiles once its bodies are filled, and is not accepted.
    match compile_stub(pkg, compiler, &pc)? {
        CompileOutcome::Failed { diagnostics, .. } => {
            problems.push(format!("the stub does not compile with the judge's glue (does it match the signature?):\n{diagnostics}"))
        }
        CompileOutcome::Built { binary, .. } => {
            let j = judging::judge_binary(pkg, &binary.path(), &compiler.toolchain.target_libdir, Duration::ZERO, &cases, &ts, cx.jobs)?;
            if j.verdict == Verdict::Accepted {
                problems.push("the stub is accepted".into());
            } else {
                cx.ok(format!("stub compiles and is rejected ({})", j.verdict.code()));
            }
        }
    }
    phases.mark("the stub judged");
    if feedback && pkg.meta.size_range.is_some() {
        feedback_sweep(cx, pkg, &pc, &ts, &cases, &mut problems)?;
        phases.mark("the feedback (--feedback)");
    }
    Ok(problems)
}

/// `--feedback`: the growth of the reference, accepted/ and tle_ solutions
/// is classified against the intended complexity, and every wa_ solution
/// gets a counterexample no larger than its smallest failing handwritten
/// case. The reference and the accepted/ solutions may not grow worse than
/// intended (a log factor aside), except the calibration solution, which
/// is the slowest approach LeetCode accepts; a tle_ solution must grow
/// worse. "Could not tell" is shown, and is not a failure.
fn feedback_sweep(
    cx: &Check,
    pkg: &Package,
    pc: &PackageCache,
    ts: &TestSet,
    cases: &[CaseSpec],
    problems: &mut Vec<String>,
) -> Result<()> {
    let app = cx.app;
    let compiler = app.compiler()?;
    let cache = app.data.cache();
    let mut files: Vec<(String, String)> = vec![(
        crate::engine::package::REFERENCE.to_string(),
        pkg.reference()?.to_string(),
    )];
    files.extend(pkg.accepted_solutions());
    let wrong = pkg.wrong_solutions();
    files.extend(
        wrong
            .iter()
            .filter(|w| w.declared == Verdict::TimeLimitExceeded.code())
            .map(|w| (w.file.clone(), w.code.clone())),
    );
    let opts = crate::engine::growth::Options::default();
    for (file, code) in &files {
        let built = compile_file(pkg, compiler, pc, file, code)?;
        let Ok((binary, _)) = built else {
            problems.push(format!("growth: {file} does not compile"));
            continue;
        };
        let c = crate::engine::growth::analyze(
            pkg,
            compiler,
            &cache,
            &binary.path(),
            ts,
            &opts,
            cx.jobs,
        )?;
        let stopped = c
            .note
            .as_deref()
            .filter(|_| c.measured.is_none() && c.comparison.is_some());
        let measured = c
            .measured
            .clone()
            .or(stopped.map(|n| format!("stopped ({n})")))
            .unwrap_or("could not tell".into());
        let exponent = c.exponent.map(|e| format!("{e:.2}")).unwrap_or("-".into());
        let comparison = c.comparison.as_deref().unwrap_or("not compared");
        let line = format!(
            "growth: {file} {measured} (exponent {exponent}, confidence {:.2}); intended {}: {comparison}",
            c.confidence,
            c.intended_growth
                .as_deref()
                .or(c.intended.as_deref())
                .unwrap_or("-")
        );
        let tle = file.starts_with(crate::engine::package::WRONG_DIR);
        let calibration = pkg.meta.limits.calibrate.as_deref() == Some(file.as_str());
        // An accepted/ approach slower than intended that LeetCode accepts
        // says so in its header (`// Complexity: O(n)`), and is held to that.
        let own = (!tle)
            .then(|| stated_complexity(code))
            .flatten()
            .and_then(|stated| {
                let class = Class::of_stated(&stated, pkg.meta.size.as_deref())?;
                let measured = Class::of_stated(c.measured.as_deref()?, None)?;
                Some((stated, measured.compare(class)))
            });
        let line = match &own {
            Some((stated, comparison)) => format!("{line}; its own {stated}: {comparison}"),
            None => line,
        };
        let comparison = match &own {
            Some((_, comparison)) => Some(*comparison),
            None => c.comparison.as_deref(),
        };
        let wrong_way = match comparison {
            Some("worse") => !tle && !calibration,
            Some(_) => tle,
            None => false,
        };
        if wrong_way {
            problems.push(format!(
                "{line} ({})",
                if tle {
                    "a tle_ solution must grow worse than intended"
                } else {
                    "only the calibration solution, or one that states its own complexity, \
                     may grow worse than intended"
                }
            ));
        } else {
            cx.ok(line);
        }
    }

    // Each wa_ solution's counterexample is no larger than its smallest
    // failing handwritten case.
    let limits = crate::engine::counterexample::Limits::default();
    for w in wrong
        .iter()
        .filter(|w| w.declared == Verdict::WrongAnswer.code())
    {
        let path = pkg.origin.join(&w.file);
        let j = crate::engine::counterexample::judge_explained(
            pkg,
            compiler,
            &cache,
            &judging::Submission {
                code: &w.code,
                path: &path,
                edition: DEFAULT_EDITION,
                build_dir: &own_build(pc, &w.file),
                incremental: false,
            },
            cases,
            ts,
            cx.jobs,
            Some(&limits),
            None,
        )?;
        // The smallest failing handwritten case; where only generated cases
        // fail, the smallest of those.
        let failing = |hand: bool| {
            ts.cases
                .iter()
                .zip(&j.cases)
                .filter(|(c, r)| {
                    c.generated != hand && r.verdict.is_some_and(|v| v != Verdict::Accepted)
                })
                .map(|(c, _)| c.input.len())
                .min()
        };
        let (bound, what) = match failing(true) {
            Some(b) => (Some(b), "handwritten case"),
            None => (failing(false), "case (no handwritten case fails)"),
        };
        match (&j.counterexample, bound) {
            (Some(found), Some(b)) if found.input.len() <= b => cx.ok(format!(
                    "counterexample: {} fails on {} ({} bytes; the smallest failing {what} has {b})",
                    w.file,
                    crate::engine::text::abbreviate(&found.input, 60),
                    found.input.len()
                ),
            ),
            (Some(found), b) => problems.push(format!(
                "counterexample: {} fails on {} ({} bytes), larger than the smallest failing {what} ({})",
                w.file,
                crate::engine::text::abbreviate(&found.input, 60),
                found.input.len(),
                b.map(|h| format!("{h} bytes")).unwrap_or("none".into())
            )),
            (None, _) => problems.push(format!(
                "counterexample: none found for {} ({})",
                w.file,
                j.counterexample_note.as_deref().unwrap_or("no note")
            )),
        }
    }
    Ok(())
}

fn known_cases(ts: &TestSet) -> Vec<Known> {
    ts.cases
        .iter()
        .map(|c| Known {
            name: c.name.clone(),
            input: c.input.clone(),
            expected: c.expected.clone(),
        })
        .collect()
}

/// Compiles one of the package's own files (wrong/, accepted/, the
/// reference) into its own build directory.
fn compile_file(
    pkg: &Package,
    compiler: &crate::engine::compile::Compiler,
    pc: &PackageCache,
    file: &str,
    code: &str,
) -> Result<std::result::Result<(crate::engine::compile::Binary, Duration), judging::Judgement>> {
    judging::compile(
        pkg,
        compiler,
        &judging::Submission {
            code,
            path: &pkg.origin.join(file),
            edition: DEFAULT_EDITION,
            build_dir: &own_build(pc, file),
            incremental: false,
        },
    )
}

/// The build directory of one of the package's own files (`wrong/x.rs`:
/// `wrong-x`), as `prebuild` and the checks below both use it.
fn own_build(pc: &PackageCache, file: &str) -> std::path::PathBuf {
    pc.build_dir(&testset::own_build(file))
}

/// Compiles everything verify runs into the build directories the checks
/// use: the test set's programs (the generator, the checker), and the
/// package's own solutions (the reference, the brute force, the stub, the
/// wrong/ and accepted/ solutions) as one program (`compile_together`),
/// beside them. The checks then find each build up to date. Where the
/// program of the package's solutions does not compile, each is built alone,
/// `cx.jobs` at a time, and a file that does not compile is reported by its
/// check, with its own diagnostics.
fn prebuild(cx: &Check, pkg: &Package, pc: &PackageCache) -> Result<()> {
    let app = cx.app;
    let compiler = app.compiler()?;
    let mut files: Vec<(String, String)> = vec![(
        crate::engine::package::REFERENCE.to_string(),
        pkg.reference()?.to_string(),
    )];
    if let Some(code) = pkg.brute() {
        files.push((crate::engine::package::BRUTE.to_string(), code.to_string()));
    }
    files.push((
        crate::engine::package::STUB.to_string(),
        glue::fill_empty_bodies(pkg.stub()?),
    ));
    files.extend(pkg.wrong_solutions().into_iter().map(|w| (w.file, w.code)));
    files.extend(pkg.accepted_solutions());
    let members: Vec<(String, std::path::PathBuf, std::path::PathBuf, &str)> = files
        .iter()
        .map(|(file, code)| {
            let build = own_build_name(file);
            (
                build.clone(),
                pkg.origin.join(file),
                pc.build_dir(&build),
                code.as_str(),
            )
        })
        .collect();
    let subs: Vec<judging::Submission> = members
        .iter()
        .map(|(_, path, build_dir, code)| judging::Submission {
            code,
            path,
            edition: DEFAULT_EDITION,
            build_dir,
            incremental: false,
        })
        .collect();
    // The test set's own programs that are not members build beside them.
    let mut tasks: Vec<testset::Prebuild> = testset::own_programs(pkg, compiler, pc)
        .into_iter()
        .filter(|(build, _)| !members.iter().any(|(b, ..)| b == build))
        .collect();
    tasks.push((
        "together".into(),
        Box::new(|| {
            drop(judging::compile_together(
                pkg,
                compiler,
                &subs,
                &pc.build_dir("together"),
            ))
        }),
    ));
    testset::in_parallel(&tasks, cx.jobs);
    // Whatever is not up to date now (every member, where they did not
    // compile together) is built alone.
    let alone: Vec<testset::Prebuild> = subs
        .iter()
        .zip(&members)
        .map(|(sub, (build, ..))| -> testset::Prebuild {
            (
                build.clone(),
                Box::new(move || drop(judging::compile(pkg, compiler, sub))),
            )
        })
        .collect();
    testset::in_parallel(&alone, cx.jobs);
    Ok(())
}

/// The build directory's name of one of the package's own files: the
/// reference's, the brute force's and the stub's own, else `wrong-x` for
/// `wrong/x.rs` (as the test set names the calibration solution's).
fn own_build_name(file: &str) -> String {
    match file {
        crate::engine::package::REFERENCE => "reference".into(),
        crate::engine::package::BRUTE => "brute".into(),
        crate::engine::package::STUB => "stub".into(),
        _ => testset::own_build(file),
    }
}

/// The stub, its bodies filled with `todo!()`, with the judge's glue.
fn compile_stub(pkg: &Package, compiler: &Compiler, pc: &PackageCache) -> Result<CompileOutcome> {
    let stub = glue::fill_empty_bodies(pkg.stub()?);
    compiler.compile(&CompileRequest {
        code: &stub,
        glue: &glue::generate(pkg, &stub),
        glue_needs: &glue::interface(pkg),
        display_path: &pkg.origin.join(crate::engine::package::STUB),
        build_dir: &pc.build_dir("stub"),
        edition: DEFAULT_EDITION,
        incremental: false,
    })
}

/// The limit must be at least `ACCEPTED_MARGIN` times the slowest accepted
/// solution's slowest case, and every tle_ solution's slowest case at least
/// `TLE_MARGIN` times the limit (Kattis' method).
pub const ACCEPTED_MARGIN: f64 = 2.0;
pub const TLE_MARGIN: f64 = 1.5;
/// Where a new multiplier puts the limit: 4x the slowest accepted case, so
/// that the 2x margin survives a verify run on a machine twice as loaded as
/// when the limit was set.
const SUGGESTED_MARGIN: f64 = 4.0;

struct Margins {
    limit_ms: f64,
    /// The slowest case of the solution the limit is a multiple of.
    basis_ms: f64,
    basis: String,
    floor_ms: f64,
    /// (file, its slowest case).
    /// `limits.time_multiplier`.
    multiplier: f64,
    slowest_accepted: (String, f64),
    /// The solutions that must be accepted and were only over the limit
    /// (`only_slow`): each is timed again side by side.
    over_limit: Vec<String>,
    fastest_tle: Option<(String, f64)>,
    /// Each judged file's slowest cases (indices), for `side_by_side`.
    heavy: HashMap<String, Vec<usize>>,
}

/// How many of a file's slowest cases `side_by_side` times, and how often.
const SIDE_BY_SIDE_CASES: usize = 3;
const SIDE_BY_SIDE_ROUNDS: usize = 3;

impl Margins {
    fn note_heavy(&mut self, file: &str, j: &judging::Judgement) {
        let mut order: Vec<(usize, f64)> = j
            .cases
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.time_ms.map(|t| (i, t)))
            .collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1));
        self.heavy.insert(
            file.to_string(),
            order
                .into_iter()
                .take(SIDE_BY_SIDE_CASES)
                .map(|(i, _)| i)
                .collect(),
        );
    }

    /// The margins again, the limit's basis, the slowest accepted solution
    /// and the fastest tle_ one timed side by side, in turns, on their
    /// slowest cases (each case at its fastest of the rounds): the limit is
    /// what it would be if it were set now. Where the limit is the floor,
    /// it stays the floor, and the solutions are still timed again: a slow
    /// moment is not their time. `None` where a file is missing or does
    /// not compile.
    fn side_by_side(
        &self,
        cx: &Check,
        pkg: &Package,
        pc: &PackageCache,
        ts: &TestSet,
    ) -> Result<Option<Margins>> {
        let app = cx.app;
        let compiler = app.compiler()?;
        let mut files = vec![self.basis.clone(), self.slowest_accepted.0.clone()];
        files.extend(self.over_limit.iter().cloned());
        files.extend(self.fastest_tle.iter().map(|(f, _)| f.clone()));
        let mut seen = std::collections::HashSet::new();
        files.retain(|f| seen.insert(f.clone()));
        let mut cases: Vec<usize> = files
            .iter()
            .flat_map(|f| self.heavy.get(f).cloned().unwrap_or_default())
            .collect();
        cases.sort_unstable();
        cases.dedup();
        let inputs: Vec<&str> = cases.iter().map(|&i| ts.cases[i].input.as_str()).collect();
        let mut binaries = Vec::new();
        for file in &files {
            let Some(code) = pkg.file(file) else {
                return Ok(None);
            };
            let built = compile_file(pkg, compiler, pc, file, code)?;
            let Ok((binary, _)) = built else {
                return Ok(None);
            };
            binaries.push(binary);
        }
        // The basis runs first in each round; the others are stopped a
        // little past twice the limit that round's basis gives (a tle_
        // solution counts there, as judging stops it).
        let mut fastest = vec![vec![Duration::MAX; inputs.len()]; files.len()];
        for _ in 0..SIDE_BY_SIDE_ROUNDS {
            let mut limit_ms = self.limit_ms;
            for (b, binary) in binaries.iter().enumerate() {
                let cap =
                    Duration::from_secs_f64(limit_ms * 2.0 / 1e3) + Duration::from_millis(100);
                let results = testset::run_trusted(
                    pkg,
                    compiler,
                    &binary.path(),
                    &inputs,
                    Some(cap),
                    cx.jobs,
                )?;
                let mut round = Duration::ZERO;
                for (k, r) in results.iter().enumerate() {
                    let t = match r {
                        CaseResult::Returned { time, .. } | CaseResult::Panicked { time, .. } => {
                            *time
                        }
                        CaseResult::TimedOut { ran, .. } => (*ran).max(cap),
                        _ => cap,
                    };
                    round = round.max(t);
                    fastest[b][k] = fastest[b][k].min(t);
                }
                if b == 0 {
                    limit_ms = limit_ms.max(self.multiplier * round.as_secs_f64() * 1e3);
                }
            }
        }
        let slowest = |b: usize| {
            fastest[b]
                .iter()
                .max()
                .copied()
                .unwrap_or_default()
                .as_secs_f64()
                * 1e3
        };
        let at = |file: &str| files.iter().position(|f| f == file).map(slowest);
        // The slowest of those that must be accepted, side by side.
        let accepted = std::iter::once(&self.slowest_accepted.0)
            .chain(&self.over_limit)
            .map(|f| (f, at(f).unwrap_or(self.slowest_accepted.1)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(f, t)| (f.clone(), t))
            .unwrap_or_else(|| self.slowest_accepted.clone());
        let tle = self.fastest_tle.as_ref().map(|(f, t)| at(f).unwrap_or(*t));
        Ok(Some(self.rescaled(
            at(&self.basis).unwrap_or(self.basis_ms),
            accepted,
            tle,
        )))
    }

    /// These margins with the limit set from `basis_ms` and the solutions'
    /// times replaced (all measured together).
    fn rescaled(
        &self,
        basis_ms: f64,
        slowest_accepted: (String, f64),
        tle_ms: Option<f64>,
    ) -> Margins {
        Margins {
            limit_ms: self.floor_ms.max(self.multiplier * basis_ms),
            basis_ms,
            basis: self.basis.clone(),
            floor_ms: self.floor_ms,
            multiplier: self.multiplier,
            slowest_accepted,
            over_limit: Vec::new(),
            fastest_tle: self
                .fastest_tle
                .as_ref()
                .zip(tle_ms)
                .map(|((f, _), t)| (f.clone(), t)),
            heavy: HashMap::new(),
        }
    }

    /// "1.8x under, 2.1x over": the ratios as first measured.
    fn ratios(&self) -> String {
        let mut out = format!(
            "{:.1}x under",
            self.limit_ms / self.slowest_accepted.1.max(1e-3)
        );
        if let Some((_, t)) = &self.fastest_tle {
            out.push_str(&format!(", {:.1}x over", t / self.limit_ms));
        }
        out
    }

    /// The margins line, or the problem with them and what would fix it.
    fn check(&self) -> std::result::Result<String, String> {
        let ms = |t: f64| crate::engine::text::duration(Duration::from_secs_f64(t / 1e3));
        let (slow_file, slow) = &self.slowest_accepted;
        let under = self.limit_ms / slow.max(1e-3);
        let mut line = format!(
            "margins: the limit {} is {under:.1}x the slowest accepted case ({slow_file}, {})",
            ms(self.limit_ms),
            ms(*slow)
        );
        if let Some((tle_file, t)) = &self.fastest_tle {
            line.push_str(&format!(
                "; the fastest tle_ is {:.1}x over it ({tle_file})",
                t / self.limit_ms
            ));
        }
        if under < ACCEPTED_MARGIN {
            let wanted = SUGGESTED_MARGIN * slow;
            let fix = if wanted <= self.floor_ms {
                String::new()
            } else {
                let calibrate = if slow_file == crate::engine::package::REFERENCE {
                    String::new()
                } else {
                    format!("calibrate = \"{slow_file}\" and ")
                };
                format!(
                    "; set [limits] {calibrate}time_multiplier = {SUGGESTED_MARGIN} (the limit \
                     is now {:.1}x {}'s slowest case, {})",
                    self.limit_ms / self.basis_ms.max(1e-3),
                    self.basis,
                    ms(self.basis_ms)
                )
            };
            return Err(format!(
                "{line}: under {ACCEPTED_MARGIN}x, an accepted solution could be TLE on a \
                 slower run{fix}"
            ));
        }
        if let Some((tle_file, t)) = &self.fastest_tle
            && *t < TLE_MARGIN * self.limit_ms
        {
            return Err(format!(
                "{line}: {tle_file} is less than {TLE_MARGIN}x over the limit, so it could \
                 pass on a faster run (make it slower, or lower the limit)"
            ));
        }
        Ok(line)
    }
}

/// What the limit is a multiple of, as verify's first line says it.
fn limit_basis(pkg: &Package, ts: &TestSet) -> String {
    let d = crate::engine::text::duration;
    let limits = &pkg.meta.limits;
    let floor = Duration::from_millis(limits.time_floor_ms);
    let (name, basis) = match (&limits.calibrate, ts.calibration_max) {
        (Some(file), Some(t)) => (file.as_str(), t),
        _ => (crate::engine::package::REFERENCE, ts.reference_max),
    };
    let mut text = if ts.time_limit <= floor {
        format!("the floor; {name}'s slowest case {}", d(basis))
    } else {
        format!(
            "{}x {name}'s slowest case {}",
            limits.time_multiplier,
            d(basis)
        )
    };
    if limits.calibrate.is_some() {
        text.push_str(&format!(", the reference's {}", d(ts.reference_max)));
    }
    text
}

/// Over the limit, and wrong nowhere: on a loaded moment, a solution the
/// limit fits can be. Its time is the margins' to judge, which time it
/// again beside the limit's basis (`Margins::side_by_side`) before they
/// blame it or the package.
fn only_slow(j: &judging::Judgement) -> bool {
    slow_and_right(j.verdict, j.cases.iter().map(|c| c.verdict))
}

/// `verdict` is TLE, and each case's is Accepted, TLE or none (not run).
fn slow_and_right(verdict: Verdict, cases: impl IntoIterator<Item = Option<Verdict>>) -> bool {
    verdict == Verdict::TimeLimitExceeded
        && cases.into_iter().all(|v| {
            matches!(
                v,
                None | Some(Verdict::Accepted | Verdict::TimeLimitExceeded)
            )
        })
}

/// What verify says of a solution that must be accepted and was `only_slow`.
fn slow_line(what: &str, j: &judging::Judgement) -> String {
    format!(
        "{what} right wherever it finished ({}/{}), but over the limit ({}): the margins \
         below time it again",
        j.passed,
        j.total,
        failure_text(j)
    )
}

fn failure_text(j: &judging::Judgement) -> String {
    match (&j.first_failure, &j.diagnostics) {
        (_, Some(d)) => d.lines().next().unwrap_or("").to_string(),
        (Some(f), _) => format!(
            "on `{}`: {}",
            f.case,
            crate::engine::text::abbreviate(&f.message, 100)
        ),
        _ => format!("{}/{}", j.passed, j.total),
    }
}

/// Runs the brute force on the cases, smallest first; returns how many it
/// finished and agreed on, or the first disagreement.
fn brute_agreement(
    cx: &Check,
    pkg: &Package,
    pc: &PackageCache,
    ts: &TestSet,
    cases: &[Known],
    code: &str,
) -> Result<std::result::Result<Agreement, String>> {
    let app = cx.app;
    let binary = testset::compile_brute(pkg, app.compiler()?, pc, code)?;
    let mut order: Vec<usize> = (0..cases.len()).collect();
    order.sort_by_key(|&i| cases[i].input.len());
    let inputs: Vec<&str> = order.iter().map(|&i| cases[i].input.as_str()).collect();
    // In growing size, and not past the first case it runs too long on:
    // too slow for one input, it is too slow for the larger ones, and each
    // would cost a run stopped at twice the limit.
    let results = execute::run(&RunPlan {
        binary: &binary.path(),
        libdir: &app.compiler()?.toolchain.target_libdir,
        inputs: &inputs,
        costs: &[],
        trusted: true,
        round_trip: pkg.shape.is_roundtrip(),
        time_limit: Some(BRUTE_CASE_LIMIT / 2),
        memory_mb: pkg.meta.limits.memory_mb.max(1024),
        jobs: cx.jobs,
        max_failing: 1,
        repeats: 1,
    })?
    .results;
    // The answers it finished in time, checked in one batch as if a
    // solution gave them.
    let mut answers: Vec<(usize, serde_json::Value, serde_json::Value)> = Vec::new();
    let mut too_slow_from = None;
    for (k, &i) in order.iter().enumerate() {
        let case = &cases[i];
        match &results[k] {
            CaseResult::Returned { value, time, .. } if *time <= BRUTE_CASE_LIMIT => {
                let e: serde_json::Value = serde_json::from_str(&case.expected).unwrap_or_default();
                match serde_json::from_str(value) {
                    Ok(a) => answers.push((i, e, a)),
                    Err(err) => {
                        return Ok(Err(format!(
                            "case `{}`: output is not JSON: {err}",
                            case.name
                        )));
                    }
                }
            }
            CaseResult::Panicked { message, .. } => {
                return Ok(Err(format!("panicked on case `{}`: {message}", case.name)));
            }
            _ => {
                too_slow_from.get_or_insert(case.input.len());
            }
        }
    }
    let items: Vec<crate::engine::check::Item> = answers
        .iter()
        .map(|(i, e, a)| crate::engine::check::Item {
            input: &cases[*i].input,
            expected: e,
            actual: a,
        })
        .collect();
    let checked = ts.checker(pkg).check_all(&items)?;
    for ((i, _, _), result) in answers.iter().zip(checked) {
        if let Err(m) = result {
            return Ok(Err(format!(
                "disagrees with the reference on case `{}`: {}",
                cases[*i].name, m.message
            )));
        }
    }
    let agreed = answers.len();
    if agreed == 0 {
        return Ok(Err("finished no case in time".into()));
    }
    Ok(Ok(Agreement {
        agreed,
        total: cases.len(),
        too_slow_from,
    }))
}

/// What `brute_agreement` found.
struct Agreement {
    agreed: usize,
    total: usize,
    /// The length of the shortest input it did not finish in time, if any:
    /// longer ones are taken to be too slow for it as well.
    too_slow_from: Option<usize>,
}

/// The complexity a solution states for itself in its header comment, as
/// `// Complexity: O(n)` (in terms of the package's size n).
fn stated_complexity(code: &str) -> Option<String> {
    code.lines()
        .take_while(|l| l.trim_start().starts_with("//"))
        .find_map(|l| {
            l.trim_start()
                .trim_start_matches('/')
                .trim()
                .strip_prefix("Complexity:")
                .map(|c| c.trim().to_string())
        })
}

/// An input with the reference's answer.
struct Known {
    name: String,
    input: String,
    expected: String,
}

/// Format 2: `gen size N seed S` over `size_range` (both ends and sizes
/// between, growing geometrically; two seeds) prints the same input every
/// time, the reference runs every one (the inputs are valid), and the brute
/// force agrees with it wherever it finishes.
fn sized_generator_check(
    cx: &Check,
    pkg: &Package,
    pc: &PackageCache,
    ts: &TestSet,
    brute_reach: Option<usize>,
) -> Result<std::result::Result<String, String>> {
    let app = cx.app;
    let Some([lo, hi]) = pkg.meta.size_range else {
        return Ok(Ok(String::new()));
    };
    let compiler = app.compiler()?;
    // Size 0 (an empty input) where the range allows it, then geometric.
    let from = lo.max(1);
    let mut sizes: Vec<u64> = (lo == 0 && hi > 0).then_some(0).into_iter().collect();
    sizes.extend((0..=SIZED_STEPS).map(|k| {
        let f = (hi.max(1) as f64 / from as f64).powf(k as f64 / SIZED_STEPS as f64);
        ((from as f64 * f).round() as u64).clamp(lo, hi)
    }));
    sizes.dedup();
    let requests: Vec<(u64, u64)> = sizes.iter().flat_map(|&n| [(n, 1), (n, 2)]).collect();
    let first = match testset::sized_inputs(pkg, compiler, pc, &requests) {
        Ok(v) => v,
        Err(e) => return Ok(Err(format!("sized generator: {e}"))),
    };
    let second = testset::sized_inputs(pkg, compiler, pc, &requests)?;
    if let Some(k) = (0..requests.len()).find(|&k| first[k] != second[k]) {
        let (n, seed) = requests[k];
        return Ok(Err(format!(
            "sized generator: `gen size {n} seed {seed}` printed a different input on a second \
             run (use only the Rng it is given)"
        )));
    }
    let reference = compile_reference(pkg, compiler, pc)?;
    let inputs: Vec<&str> = first.iter().map(|s| s.as_str()).collect();
    let results = testset::run_trusted(pkg, compiler, &reference.path(), &inputs, None, cx.jobs)?;
    let mut known = Vec::with_capacity(requests.len());
    for (k, result) in results.iter().enumerate() {
        let (n, seed) = requests[k];
        let name = format!("gen size {n} seed {seed}");
        match result {
            CaseResult::Returned { value, .. } => known.push(Known {
                name,
                input: first[k].clone(),
                expected: value.clone(),
            }),
            other => {
                return Ok(Err(format!(
                    "sized generator: the reference fails on `{name}` (an invalid input?): {}",
                    testset::describe(other)
                )));
            }
        }
    }
    // Not on inputs as long as one of the test set's it was too slow for:
    // each would cost a run stopped at its watchdog.
    known.retain(|k| brute_reach.is_none_or(|limit| k.input.len() < limit));
    let agreement = match pkg.brute() {
        Some(_) if known.is_empty() => "; all are too large for the brute force".to_string(),
        Some(code) => match brute_agreement(cx, pkg, pc, ts, &known, code)? {
            Ok(a) => format!("; the brute force agrees on {}", a.agreed),
            Err(e) => return Ok(Err(format!("sized generator: brute force {e}"))),
        },
        None => String::new(),
    };
    Ok(Ok(format!(
        "sized generator: {} inputs of sizes {} are the same on every run and the reference \
         runs them all{agreement}",
        requests.len(),
        sizes
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// Sizes checked between the ends of `size_range`, exclusive of the first.
const SIZED_STEPS: u32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_solution_states_its_own_complexity_in_its_header() {
        let code = "// Complexity: O(n)\n// Walks both arrays.\nimpl Solution {}\n";
        assert_eq!(stated_complexity(code).as_deref(), Some("O(n)"));
        let late = "// Walks both arrays.\nimpl Solution {}\n// Complexity: O(n)\n";
        assert_eq!(stated_complexity(late), None, "only the header counts");
        assert_eq!(stated_complexity("impl Solution {}\n"), None);
    }

    /// Over the limit and right wherever it finished: the margins decide.
    /// A wrong answer or a crash anywhere is the solution's own failure.
    #[test]
    fn only_a_solution_right_wherever_it_finished_is_left_to_the_margins() {
        use Verdict::*;
        let tle = TimeLimitExceeded;
        assert!(slow_and_right(tle, [Some(Accepted), Some(tle), None]));
        assert!(!slow_and_right(
            tle,
            [Some(Accepted), Some(WrongAnswer), Some(tle)]
        ));
        assert!(!slow_and_right(tle, [Some(RuntimeError), Some(tle)]));
        assert!(!slow_and_right(WrongAnswer, [Some(WrongAnswer)]));
        assert!(!slow_and_right(
            MemoryLimitExceeded,
            [Some(MemoryLimitExceeded)]
        ));
    }

    fn margins(limit_ms: f64, basis_ms: f64, accepted_ms: f64, tle_ms: Option<f64>) -> Margins {
        Margins {
            limit_ms,
            basis_ms,
            basis: "accepted/memo.rs".into(),
            floor_ms: 100.0,
            multiplier: 4.0,
            slowest_accepted: ("accepted/memo.rs".into(), accepted_ms),
            over_limit: Vec::new(),
            fastest_tle: tle_ms.map(|t| ("wrong/tle_plain.rs".to_string(), t)),
            heavy: HashMap::new(),
        }
    }

    /// A limit set at a quiet moment (4 x 122 ms) against a run under load
    /// (315 ms) is under 2x; timed side by side, the same solutions keep
    /// their ratio, and a limit that is really too tight still fails.
    #[test]
    fn margins_timed_side_by_side_tell_load_from_a_tight_limit() {
        let apart = margins(488.0, 122.0, 315.0, Some(1100.0));
        assert!(apart.check().is_err());
        assert_eq!(apart.ratios(), "1.5x under, 2.3x over");
        let together = apart.rescaled(210.0, ("accepted/memo.rs".into(), 215.0), Some(1780.0));
        assert!(together.check().is_ok(), "{:?}", together.check());
        // The accepted solution is slower than 2x the basis' share of the
        // limit whenever it is timed: a package error.
        assert!(
            apart
                .rescaled(122.0, ("accepted/memo.rs".into(), 300.0), Some(1100.0))
                .check()
                .is_err()
        );
        // A tle_ solution that is not 1.5x over a limit set now.
        assert!(
            apart
                .rescaled(210.0, ("accepted/memo.rs".into(), 215.0), Some(1000.0))
                .check()
                .is_err()
        );
        // Under the floor, the limit is the floor whatever the basis.
        assert_eq!(
            apart
                .rescaled(10.0, ("accepted/memo.rs".into(), 20.0), None)
                .limit_ms,
            100.0
        );
    }
}
