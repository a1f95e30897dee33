//! Judging one solution: compile, run in the sandbox, check, decide.
//!
//! The only place that turns per-case results into verdicts. It prints
//! nothing; `report` renders a `Judgement`.

use crate::engine::check;
use crate::engine::compile::{CompileOutcome, CompileRequest, Compiler, Member};
use crate::engine::conformance;
use crate::engine::execute::{self, CaseResult, RunPlan};
use crate::engine::glue;
use crate::engine::package::Package;
use crate::engine::testset::TestSet;
use crate::engine::verdict::Verdict;
use crate::error::Result;
use serde::Serialize;
use std::path::Path;
use std::time::Duration;

pub struct Submission<'a> {
    pub code: &'a str,
    /// The file as the user knows it (diagnostics and reports name it).
    pub path: &'a Path,
    pub edition: &'a str,
    pub build_dir: &'a Path,
    pub incremental: bool,
}

impl<'a> CaseSpec<'a> {
    /// The spec of one of a package's prepared test cases.
    pub fn of(c: &'a crate::engine::testset::TestCase) -> CaseSpec<'a> {
        CaseSpec {
            name: &c.name,
            sample: c.sample,
            input: &c.input,
            expected: &c.expected,
            cost: c.reference_time,
        }
    }
}

/// One case to judge: its input and the expected answer.
pub struct CaseSpec<'a> {
    pub name: &'a str,
    pub sample: bool,
    pub input: &'a str,
    pub expected: &'a str,
    /// The reference's time on it (zero where unknown), for packing batches.
    pub cost: Duration,
}

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct CaseReport {
    pub name: String,
    // Left out where false or empty: every stored submission holds one of
    // these per case.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// `None`: not run (an earlier case stopped its process too often).
    pub verdict: Option<Verdict>,
    pub time_ms: Option<f64>,
    pub memory_kb: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// What the solution printed during this case.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stdout: String,
    /// What it wrote to stderr during this case (`dbg!`, `eprintln!`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stderr: String,
}

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Failure {
    pub case: String,
    pub verdict: Verdict,
    pub input: String,
    pub expected: String,
    /// What the solution returned, when it returned.
    pub actual: Option<String>,
    pub message: String,
    /// The parameters' names, for showing `nums = [0,0,0]` (empty for a
    /// design class, whose input is its operations).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<String>,
    /// What the solution printed while running this case.
    pub stdout: String,
    /// What it wrote to stderr while running this case.
    #[serde(default)]
    pub stderr: String,
    /// Set in a stored report whose input and answers were too large to
    /// keep (`Judgement::for_record`): `input` (and `expected` when nothing
    /// was returned) hold what the report shows of them, and `expected`
    /// and `actual` the stretch around their first difference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<Excerpt>,
    /// The case did not finish because the solution waited, slept or was
    /// stopped (not because it computed too long).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub waited: bool,
}

/// What a stored failure kept of a large case: the case is named, and its
/// full input is in the package's test set.
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Excerpt {
    /// The full sizes, in characters.
    pub input_chars: usize,
    pub expected_chars: usize,
}

/// How much of a failing case a stored report keeps: inputs and answers up
/// to this many characters in full; past it, what the report shows.
pub const RECORD_KEEP_CHARS: usize = 512;

/// The characters a report shows of an input (`text::abbreviate`).
pub const SHOWN_INPUT_CHARS: usize = 400;

impl Failure {
    /// The failure as the history keeps it (see `Judgement::for_record`).
    fn for_record(&self) -> Failure {
        let len = |s: &str| s.chars().count();
        let actual_len = self.actual.as_deref().map_or(0, len);
        let (input_chars, expected_chars) = (len(&self.input), len(&self.expected));
        if input_chars.max(expected_chars).max(actual_len) <= RECORD_KEEP_CHARS {
            return self.clone();
        }
        let shown = |s: &str| crate::engine::text::abbreviate(s, SHOWN_INPUT_CHARS);
        let (expected, actual) = match &self.actual {
            Some(actual) => {
                let (e, a) = around_first_difference(&self.expected, actual, RECORD_KEEP_CHARS);
                (e, Some(a))
            }
            None => (shown(&self.expected), None),
        };
        Failure {
            input: shown(&self.input),
            expected,
            actual,
            excerpt: Some(Excerpt {
                input_chars,
                expected_chars,
            }),
            ..self.clone()
        }
    }
}

