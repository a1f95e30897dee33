//! `judge start ID` (or `--random`): statement, workspace, clock; `--edit`
//! opens the file.

use crate::cli::app::App;
use crate::cli::args::StartArgs;
use crate::cli::report;
use crate::engine::compile::{CompileRequest, DEFAULT_EDITION};
use crate::engine::glue;
use crate::engine::package::{Difficulty, Package, ProblemId};
use crate::engine::testset::PackageCache;
use crate::engine::workspace;
use crate::error::{Error, Result, exit_code};
use crate::practice::history::Clock;
use crate::practice::vocabulary::{Mode, ProblemStatus};

pub fn run(app: &App, args: StartArgs) -> Result<i32> {
    // The editor is checked before anything starts, so a missing one
    // leaves no attempt behind.
    let editor = if args.edit { Some(editor()?) } else { None };
    // The history first: a database that cannot be used stops the start
    // before the workspace is touched.
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    crate::practice::mock::settle_expired(&mut history, now)?;
    let pkg = match &args.id {
        Some(id) => app.catalog.get(&ProblemId::normalize(id))?,
        None => random(app, &history, &args, now)?,
    };
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
        "{} edit the file in your editor (the folder is a Cargo crate, so\n      rust-analyzer works), then `{judge} run` to try the examples and\n      `{judge} submit` to run the hidden tests.",
        s.bold("Next:")
    );
    prepare_while_reading(app, &pkg)?;
    if let Some(editor) = editor {
        edit(&editor, &ws.solution)?;
    }
    Ok(exit_code::ACCEPTED)
}

/// `--random`: a problem not solved yet and not in progress, among those
/// that fit `--pattern` and `--difficulty`; the same one all day for the
/// same filters (seeded by the day), so `JUDGE_NOW` makes it reproducible.
fn random(
    app: &App,
    history: &crate::practice::history::History,
    args: &StartArgs,
    now: i64,
) -> Result<Package> {
    let difficulty = match &args.difficulty {
        None => None,
        Some(d) => Some(Difficulty::parse(d).ok_or_else(|| {
            Error::Usage(format!("--difficulty {d}: expected easy, medium or hard"))
        })?),
    };
    let all = app.catalog.packages();
    if let Some(p) = &args.pattern {
        super::list::known("--pattern", p, all.iter().flat_map(|p| &p.meta.patterns))?;
    }
    let attempts = history.attempts(None)?;
    let statuses = crate::practice::stats::problem_statuses(&attempts);
    let open: std::collections::BTreeSet<&str> = attempts
        .iter()
        .filter(|a| a.ended_at.is_none())
        .map(|a| a.problem.as_str())
        .collect();
    let hidden = app.hidden_difficulties();
    let fitting: Vec<&Package> = all
        .iter()
        .filter(|p| {
            difficulty.is_none_or(|d| p.meta.difficulty == d && !hidden.contains(p.id.as_str()))
        })
        .filter(|p| {
            args.pattern
                .as_ref()
                .is_none_or(|want| p.meta.patterns.iter().any(|x| x.eq_ignore_ascii_case(want)))
        })
        .collect();
    let candidates: Vec<&Package> = fitting
        .iter()
        .copied()
        .filter(|p| statuses.get(p.id.as_str()) != Some(&ProblemStatus::Solved))
        .filter(|p| !open.contains(p.id.as_str()))
        .collect();
    let day = crate::practice::plan::day_of(now) as u64;
    match crate::practice::mock::rank(candidates, &attempts, day).first() {
        Some(p) => Ok((*p).clone()),
        None => Err(Error::Usage(format!(
            "--random: no unsolved problem fits (of the {} that do, you have solved or are working on every one); \
             drop a filter, `judge status` shows the attempts in progress, `judge review` what to revisit",
            fitting.len()
        ))),
    }
}

/// The editor `--edit` opens: $VISUAL, else $EDITOR.
fn editor() -> Result<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .ok_or_else(|| {
            Error::Usage(
                "--edit: neither $VISUAL nor $EDITOR is set (for example `export EDITOR=vim`); \
                 nothing was started"
                    .into(),
            )
        })
}

/// Opens `file` in `editor` and waits. The editor line goes through the
/// shell, as git does it, so `EDITOR="code --wait"` works. Ctrl-C belongs to
/// the editor meanwhile.
fn edit(editor: &str, file: &std::path::Path) -> Result<()> {
    let status = crate::cli::interrupt::deferred(|| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$@\""))
            .arg("sh")
            .arg(file)
            .status()
    })
    .map_err(|e| {
        Error::Setup(format!(
            "--edit: cannot run the editor `{editor}`: {e}; the attempt is started, edit {} yourself",
            file.display()
        ))
    })?;
    if !status.success() {
        eprintln!(
            "note: the editor `{editor}` ended with {status}; the attempt is started and your file is {}",
            file.display()
        );
    }
    Ok(())
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

/// `JUDGE_PREPARE`: `background` or `foreground` (where `judge start`
/// prepares the first submit); unset, background on a terminal.
pub const PREPARE_ENV: &str = "JUDGE_PREPARE";

/// The first submit's preparation, once the statement is printed: on a
/// terminal, in a judge of its own in the background (the user reads the
/// statement for minutes, and gets the prompt back at once); else (a
/// script, whose next command comes at once) here. A submit that comes
/// before it is done waits for what it needs (each part is built under its
/// lock, once), so nothing is built twice and nothing half built is used.
fn prepare_while_reading(app: &App, pkg: &crate::engine::package::Package) -> Result<()> {
    use std::io::IsTerminal;
    let background = match std::env::var(PREPARE_ENV).as_deref() {
        Ok("background") => true,
        Ok("foreground") => false,
        _ => std::io::stdout().is_terminal(),
    };
    if background && spawn_prepare(app, pkg.id.as_str()).is_ok() {
        return Ok(());
    }
    warm(app, pkg)
}

/// Starts `judge __prepare ID` in a session of its own (a Ctrl-C in the
/// terminal is not for it), its output discarded.
fn spawn_prepare(app: &App, id: &str) -> std::io::Result<()> {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new(std::env::current_exe()?);
    if let crate::engine::package::Source::Dir(dir) = app.catalog.source() {
        cmd.arg("--problems").arg(dir);
    }
    cmd.args(["--jobs", &app.jobs.to_string(), "__prepare", id])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: setsid is async-signal-safe and touches no memory.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    cmd.spawn().map(|_| ())
}

/// `judge __prepare ID`: what `judge start` leaves running.
pub fn prepare(app: &App, id: &str) -> Result<i32> {
    let pkg = app
        .catalog
        .get(&crate::engine::package::ProblemId::normalize(id))?;
    warm(app, &pkg)?;
    Ok(crate::error::exit_code::ACCEPTED)
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
