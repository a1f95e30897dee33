//! `judge start ID`: statement, workspace, clock.

use crate::cli::app::App;
use crate::cli::args::StartArgs;
use crate::cli::report;
use crate::engine::compile::{CompileRequest, DEFAULT_EDITION};
use crate::engine::glue;
use crate::engine::package::ProblemId;
use crate::engine::testset::PackageCache;
use crate::engine::workspace;
use crate::error::{Result, exit_code};
use crate::practice::history::Clock;
use crate::practice::vocabulary::Mode;

pub fn run(app: &App, args: StartArgs) -> Result<i32> {
    let pkg = app.catalog.get(&ProblemId::normalize(&args.id))?;
    // The history first: a database that cannot be used stops the start
    // before the workspace is touched.
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    crate::practice::mock::settle_expired(&mut history, now)?;
    let open = history.open_attempt(pkg.id.as_str())?;
    // A problem due for review is a review attempt (`judge review`).
    let due = open.is_none()
        && super::plan::review_items(app, &history)?
            .iter()
            .any(|r| r.problem == pkg.id.as_str() && r.due_at <= now);
    let mode = if due { Mode::Review } else { Mode::Practice };
    // An attempt in progress goes on with its code; a new one starts from
    // LeetCode's stub, unless --keep (never for a review: it would replay
    // the answer).
    let earlier = if open.is_some() || (args.keep && mode != Mode::Review) {
        workspace::Earlier::Keep
    } else {
        workspace::Earlier::SetAside
    };
    let ws = workspace::create(&app.data, &pkg, earlier)?;
    record_set_aside(&mut history, &pkg, &ws, now)?;
    let resumed = open.is_some();
    // Coming back to an attempt is work at it: an idle gap is paused from
    // its last activity and the clock resumes.
    let mut clock_note = String::new();
    let attempt = match open {
        Some(a) => {
            clock_note = crate::cli::target::settle(app, &mut history, &a, true, now)?;
            history.attempt(a.id)?.unwrap_or(a)
        }
        None => history.start_attempt(pkg.id.as_str(), mode, now)?,
    };
    let s = &app.style;
    let hidden = app.difficulty_hidden(pkg.id.as_str());
    print!("{}", super::show::render(s, &pkg, hidden)?);
    let (lo, hi) = pkg.meta.difficulty.target_minutes();
    println!();
    let why = match (&ws.set_aside, ws.created, resumed) {
        (Some((aside, _)), _, _) => format!(
            "  (a fresh start from LeetCode's stub; your earlier code is kept as {})",
            aside.file_name().unwrap_or_default().to_string_lossy()
        ),
        (None, true, _) => String::new(),
        (None, false, true) => "  (the code of the attempt in progress)".into(),
        (None, false, false) if args.keep => "  (your earlier code, as --keep asks)".into(),
        (None, false, false) => "  (it holds LeetCode's stub)".into(),
    };
    println!(
        "{} {}{}",
        s.bold("Your file:"),
        ws.solution.display(),
        s.dim(&why)
    );
    println!(
        "{} {}  (yours, for `judge run`)",
        s.bold("Your cases:"),
        workspace::tests_path(&app.data, &pkg).display()
    );
    if args.keep && mode == Mode::Review && !resumed {
        println!(
            "{}",
            s.dim("      a review starts from the stub, so --keep does not apply")
        );
    }
    let target = if hidden {
        "difficulty hidden until the mock ends".to_string()
    } else {
        format!("{} target {lo}–{hi} min", pkg.meta.difficulty.label())
    };
    if resumed {
        println!(
            "{} attempt #{} resumed, {} elapsed · {target}",
            s.bold("Clock:"),
            attempt.id,
            report::clock(history.clock(&attempt, now)?.elapsed),
        );
    } else {
        println!(
            "{} started now (attempt #{}) · {target}",
            s.bold("Clock:"),
            attempt.id,
        );
    }
    if !clock_note.is_empty() {
        println!("       {}", s.dim(&clock_note));
    }
    let judge = crate::cli::report::invocation();
    println!(
        "{} edit the file in your editor (the folder is a Cargo crate, so rust-analyzer works), then\n      `{judge} run` to try the examples, `{judge} submit` to run the hidden tests.",
        s.bold("Next:")
    );
    warm(app, &pkg)?;
    Ok(exit_code::ACCEPTED)
}

/// Stores code moved aside for a fresh start in the history too (with the
/// attempt that wrote it, if any), so it is never lost.
pub fn record_set_aside(
    history: &mut crate::practice::history::History,
    pkg: &crate::engine::package::Package,
    ws: &workspace::Workspace,
    now: i64,
) -> Result<()> {
    let Some((_, code)) = &ws.set_aside else {
        return Ok(());
    };
    let previous = history.attempts(Some(pkg.id.as_str()))?.into_iter().last();
    history.record(
        &crate::practice::history::NewSubmission {
            attempt_id: previous.map(|a| a.id),
            problem: pkg.id.as_str(),
            kind: crate::practice::vocabulary::SubmissionKind::SetAside,
            verdict: "-",
            passed: 0,
            total: 0,
            max_time_ms: 0.0,
            code,
            report_json: "{}",
        },
        None,
        now,
    )?;
    Ok(())
}

/// Prepares what the first `judge submit` needs, so it is fast: the harness,
/// the test set and its time limit, and rustc's incremental cache (filled by
/// compiling the stub with `todo!()` bodies where the user's file will be
/// compiled).
fn warm(app: &App, pkg: &crate::engine::package::Package) -> Result<()> {
    let compiler = app.compiler()?;
    app.testset(pkg)?;
    let stub = glue::fill_empty_bodies(pkg.stub()?);
    let glue = glue::generate(pkg, &stub);
    let path = workspace::solution_path(&app.data, pkg);
    let _ = compiler.compile(&CompileRequest {
        code: &stub,
        glue: &glue,
        glue_needs: &glue::interface(pkg),
        display_path: &path,
        build_dir: &PackageCache::new(&app.data.cache(), pkg).build_dir("user"),
        edition: DEFAULT_EDITION,
        incremental: true,
    })?;
    Ok(())
}
