//! `judge run`: the examples, or a custom input checked against the
//! reference's answer. Shows each output beside the expected one.

use crate::cli::app::App;
use crate::cli::args::{Format, RunArgs};
use crate::cli::report::{self, abbreviate};
use crate::engine::execute::{self, CaseResult, RunPlan};
use crate::engine::judging::{self, CaseSpec, Judgement, Submission};
use crate::engine::testset::{PackageCache, compile_reference, describe};
use crate::engine::verdict::Verdict;
use crate::error::{Error, Result, exit_code};
use crate::practice::history::{Clock, NewSubmission};
use crate::practice::vocabulary::SubmissionKind;
use std::time::Duration;

pub fn run(app: &App, args: RunArgs) -> Result<i32> {
    let target = crate::cli::target::resolve_target(app, &args.solution)?;
    if !target.clock_note.is_empty() {
        eprintln!("{}", app.err_style.yellow(&target.clock_note));
    }
    let pkg = &target.pkg;
    if let Some(input) = &args.input {
        match serde_json::from_str::<serde_json::Value>(input) {
            Ok(v) if v.is_array() => {}
            Ok(_) => {
                return Err(Error::Usage(
                    "--input: expected a JSON array of the arguments, e.g. '[[1,2,3],2]'".into(),
                ));
            }
            Err(e) => {
                return Err(Error::Usage(format!(
                    "--input: not valid JSON ({e}); expected the arguments as a JSON array, e.g. '[[1,2,3],2]'"
                )));
            }
        }
    }
    let tests = app.testset(pkg)?;
    let compiler = app.compiler()?;
    let pc = PackageCache::new(&app.data.cache(), pkg);

    // The cases: the samples, or the custom input with the reference's answer.
    let custom_expected;
    let cases: Vec<CaseSpec> = match &args.input {
        Some(input) => {
            let reference = compile_reference(pkg, compiler, &pc)?;
            let out = execute::run(&RunPlan {
                binary: &reference.path(),
                libdir: &compiler.toolchain.target_libdir,
                inputs: &[input.as_str()],
                costs: &[],
                trusted: true,
                round_trip: pkg.shape.is_roundtrip(),
                time_limit: Some(Duration::from_secs(10)),
                memory_mb: pkg.meta.limits.memory_mb,
                jobs: 1,
            })?;
            custom_expected = match &out.results[0] {
                CaseResult::Returned { value, .. } => value.clone(),
                other => {
                    return Err(Error::Usage(format!(
                        "--input: the reference solution fails on this input ({}); is it within the problem's constraints? `judge show {}` lists them",
                        describe(other),
                        pkg.id
                    )));
                }
            };
            vec![CaseSpec {
                name: "custom",
                sample: false,
                input,
                expected: &custom_expected,
                cost: Duration::ZERO,
            }]
        }
        None => tests
            .cases
            .iter()
            .filter(|c| c.sample)
            .map(CaseSpec::of)
            .collect(),
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
    let report_json = serde_json::to_string(&j).map_err(|e| Error::Internal(e.to_string()))?;
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
        Format::Human => print!("{}", render(app, &cases, &j)),
    }
    Ok(if j.verdict == Verdict::Accepted {
        exit_code::ACCEPTED
    } else {
        exit_code::REJECTED
    })
}

fn render(app: &App, cases: &[CaseSpec], j: &Judgement) -> String {
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
            abbreviate(case.input, 300)
        ));
        out.push_str(&format!(
            "  {}  {}\n",
            s.dim("expected"),
            abbreviate(case.expected, 300)
        ));
        if let Some(o) = &j.outputs[i] {
            out.push_str(&format!(
                "  {}    {}\n",
                s.dim("output"),
                report::printable(&abbreviate(o, 300))
            ));
        }
        if let Some(d) = &r.detail {
            out.push_str(&format!(
                "  {}       {}\n",
                s.dim("why"),
                report::printable(d)
            ));
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
    out.push_str(&format!(
        "{} {}/{} examples passed · `judge submit` runs the hidden tests\n",
        s.verdict(j.verdict, j.verdict.name()),
        j.passed,
        j.total
    ));
    out
}
