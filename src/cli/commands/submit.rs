//! `judge submit`: every hidden test, recorded in the history.

use crate::cli::app::App;
use crate::cli::args::{Format, SubmitArgs};
use crate::cli::report;
use crate::engine::judging::{CaseSpec, Submission};
use crate::engine::testset::PackageCache;
use crate::engine::verdict::Verdict;
use crate::error::{Error, Result, exit_code};
use crate::practice::history::{Clock, NewSubmission};
use crate::practice::vocabulary::{Outcome, SubmissionKind};
use std::time::Duration;

pub fn run(app: &App, args: SubmitArgs) -> Result<i32> {
    // A mock whose time ran out ends before anything is judged: a late
    // submission is judged but does not count for it.
    let expired = crate::practice::mock::settle_expired(&mut app.history()?, Clock::now_ms()?)?;
    let target = crate::cli::target::resolve_target(app, &args.solution)?;
    if !target.clock_note.is_empty() {
        eprintln!("{}", app.err_style.yellow(&target.clock_note));
    }
    let pkg = &target.pkg;
    let tests = app.testset(pkg)?;
    let compiler = app.compiler()?;
    let cases: Vec<CaseSpec> = tests.cases.iter().map(CaseSpec::of).collect();
    let build_dir = PackageCache::new(&app.data.cache(), pkg).build_dir("user");
    let search = crate::engine::counterexample::Limits::default();
    let j = crate::engine::counterexample::judge_explained(
        pkg,
        compiler,
        &app.data.cache(),
        &Submission {
            code: &target.code,
            path: &target.file,
            edition: &target.edition,
            build_dir: &build_dir,
            incremental: true,
        },
        &cases,
        &tests,
        app.jobs,
        (!args.no_shrink).then_some(&search),
        args.analyze
            .then_some(&crate::engine::growth::Options::default()),
    )?;
    let now = Clock::now_ms()?;
    let mut history = app.history()?;
    let report_json =
        serde_json::to_string(&j.for_record()).map_err(|e| Error::Internal(e.to_string()))?;
    let elapsed = match &target.attempt {
        Some(a) => Some(history.clock(a, now)?.elapsed),
        None => None,
    };
    let end = (j.verdict == Verdict::Accepted)
        .then_some(elapsed)
        .flatten()
        .map(|e| (Outcome::Accepted, e.as_millis() as i64));
    history.record(
        &NewSubmission {
            attempt_id: target.attempt.as_ref().map(|a| a.id),
            problem: pkg.id.as_str(),
            kind: SubmissionKind::Submit,
            verdict: j.verdict.code(),
            passed: j.passed,
            total: j.total,
            max_time_ms: j.max_time_ms,
            code: &target.code,
            report_json: &report_json,
        },
        end,
        now,
    )?;
    match args.format {
        Format::Json => {
            let mut v = serde_json::to_value(&j).map_err(|e| Error::Internal(e.to_string()))?;
            v["problem"] = pkg.id.as_str().into();
            v["file"] = target.file.display().to_string().into();
            v["elapsed_ms"] = elapsed.map(|e| e.as_millis() as u64).into();
            crate::cli::report::print_json(&v)?;
        }
        Format::Human => {
            if let Some(m) = &expired {
                println!(
                    "{}",
                    app.style.yellow(&format!(
                        "Time is up for mock interview #{}: this submission is judged but does not count for it.",
                        m.id
                    ))
                );
                println!("{}", super::mock::report_text(app, &history, m, now)?);
            }
            print!("{}", report::judgement(&app.style, &j, args.verbose));
            if let Some(e) = elapsed {
                println!(
                    "{}",
                    attempt_line(app, pkg, e, j.verdict == Verdict::Accepted)
                );
            } else {
                println!(
                    "{}",
                    app.style
                        .dim("(no attempt in progress: `judge start` starts the clock)")
                );
            }
        }
    }
    if let Some(m) = target.attempt.as_ref().and_then(|a| a.mock_id)
        && let Some(m) = history.mock(m)?
    {
        let ended = crate::practice::mock::finish_if_done(&mut history, &m, now)?;
        if let (Some(m), Format::Human) = (ended, args.format) {
            print!("\n{}", super::mock::report_text(app, &history, &m, now)?);
        }
    }
    Ok(if j.verdict == Verdict::Accepted {
        exit_code::ACCEPTED
    } else {
        exit_code::REJECTED
    })
}

fn attempt_line(
    app: &App,
    pkg: &crate::engine::package::Package,
    elapsed: Duration,
    accepted: bool,
) -> String {
    let s = &app.style;
    if app.difficulty_hidden(pkg.id.as_str()) {
        return if accepted {
            format!(
                "\n{} — {} (difficulty hidden until the mock ends)",
                s.green("Accepted"),
                s.bold(&report::clock(elapsed))
            )
        } else {
            format!(
                "\n{} on the clock (difficulty hidden until the mock ends)",
                s.bold(&report::clock(elapsed))
            )
        };
    }
    let (lo, hi) = pkg.meta.difficulty.target_minutes();
    let label = pkg.meta.difficulty.label();
    let within = elapsed <= Duration::from_secs(hi as u64 * 60);
    let over = report::clock(elapsed.saturating_sub(Duration::from_secs(hi as u64 * 60)));
    let mark = match (within, accepted) {
        (true, true) => s.green("✓"),
        (false, true) => s.red(&format!("✗ ({over} over)")),
        // Nothing is won yet: no tick, and time over the target is a warning.
        (true, false) => String::new(),
        (false, false) => s.yellow(&format!("({over} over)")),
    };
    if accepted {
        format!(
            "\n{} — {}, {label} target {lo}–{hi} min {mark}",
            s.green("Accepted"),
            s.bold(&report::clock(elapsed)),
        )
    } else {
        format!(
            "\n{} elapsed · {label} target {lo}–{hi} min {mark}",
            s.bold(&report::clock(elapsed))
        )
        .trim_end()
        .to_string()
    }
}
