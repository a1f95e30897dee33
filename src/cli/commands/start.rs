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
    let ws = workspace::create(&app.data, &pkg)?;
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    crate::practice::mock::settle_expired(&mut history, now)?;
    let (attempt, resumed) = match history.open_attempt(pkg.id.as_str())? {
        Some(a) => (a, true),
        None => {
            // A problem due for review is a review attempt (`judge review`).
            let due = super::plan::review_items(app, &history)?
                .iter()
                .any(|r| r.problem == pkg.id.as_str() && r.due_at <= now);
            let mode = if due { Mode::Review } else { Mode::Practice };
            (history.start_attempt(pkg.id.as_str(), mode, now)?, false)
        }
    };
    let s = &app.style;
    print!("{}", super::show::render(s, &pkg)?);
    let (lo, hi) = pkg.meta.difficulty.target_minutes();
    println!();
    println!(
        "{} {}{}",
        s.bold("Your file:"),
        ws.solution.display(),
        if ws.created {
            String::new()
        } else {
            s.dim("  (kept: your earlier code is untouched)")
        }
    );
    println!(
        "{} {}  (yours, for `judge run`)",
        s.bold("Your cases:"),
        workspace::tests_path(&app.data, &pkg).display()
    );
    if resumed {
        println!(
            "{} attempt #{} resumed, {} elapsed · {} target {lo}–{hi} min",
            s.bold("Clock:"),
            attempt.id,
            report::clock(history.clock(&attempt, now)?.elapsed),
            pkg.meta.difficulty.label()
        );
    } else {
        println!(
            "{} started now (attempt #{}) · {} target {lo}–{hi} min",
            s.bold("Clock:"),
            attempt.id,
            pkg.meta.difficulty.label()
        );
    }
    let judge = crate::cli::report::invocation();
    println!(
        "{} edit the file in your editor (the folder is a Cargo crate, so rust-analyzer works), then\n      `{judge} run` to try the examples, `{judge} submit` to run the hidden tests.",
        s.bold("Next:")
    );
    warm(app, &pkg)?;
    Ok(exit_code::ACCEPTED)
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
        display_path: &path,
        build_dir: &PackageCache::new(&app.data.cache(), pkg).build_dir("user"),
        edition: DEFAULT_EDITION,
        incremental: true,
    })?;
    Ok(())
}