/// `expected` and `actual` cut to `keep` characters either side of their
/// first difference, with `…` where something was cut: a diff window of
/// fewer than `keep` characters on either side shows the same.
fn around_first_difference(expected: &str, actual: &str, keep: usize) -> (String, String) {
    let at = expected
        .chars()
        .zip(actual.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let from = at.saturating_sub(keep);
    let cut = |s: &str| -> String {
        let total = s.chars().count();
        let mut out: String = if from > 0 {
            "…".into()
        } else {
            String::new()
        };
        out.extend(s.chars().skip(from).take(at + keep - from));
        if at + keep < total {
            out.push('…');
        }
        out
    };
    (cut(expected), cut(actual))
}

impl Judgement {
    /// The judgement as the history stores it: the code, the verdict and
    /// the per-case results are kept; the failing case is referenced by
    /// name, with its input and answers cut to what the report shows when
    /// they are large (a hidden case can be megabytes, and every submission
    /// is kept).
    pub fn for_record(&self) -> Judgement {
        Judgement {
            first_failure: self.first_failure.as_ref().map(Failure::for_record),
            ..self.clone()
        }
    }
}

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Judgement {
    pub verdict: Verdict,
    pub passed: usize,
    pub total: usize,
    pub cases: Vec<CaseReport>,
    /// The first failing case in test order: it decides the verdict.
    pub first_failure: Option<Failure>,
    /// Other kinds of failure on later cases ("also TLE on 3 cases").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<OtherFailures>,
    /// What the judge checks beyond LeetCode found (a new node where the
    /// problem asks for one of the input's): said, never a rejection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Compiler diagnostics (CE) or the judge's own error (JE).
    pub diagnostics: Option<String>,
    pub compile_ms: f64,
    /// The build was reused (same source and flags as an earlier one), so
    /// `compile_ms` is the look-up, not a compile.
    #[serde(default)]
    pub compile_cached: bool,
    pub run_ms: f64,
    pub time_limit_ms: f64,
    pub reference_max_ms: f64,
    pub max_time_ms: f64,
    pub peak_memory_kb: u64,
    pub stderr: String,
    pub sandbox_layers: Vec<String>,
    /// Returned values by case (for `judge run`, which shows them).
    #[serde(skip)]
    pub outputs: Vec<Option<String>>,
    /// A small input the solution fails, found by `counterexample::search`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterexample: Option<Counterexample>,
    /// Why there is no counterexample although the solution failed (the
    /// package cannot search, nothing small failed, the search was skipped).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterexample_note: Option<String>,
    /// The measured growth against the intended complexity (`--analyze`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complexity: Option<crate::engine::growth::Complexity>,
}

/// A small input on which the solution fails (see `counterexample`).
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Counterexample {
    /// The JSON argument array.
    pub input: String,
    /// The parameters' names, for showing `nums = [0,0,0]` (empty for a
    /// design class, whose input is its operations).
    #[serde(default)]
    pub params: Vec<String>,
    /// The reference's answer.
    pub expected: String,
    /// The solution's answer, when it returned one.
    pub actual: Option<String>,
    pub verdict: Verdict,
    pub message: String,
    /// Inputs run (generated and shrunk).
    pub tries: usize,
    /// Shrinking steps that kept it failing.
    pub shrink_steps: usize,
}

/// Notes kept per judgement (the first few cases that have one).
const MAX_NOTES: usize = 3;

/// Cases after the first failing one that failed another way.
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct OtherFailures {
    pub verdict: Verdict,
    pub cases: usize,
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

/// Compiles the submission; `Err(judgement)` when it does not compile.
/// A file that does not fit the problem's signature is a compile error
/// before rustc runs, said at the user's lines (see `conformance`).
pub fn compile(
    pkg: &Package,
    compiler: &Compiler,
    sub: &Submission,
) -> Result<std::result::Result<(crate::engine::compile::Binary, Duration), Judgement>> {
    let mismatches = conformance::check(&pkg.shape, sub.code);
    if !mismatches.is_empty() {
        return Ok(Err(compile_error(
            conformance::render(sub.path, &mismatches),
            Duration::ZERO,
        )));
    }
    let glue = glue::generate(pkg, sub.code);
    let outcome = compiler.compile(&CompileRequest {
        code: sub.code,
        glue: &glue,
        glue_needs: &glue::interface(pkg),
        display_path: sub.path,
        build_dir: sub.build_dir,
        edition: sub.edition,
        incremental: sub.incremental,
    })?;
    Ok(match outcome {
        CompileOutcome::Built { binary, elapsed } => Ok((binary, elapsed)),
        CompileOutcome::Failed {
            diagnostics,
            elapsed,
        } => Err(compile_error(diagnostics, elapsed)),
    })
}

/// Compiles a package's own files `subs` (trusted: never a submission,
/// which is always built alone) as one program in `build_dir`
/// (`Compiler::compile_together`), so that `compile` then finds each one's
/// build up to date. A file the conformance check stops is left out
/// (`compile` reports it without building). `false`: nothing was built
/// together, and each file is built alone.
pub fn compile_together(
    pkg: &Package,
    compiler: &Compiler,
    subs: &[Submission],
    build_dir: &Path,
) -> Result<bool> {
    let needs = glue::interface(pkg);
    let glues: Vec<(&Submission, String, String)> = subs
        .iter()
        .filter(|s| conformance::check(&pkg.shape, s.code).is_empty())
        .map(|s| {
            (
                s,
                glue::generate(pkg, s.code),
                glue::generate_entry(pkg, s.code),
            )
        })
        .collect();
    let members: Vec<Member> = glues
        .iter()
        .map(|(s, glue, entry_glue)| Member {
            req: CompileRequest {
                code: s.code,
                glue,
                glue_needs: &needs,
                display_path: s.path,
                build_dir: s.build_dir,
                edition: s.edition,
                incremental: s.incremental,
            },
            entry_glue,
        })
        .collect();
    compiler.compile_together(&members, build_dir)
}

fn compile_error(diagnostics: String, elapsed: Duration) -> Judgement {
    Judgement {
        verdict: Verdict::CompileError,
        passed: 0,
        total: 0,
        cases: Vec::new(),
        first_failure: None,
        also: Vec::new(),
        notes: Vec::new(),
        diagnostics: Some(diagnostics),
        compile_ms: ms(elapsed),
        compile_cached: false,
        run_ms: 0.0,
        time_limit_ms: 0.0,
        reference_max_ms: 0.0,
        max_time_ms: 0.0,
        peak_memory_kb: 0,
        stderr: String::new(),
        sandbox_layers: Vec::new(),
        outputs: Vec::new(),
        counterexample: None,
        counterexample_note: None,
        complexity: None,
    }
}

/// Judges a submission on `cases`.
pub fn judge(
    pkg: &Package,
    compiler: &Compiler,
    sub: &Submission,
    cases: &[CaseSpec],
    limits: &TestSet,
    jobs: usize,
) -> Result<Judgement> {
    judge_in_prefixes(pkg, compiler, sub, cases, limits, jobs, cases.len())
}

/// Verify's question about a solution that must fail: which case fails
/// first, in test order, and how. The cases run in growing prefixes (8,
/// then four times as many, up to all) and stop at the first prefix with a
/// failing case. That case is the first failing case of the whole set, so
/// the verdict and the failure are what judging every case gives; the
/// judgement covers the prefix only (`total`, `cases`).
pub fn judge_until_failing(
    pkg: &Package,
    compiler: &Compiler,
    sub: &Submission,
    cases: &[CaseSpec],
    limits: &TestSet,
    jobs: usize,
) -> Result<Judgement> {
    judge_in_prefixes(pkg, compiler, sub, cases, limits, jobs, FIRST_PREFIX)
}

/// Compiles, then judges the first `first` cases, then four times as many,
/// up to all, and stops at the first prefix with a failing case (`first`
/// = all: one run of every case).
fn judge_in_prefixes(
    pkg: &Package,
    compiler: &Compiler,
    sub: &Submission,
    cases: &[CaseSpec],
    limits: &TestSet,
    jobs: usize,
    first: usize,
) -> Result<Judgement> {
    let (binary, compile_time) = match compile(pkg, compiler, sub)? {
        Ok(b) => b,
        Err(ce) => {
            return Ok(Judgement {
                total: cases.len(),
                ..ce
            });
        }
    };
    let mut end = first.max(1).min(cases.len());
    loop {
        let j = judge_binary(
            pkg,
            &binary.path(),
            &compiler.toolchain.target_libdir,
            compile_time,
            &cases[..end],
            limits,
            jobs,
        )?;
        if j.verdict != Verdict::Accepted || end == cases.len() {
            return Ok(Judgement {
                compile_cached: binary.cached,
                ..j
            });
        }
        end = (end * 4).min(cases.len());
    }
}

/// The cases `judge_until_failing` runs first.
const FIRST_PREFIX: usize = 8;

pub fn judge_binary(
    pkg: &Package,
    binary: &Path,
    libdir: &Path,
    compile_time: Duration,
    cases: &[CaseSpec],
    limits: &TestSet,
    jobs: usize,
) -> Result<Judgement> {
    let (time_limit, reference_max) = (limits.time_limit, limits.reference_max);
    let inputs: Vec<&str> = cases.iter().map(|c| c.input).collect();
    let costs: Vec<Duration> = cases.iter().map(|c| c.cost).collect();
    let memory_mb = pkg.meta.limits.memory_mb;
    let started = std::time::Instant::now();
    let run = execute::run(&RunPlan {
        binary,
        libdir,
        inputs: &inputs,
        costs: &costs,
        trusted: false,
        round_trip: pkg.shape.is_roundtrip(),
        time_limit: Some(time_limit),
        memory_mb,
        jobs,
        max_failing: execute::MAX_FAILING_PROCESSES,
        repeats: 1,
    })?;
    let run_time = started.elapsed();
    let mut reports = Vec::with_capacity(cases.len());
    let mut failures: Vec<(usize, Verdict, Option<String>, String)> = Vec::new();
    let mut outputs = Vec::with_capacity(cases.len());
    let mut max_time = Duration::ZERO;
    let mut notes: Vec<String> = Vec::new();
    // Every answer that reached the checker is checked in one batch (a
    // package's own checker is one run of its program).
    let mut verdicts: Vec<CaseVerdict> = Vec::with_capacity(cases.len());
    let mut answers: Vec<(usize, serde_json::Value, serde_json::Value)> = Vec::new();
    let checker = limits.checker(pkg);
    let identical_accepted = checker.accepts_identical();
    for (i, (case, result)) in cases.iter().zip(&run.results).enumerate() {
        match case_verdict(case, result, time_limit, memory_mb, identical_accepted) {
            Decided(v) => verdicts.push(v),
            ToCheck(v, expected, actual) => {
                verdicts.push(v);
                answers.push((i, expected, actual));
            }
        }
    }
    let items: Vec<check::Item> = answers
        .iter()
        .map(|(i, expected, actual)| check::Item {
            input: cases[*i].input,
            expected,
            actual,
        })
        .collect();
    let checked = checker.check_all(&items)?;
    for ((i, _, _), result) in answers.iter().zip(checked) {
        let v = &mut verdicts[*i];
        match result {
            Ok(()) => v.0 = Some(Verdict::Accepted),
            Err(m) => {
                v.0 = Some(Verdict::WrongAnswer);
                v.4 = Some(m.message);
            }
        }
    }
    for (i, ((case, result), (verdict, time, memory, actual, detail))) in
        cases.iter().zip(&run.results).zip(verdicts).enumerate()
    {
        if let CaseResult::Returned { notes: n, .. } = result
            && notes.len() < MAX_NOTES
        {
            notes.extend(n.iter().map(|t| format!("case `{}`: {t}", case.name)));
        }
        if let Some(t) = time {
            max_time = max_time.max(t);
        }
        outputs.push(actual.clone());
        if let Some(v) = verdict
            && v != Verdict::Accepted
        {
            failures.push((i, v, actual, detail.clone().unwrap_or_default()));
        }
        reports.push(CaseReport {
            name: case.name.to_string(),
            sample: case.sample,
            verdict,
            time_ms: time.map(ms),
            memory_kb: memory,
            detail,
            stdout: run.stdout.get(&i).cloned().unwrap_or_default(),
            stderr: run.stderr_by_case.get(&i).cloned().unwrap_or_default(),
        });
    }
    let passed = reports
        .iter()
        .filter(|r| r.verdict == Some(Verdict::Accepted))
        .count();
    // As on LeetCode, the first failing case in test order (samples first,
    // then small to large) decides; the report also counts the other kinds
    // of failure further on.
    let mut verdict = Verdict::decide(failures.iter().map(|f| f.1));
    if verdict == Verdict::Accepted && passed < cases.len() {
        // Cases that never ran cannot be accepted; this only happens if the
        // judge lost track of a process.
        verdict = Verdict::JudgeError;
    }
    let mut also: Vec<OtherFailures> = Vec::new();
    for (_, v, _, _) in failures.iter().skip(1) {
        if *v == verdict {
            continue;
        }
        match also.iter_mut().find(|o| o.verdict == *v) {
            Some(o) => o.cases += 1,
            None => also.push(OtherFailures {
                verdict: *v,
                cases: 1,
            }),
        }
    }
    also.sort_by_key(|o| {
        crate::engine::verdict::PRECEDENCE
            .iter()
            .position(|p| *p == o.verdict)
    });
    let first_failure = failures.first().map(|(i, v, actual, message)| Failure {
        case: cases[*i].name.to_string(),
        verdict: *v,
        input: cases[*i].input.to_string(),
        expected: cases[*i].expected.to_string(),
        actual: actual.clone(),
        message: message.clone(),
        params: pkg.shape.param_names(),
        stdout: run.stdout.get(i).cloned().unwrap_or_default(),
        stderr: run.stderr_by_case.get(i).cloned().unwrap_or_default(),
        excerpt: None,
        waited: matches!(run.results[*i], CaseResult::Blocked { .. }),
    });
    Ok(Judgement {
        verdict,
        passed,
        total: cases.len(),
        cases: reports,
        first_failure,
        also,
        notes,
        diagnostics: None,
        compile_ms: ms(compile_time),
        compile_cached: false,
        run_ms: ms(run_time),
        time_limit_ms: ms(time_limit),
        reference_max_ms: ms(reference_max),
        max_time_ms: ms(max_time),
        peak_memory_kb: run.peak_memory_kb,
        stderr: run.stderr,
        sandbox_layers: run.layers,
        outputs,
        counterexample: None,
        counterexample_note: None,
        complexity: None,
    })
}

type CaseVerdict = (
    Option<Verdict>,
    Option<Duration>,
    Option<u64>,
    Option<String>,
    Option<String>,
);

/// A case's verdict, or an answer for the checker to decide (the verdict
/// is then filled in from its result).
enum Outcome {
    Decided(CaseVerdict),
    ToCheck(CaseVerdict, serde_json::Value, serde_json::Value),
}
use Outcome::{Decided, ToCheck};

/// `identical_accepted`: the checker accepts an answer equal byte for byte
/// to the expected one (see `Checker::accepts_identical`), so such an answer
/// is decided without parsing either into a tree.
fn case_verdict(
    case: &CaseSpec,
    result: &CaseResult,
    limit: Duration,
    memory_mb: u64,
    identical_accepted: bool,
) -> Outcome {
    let over = |t: Duration| {
        format!(
            "took {}, {:.1}x the time limit of {}",
            crate::engine::text::duration(t),
            t.as_secs_f64() / limit.as_secs_f64(),
            crate::engine::text::duration(limit)
        )
    };
    let mem_over = |kb: u64| kb > memory_mb * 1024;
    Decided(match result {
        CaseResult::Returned {
            value,
            time,
            memory_kb,
            ..
        } => {
            let (t, m) = (Some(*time), Some(*memory_kb));
            if *time > limit {
                return Decided((
                    Some(Verdict::TimeLimitExceeded),
                    t,
                    m,
                    Some(value.clone()),
                    Some(over(*time)),
                ));
            }
            if mem_over(*memory_kb) {
                return Decided((
                    Some(Verdict::MemoryLimitExceeded),
                    t,
                    m,
                    Some(value.clone()),
                    Some(format!(
                        "used {} MB, the limit is {memory_mb} MB",
                        memory_kb / 1024
                    )),
                ));
            }
            // An answer far larger than the expected one is wrong whatever it
            // holds: say so without parsing it, so the judge's own memory stays
            // a small multiple of the expected answers.
            if value.len() > max_answer_len(case.expected) {
                return Decided((
                    Some(Verdict::WrongAnswer),
                    t,
                    m,
                    Some(crate::engine::text::abbreviate(value, 200)),
                    Some(format!(
                        "the answer is {}, far more than the expected answer's {} (not compared)",
                        crate::engine::text::bytes(value.len() as u64),
                        crate::engine::text::bytes(case.expected.len() as u64)
                    )),
                ));
            }
            if identical_accepted && value == case.expected && is_json(value) {
                return Decided((Some(Verdict::Accepted), t, m, Some(value.clone()), None));
            }
            let actual: serde_json::Value = match serde_json::from_str(value) {
                Ok(v) => v,
                Err(e) => {
                    return Decided((
                        Some(Verdict::JudgeError),
                        t,
                        m,
                        Some(value.clone()),
                        Some(format!("the solution's output could not be read back: {e}")),
                    ));
                }
            };
            let expected: serde_json::Value = match serde_json::from_str(case.expected) {
                Ok(v) => v,
                Err(e) => {
                    return Decided((
                        Some(Verdict::JudgeError),
                        t,
                        m,
                        Some(value.clone()),
                        Some(format!("bad expected answer: {e}")),
                    ));
                }
            };
            return ToCheck((None, t, m, Some(value.clone()), None), expected, actual);
        }
        CaseResult::Panicked {
            message,
            time,
            memory_kb,
        } => {
            if *time > limit {
                return Decided((
                    Some(Verdict::TimeLimitExceeded),
                    Some(*time),
                    Some(*memory_kb),
                    None,
                    Some(over(*time)),
                ));
            }
            (
                Some(Verdict::RuntimeError),
                Some(*time),
                Some(*memory_kb),
                None,
                Some(format!("panicked: {message}")),
            )
        }
        CaseResult::TimedOut { ran, stopped } => (
            Some(Verdict::TimeLimitExceeded),
            Some(*ran),
            None,
            None,
            Some(if *stopped {
                format!(
                    "stopped after {} ({:.1}x the time limit of {}) and still running",
                    crate::engine::text::duration(*ran),
                    ran.as_secs_f64() / limit.as_secs_f64(),
                    crate::engine::text::duration(limit)
                )
            } else {
                over(*ran)
            }),
        ),
        CaseResult::Blocked { cpu, wall } => (
            Some(Verdict::TimeLimitExceeded),
            Some(*wall),
            None,
            None,
            Some(format!(
                "did not finish: it waited, slept or was stopped for {} (using {} of CPU), \
                 far past the time limit of {}",
                crate::engine::text::duration(*wall),
                crate::engine::text::duration(*cpu),
                crate::engine::text::duration(limit)
            )),
        ),
        CaseResult::MemoryExceeded { message } => (
            Some(Verdict::MemoryLimitExceeded),
            None,
            None,
            None,
            Some(format!("{message} (limit {memory_mb} MB)")),
        ),
        CaseResult::OutputExceeded { bytes, printed } => (
            Some(Verdict::OutputLimitExceeded),
            None,
            None,
            None,
            Some(if *printed {
                format!(
                    "it printed {} (stdout and stderr), over the {} limit on prints",
                    crate::engine::text::bytes(*bytes),
                    crate::engine::text::bytes(execute::PRINT_LIMIT)
                )
            } else {
                format!(
                    "its answers reached {}, the limit",
                    crate::engine::text::bytes(execute::OUTPUT_LIMIT)
                )
            }),
        ),
        CaseResult::Crashed { message } => (
            Some(Verdict::RuntimeError),
            None,
            None,
            None,
            Some(message.clone()),
        ),
        CaseResult::InputError { message } => (
            Some(Verdict::JudgeError),
            None,
            None,
            None,
            Some(format!(
                "the judge could not pass this case to the solution: {message}"
            )),
        ),
        CaseResult::NotRun => (None, None, None, None, None),
    })
}

/// Whether `text` is one JSON value, checked without building it (an
/// answer the tree could not be read from is never accepted unread).
fn is_json(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// The longest answer worth parsing: twice the expected answer and 4 KB
/// (whitespace, float digits and answers in another order all fit).
fn max_answer_len(expected: &str) -> usize {
    expected.len() * 2 + 4096
}
