//! `judge run`: the examples and the workspace's tests.txt, or a custom
//! input, checked against the reference's answers. Shows each output beside
//! the expected one.

use crate::cli::app::App;
use crate::cli::args::{Format, RunArgs};
use crate::cli::report::{self, abbreviate, plural};
use crate::engine::compile::Compiler;
use crate::engine::execute::CaseResult;
use crate::engine::input;
use crate::engine::judging::{self, CaseSpec, Judgement, Submission};
use crate::engine::package::Package;
use crate::engine::testset::{PackageCache, TestCase, compile_reference, describe};
use crate::engine::verdict::Verdict;
use crate::engine::workspace::{self, TESTS_FILE};
use crate::error::{Error, Result, exit_code};
use crate::practice::history::{Clock, NewSubmission};
use crate::practice::vocabulary::SubmissionKind;
use std::path::Path;
use std::time::Duration;

/// A case the user wrote (`--input`, `tests.txt`), with the reference's answer.
struct Custom {
    name: String,
    /// Where it came from, for messages: `--input`, `tests.txt:7`.
    place: String,
    input: String,
    expected: String,
}

pub fn run(app: &App, args: RunArgs) -> Result<i32> {
    let target = crate::cli::target::resolve_target(app, &args.solution)?;
    if !target.clock_note.is_empty() {
        eprintln!("{}", app.err_style.yellow(&target.clock_note));
    }
    let pkg = &target.pkg;
    // The user's cases are read and checked before anything compiles, so a
    // bad one is reported against its argument and line.
    let tests_file = workspace::tests_path(&app.data, pkg);
    let mut custom = match &args.input {
        Some(text) => input_cases(pkg, text)?,
        None => file_cases(pkg, &tests_file)?,
    };
    let tests = app.testset(pkg)?;
    let compiler = app.compiler()?;
    let pc = PackageCache::new(&app.data.cache(), pkg);

    // tests.txt starts with the examples' inputs: they run once, as examples.
    let samples: Vec<&TestCase> = tests.cases.iter().filter(|c| c.sample).collect();
    let mut repeats = 0;
    if args.input.is_none() {
        let known: Vec<String> = samples.iter().map(|c| input::canonical(&c.input)).collect();
        let before = custom.len();
        custom.retain(|c| !known.contains(&c.input));
        repeats = before - custom.len();
    }
    expect_reference_answers(pkg, compiler, &pc, &mut custom)?;
    let mut cases: Vec<CaseSpec> = Vec::new();
    if args.input.is_none() {
        cases.extend(samples.iter().map(|c| CaseSpec::of(c)));
    }
    cases.extend(custom.iter().map(|c| CaseSpec {
        name: &c.name,
        sample: false,
        input: &c.input,
        expected: &c.expected,
        cost: Duration::ZERO,
    }));
    let from_file = if args.input.is_none() {
        Some(FromFile {
            cases: custom.len(),
            repeats,
        })
    } else {
        None
    };
    let build_dir = pc.build_dir("user");
    let j = judging::judge(
        pkg,
        compiler,
        &Submission {
            code: &target.code,
            path: &target.file,
            edition: &target.edition,
            build_dir: &build_dir,
            incremental: true,
        },
        &cases,
        &tests,
        1,
    )?;
    let report_json =
        serde_json::to_string(&j.for_record()).map_err(|e| Error::Internal(e.to_string()))?;
    app.history()?.record(
        &NewSubmission {
            attempt_id: target.attempt.as_ref().map(|a| a.id),
            problem: pkg.id.as_str(),
            kind: SubmissionKind::Run,
            verdict: j.verdict.code(),
            passed: j.passed,
            total: j.total,
            max_time_ms: j.max_time_ms,
            code: &target.code,
            report_json: &report_json,
        },
        None,
        Clock::now_ms()?,
    )?;
    match args.format {
        Format::Json => {
            let mut v = serde_json::to_value(&j).map_err(|e| Error::Internal(e.to_string()))?;
            v["outputs"] =
                serde_json::to_value(&j.outputs).map_err(|e| Error::Internal(e.to_string()))?;
            crate::cli::report::print_json(&v)?
        }
        Format::Human => print!(
            "{}",
            render(app, &pkg.shape.param_names(), &cases, &j, from_file)
        ),
    }
    Ok(if j.verdict == Verdict::Accepted {
        exit_code::ACCEPTED
    } else {
        exit_code::REJECTED
    })
}

/// How many cases came from tests.txt, and how many of its cases were
/// copies of the examples (run once, as examples).
#[derive(Clone, Copy)]
struct FromFile {
    cases: usize,
    repeats: usize,
}

/// `--input`'s cases: one, or several in LeetCode's testcase format.
fn input_cases(pkg: &Package, text: &str) -> Result<Vec<Custom>> {
    let found = input::parse_input(pkg, text).map_err(|e| {
        Error::Usage(match e.line {
            Some(line) => format!("--input, line {line}: {}", e.message),
            None => format!("--input: {}", e.message),
        })
    })?;
    let several = found.len() > 1;
    Ok(found
        .into_iter()
        .enumerate()
        .map(|(i, c)| Custom {
            name: if several {
                format!("custom-{}", i + 1)
            } else {
                "custom".into()
            },
            place: if several {
                format!("--input, line {}", c.line)
            } else {
                "--input".into()
            },
            input: c.input,
            expected: String::new(),
        })
        .collect())
}

