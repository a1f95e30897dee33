//! `judge grade FILE...`: non-interactive judging for CI, files in parallel.

use crate::cli::app::App;
use crate::cli::args::{GradeArgs, GradeFormat};
use crate::cli::report;
use crate::engine::judging::{self, CaseSpec, Judgement, Submission};
use crate::engine::package::{Package, ProblemId};
use crate::engine::testset::TestSet;
use crate::engine::verdict::Verdict;
use crate::error::{Error, Result, exit_code};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Serialize)]
struct FileResult {
    file: String,
    problem: String,
    verdict: Verdict,
    passed: usize,
    total: usize,
    first_failure: Option<judging::Failure>,
    /// Other kinds of failure on later cases.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    also: Vec<judging::OtherFailures>,
    /// What the judge checks beyond LeetCode found, on an accepted file too.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    notes: Vec<String>,
    diagnostics: Option<String>,
    compile_ms: f64,
    max_time_ms: f64,
    time_limit_ms: f64,
    peak_memory_kb: u64,
    /// The sandbox layers that were active for this file's runs.
    sandbox_layers: Vec<String>,
    /// A small input the file fails (unless --no-shrink).
    #[serde(skip_serializing_if = "Option::is_none")]
    counterexample: Option<judging::Counterexample>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counterexample_note: Option<String>,
    /// The measured growth (with --analyze).
    #[serde(skip_serializing_if = "Option::is_none")]
    complexity: Option<crate::engine::growth::Complexity>,
}

pub fn run(app: &App, args: GradeArgs) -> Result<i32> {
    let edition = args.edition.clone().unwrap_or_else(|| app.edition.clone());
    crate::cli::target::check_edition(&edition)?;
    // Fail closed: other people's code runs only inside the layers that
    // contain it, unless the user says the code is trusted.
    let missing = super::doctor::missing_for_grading();
    if !missing.is_empty() && !args.allow_degraded_sandbox {
        return Err(Error::Setup(format!(
            "judge grade refuses to run untrusted code: the sandbox layers it needs are missing: {}. \
             `judge doctor` shows every layer; --allow-degraded-sandbox grades anyway (only for code you trust)",
            missing.join("; ")
        )));
    }
    let files = shard(&args.files, args.shard.as_deref())?;
    // Resolve every file's problem first: a usage error stops before any work.
    let forced = args.problem.as_deref().map(ProblemId::normalize);
    let mut jobs: Vec<(PathBuf, ProblemId, String)> = Vec::new();
    for file in &files {
        let code = crate::paths::read_source(file)
            .map_err(|e| Error::Usage(format!("cannot read {}: {e}", file.display())))?;
        let id = match &forced {
            Some(id) => id.clone(),
            None => crate::cli::target::id_from_file_name(app, file).ok_or_else(|| {
                Error::Usage(format!(
                    "{}: cannot tell which problem this solves; name it after the problem (lc-15.rs, lc-15_alice.rs) or pass --problem",
                    file.display()
                ))
            })?,
        };
        jobs.push((file.clone(), id, code));
    }
    let mut packages: BTreeMap<ProblemId, (Package, TestSet)> = BTreeMap::new();
    for (_, id, _) in &jobs {
        if !packages.contains_key(id) {
            let pkg = app.catalog.get(id)?;
            let ts = app.testset(&pkg)?;
            packages.insert(id.clone(), (pkg, ts));
        }
    }
    // Built once here, before the threads share it.
    app.compiler()?;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Judgement>>>> =
        Mutex::new((0..jobs.len()).map(|_| None).collect());
    let workers = app.jobs.min(jobs.len()).max(1);
    // Only the human report: machine formats keep stderr for errors.
    let bar = if args.format == GradeFormat::Human {
        app.bar(jobs.len(), "graded")
    } else {
        None
    };
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((file, id, code)) = jobs.get(i) else {
                        break;
                    };
                    let (pkg, ts) = &packages[id];
                    let r = grade_one(app, pkg, ts, file, code, &edition, &args);
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(r);
                    }
                }
            });
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let results = results
        .into_inner()
        .map_err(|_| Error::Internal("a grading thread panicked".into()))?;
    let mut out = Vec::new();
    for ((file, id, _), r) in jobs.iter().zip(results) {
        let j =
            r.ok_or_else(|| Error::Internal(format!("{} was not graded", file.display())))??;
        out.push(FileResult {
            file: file.display().to_string(),
            problem: id.to_string(),
            verdict: j.verdict,
            passed: j.passed,
            total: j.total,
            first_failure: j.first_failure,
            also: j.also,
            notes: j.notes,
            diagnostics: j.diagnostics,
            compile_ms: j.compile_ms,
            max_time_ms: j.max_time_ms,
            time_limit_ms: j.time_limit_ms,
            peak_memory_kb: j.peak_memory_kb,
            sandbox_layers: j.sandbox_layers,
            counterexample: j.counterexample,
            counterexample_note: j.counterexample_note,
            complexity: j.complexity,
        });
    }
    let accepted = out
        .iter()
        .filter(|r| r.verdict == Verdict::Accepted)
        .count();
    match args.format {
        GradeFormat::Json => crate::cli::report::print_json(&serde_json::json!({
            "results": out,
            "summary": { "files": out.len(), "accepted": accepted, "rejected": out.len() - accepted },
        }))?,
        GradeFormat::Junit => print!("{}", junit(&out)?),
        GradeFormat::Human => print_human(app, &out, accepted),
    }
    Ok(if accepted == out.len() {
        exit_code::ACCEPTED
    } else {
        exit_code::REJECTED
    })
}