/// The workspace's tests.txt, if there is one.
fn file_cases(pkg: &Package, path: &Path) -> Result<Vec<Custom>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::Usage(format!("cannot read {}: {e}", path.display())));
        }
    };
    let found = input::parse_testcases(pkg, &text).map_err(|e| {
        let at = e.line.map(|l| format!(":{l}")).unwrap_or_default();
        Error::Usage(format!(
            "{}{at}: {}\n  (your own cases for `judge run`: fix the line, or delete the file to start afresh)",
            path.display(),
            e.message
        ))
    })?;
    Ok(found
        .into_iter()
        .map(|c| Custom {
            name: format!("{TESTS_FILE}:{}", c.line),
            place: format!("{}:{}", path.display(), c.line),
            input: c.input,
            expected: String::new(),
        })
        .collect())
}

/// Fills in each case's expected answer from the reference. An input the
/// reference cannot take is the input's problem, said as such.
fn expect_reference_answers(
    pkg: &Package,
    compiler: &Compiler,
    pc: &PackageCache,
    custom: &mut [Custom],
) -> Result<()> {
    if custom.is_empty() {
        return Ok(());
    }
    let reference = compile_reference(pkg, compiler, pc)?;
    let inputs: Vec<&str> = custom.iter().map(|c| c.input.as_str()).collect();
    let results = crate::engine::testset::run_trusted(
        pkg,
        compiler,
        &reference.path(),
        &inputs,
        Some(Duration::from_secs(10)),
        1,
    )?;
    for (c, r) in custom.iter_mut().zip(&results) {
        c.expected = match r {
            CaseResult::Returned { value, .. } => value.clone(),
            CaseResult::InputError { message } => {
                return Err(Error::Usage(format!(
                    "{}: this input cannot be read: {message}",
                    c.place
                )));
            }
            other => {
                return Err(Error::Usage(format!(
                    "{}: this input has no answer from our reference solution ({}); is it within the problem's constraints? `judge show {}` lists them",
                    c.place,
                    describe(other),
                    pkg.id
                )));
            }
        };
    }
    Ok(())
}

/// `params`: the function's parameter names, to show an input as the
/// statement writes it (`nums = [1,2], target = 3`).
fn render(
    app: &App,
    params: &[String],
    cases: &[CaseSpec],
    j: &Judgement,
    from_file: Option<FromFile>,
) -> String {
    let s = &app.style;
    if j.verdict == Verdict::CompileError {
        return report::judgement(s, j, false);
    }
    let mut out = String::new();
    for (i, case) in cases.iter().enumerate() {
        let r = &j.cases[i];
        let mark = match r.verdict {
            Some(Verdict::Accepted) => s.green("✓ passed"),
            Some(v) => s.verdict(v, v.name()),
            None => s.dim("not run"),
        };
        out.push_str(&format!(
            "{} {}\n",
            s.bold(&format!("{}:", case.name)),
            mark
        ));
        out.push_str(&format!(
            "  {}     {}\n",
            s.dim("input"),
            abbreviate(&report::named_arguments(case.input, params), 300)
        ));
        match &j.outputs[i] {
            // A wrong answer shows where it first differs, as `submit` does.
            Some(o) if r.verdict == Some(Verdict::WrongAnswer) => {
                out.push_str(&report::diff_lines(
                    s,
                    case.expected,
                    &report::printable(o),
                    "output",
                ));
            }
            output => {
                out.push_str(&format!(
                    "  {}  {}\n",
                    s.dim("expected"),
                    abbreviate(case.expected, 300)
                ));
                if let Some(o) = output {
                    out.push_str(&format!(
                        "  {}    {}\n",
                        s.dim("output"),
                        report::printable(&abbreviate(o, 300))
                    ));
                }
            }
        }
        if let Some(d) = &r.detail {
            let why = report::wrap(
                &report::printable(d),
                s.width,
                "  why       ",
                "            ",
            );
            out.push_str(&why.replacen("why", &s.dim("why"), 1));
        }
        out.push_str(&report::printed(
            s,
            "stdout",
            "what your code printed",
            &r.stdout,
        ));
        out.push_str(&report::printed(s, "stderr", "dbg!, eprintln!", &r.stderr));
        out.push('\n');
    }
    let examples = cases.iter().filter(|c| c.sample).count();
    let what = match from_file {
        Some(f) if f.cases > 0 => format!(
            "passed ({}, {} from {TESTS_FILE})",
            plural(examples, "example"),
            f.cases
        ),
        Some(f) if f.repeats > 0 => format!("examples passed ({TESTS_FILE} holds only them)"),
        Some(_) => "examples passed".into(),
        None => "passed".into(),
    };
    let name = j.verdict.name();
    let line = report::wrap(
        &format!(
            "{name} {}/{} {what} · `judge submit` runs the hidden tests",
            j.passed, j.total
        ),
        s.width,
        "",
        "  ",
    );
    out.push_str(&line.replacen(name, &s.verdict(j.verdict, name), 1));
    out
}