/// The files of shard `K/N`: every N-th file of the sorted list, from the
/// K-th, so that N CI jobs given the same list (in any order) split it
/// without overlap. Files keep the order they were given in.
fn shard(files: &[PathBuf], spec: Option<&str>) -> Result<Vec<PathBuf>> {
    let mut sorted = files.to_vec();
    sorted.sort();
    sorted.dedup();
    let Some(spec) = spec else {
        let mut seen = std::collections::HashSet::new();
        return Ok(files.iter().filter(|f| seen.insert(*f)).cloned().collect());
    };
    let parsed = spec.split_once('/').and_then(|(k, n)| {
        Some((
            k.trim().parse::<usize>().ok()?,
            n.trim().parse::<usize>().ok()?,
        ))
    });
    match parsed {
        Some((k, n)) if n >= 1 && (1..=n).contains(&k) => {
            let mine: std::collections::HashSet<PathBuf> = sorted
                .into_iter()
                .enumerate()
                .filter(|(i, _)| i % n == k - 1)
                .map(|(_, f)| f)
                .collect();
            let mut seen = std::collections::HashSet::new();
            Ok(files
                .iter()
                .filter(|f| mine.contains(*f) && seen.insert(*f))
                .cloned()
                .collect())
        }
        _ => Err(Error::Usage(format!(
            "--shard {spec}: expected K/N with 1 <= K <= N, e.g. 2/4"
        ))),
    }
}

/// JUnit XML: one test suite per problem, one test case per file.
fn junit(results: &[FileResult]) -> Result<String> {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut report = Report::new("judge grade");
    let mut suites: BTreeMap<&str, TestSuite> = BTreeMap::new();
    for r in results {
        let status = if r.verdict == Verdict::Accepted {
            TestCaseStatus::success()
        } else {
            // A judge error is the judge's fault: an error, not a failure.
            let kind = if r.verdict == Verdict::JudgeError {
                NonSuccessKind::Error
            } else {
                NonSuccessKind::Failure
            };
            let mut st = TestCaseStatus::non_success(kind);
            st.set_type(r.verdict.code());
            let (message, description) = match (&r.first_failure, &r.diagnostics) {
                (_, Some(d)) => (format!("{}: does not compile", r.verdict.name()), d.clone()),
                (Some(f), _) => (
                    format!(
                        "{} — {}/{} passed; case `{}`: {}",
                        r.verdict.name(),
                        r.passed,
                        r.total,
                        f.case,
                        f.message
                    ),
                    // Cut as the report cuts them: a CI page is no place
                    // for an 18,000-character input.
                    format!(
                        "input:    {}\nexpected: {}\nactual:   {}\n{}",
                        report::abbreviate(&f.input, JUNIT_VALUE_CHARS),
                        report::abbreviate(&f.expected, JUNIT_VALUE_CHARS),
                        report::abbreviate(
                            f.actual.as_deref().unwrap_or("(none)"),
                            JUNIT_VALUE_CHARS
                        ),
                        if f.stdout.is_empty() {
                            String::new()
                        } else {
                            format!(
                                "stdout:\n{}",
                                report::abbreviate(&f.stdout, JUNIT_VALUE_CHARS)
                            )
                        }
                    ),
                ),
                _ => (
                    format!("{} — {}/{} passed", r.verdict.name(), r.passed, r.total),
                    String::new(),
                ),
            };
            st.set_message(message);
            if !description.is_empty() {
                st.set_description(description);
            }
            st
        };
        let mut case = TestCase::new(r.file.clone(), status);
        case.set_classname(r.problem.clone());
        case.set_time(std::time::Duration::from_secs_f64(
            (r.compile_ms + r.max_time_ms) / 1e3,
        ));
        suites
            .entry(r.problem.as_str())
            .or_insert_with(|| TestSuite::new(r.problem.clone()))
            .add_test_case(case);
    }
    report.add_test_suites(suites.into_values());
    report
        .to_string()
        .map_err(|e| Error::Internal(format!("cannot write JUnit XML: {e}")))
}

fn grade_one(
    app: &App,
    pkg: &Package,
    ts: &TestSet,
    file: &std::path::Path,
    code: &str,
    edition: &str,
    args: &GradeArgs,
) -> Result<Judgement> {
    let compiler = app.compiler()?;
    let build = tempfile::Builder::new()
        .prefix("judge-grade-")
        .tempdir()
        .map_err(|e| Error::Io {
            context: "cannot create a build directory".into(),
            source: e,
        })?;
    let path = file.canonicalize().unwrap_or_else(|_| file.to_path_buf());
    let cases: Vec<CaseSpec> = ts.cases.iter().map(CaseSpec::of).collect();
    let search = crate::engine::counterexample::Limits::default();
    crate::engine::counterexample::judge_explained(
        pkg,
        compiler,
        &app.data.cache(),
        &Submission {
            code,
            path: &path,
            edition,
            build_dir: build.path(),
            incremental: false,
        },
        &cases,
        ts,
        1,
        (!args.no_shrink).then_some(&search),
        args.analyze
            .then_some(&crate::engine::growth::Options::default()),
    )
}

/// The longest input, answer or output a JUnit report holds, in characters.
const JUNIT_VALUE_CHARS: usize = 2000;

fn print_human(app: &App, out: &[FileResult], accepted: usize) {
    let s = &app.style;
    let w = out.iter().map(|r| r.file.len()).max().unwrap_or(4).min(50);
    for r in out {
        let code = s.verdict(r.verdict, &format!("{:<3}", r.verdict.code()));
        let detail = match (&r.first_failure, &r.diagnostics) {
            (_, Some(d)) => d
                .lines()
                .find(|l| l.starts_with("error"))
                .unwrap_or("does not compile")
                .to_string(),
            (Some(f), _) => format!("case `{}`: {}", f.case, report::abbreviate(&f.message, 160)),
            _ => format!("max {:.1} ms", r.max_time_ms),
        };
        println!(
            "{code} {:<w$}  {:<7} {:>4}/{:<4} {}",
            report::printable(&r.file),
            r.problem,
            r.passed,
            r.total,
            s.dim(&report::printable(&detail))
        );
        if let Some(c) = &r.complexity {
            print!("{}", report::growth(s, c).trim_start_matches('\n'));
        }
        if r.counterexample.is_some() {
            print!(
                "{}",
                report::counterexample(s, r.counterexample.as_ref(), None).trim_start_matches('\n')
            );
        }
    }
    println!("{}", s.bold(&format!("{accepted}/{} accepted", out.len())));
}
