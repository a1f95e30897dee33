//! Which problem and which file a command works on: the argument, the
//! workspace folder you are in, or the attempt in progress.

use crate::cli::app::App;
use crate::cli::args::SolutionArgs;
use crate::engine::compile::EDITIONS;
use crate::engine::package::{Package, ProblemId};
use crate::engine::workspace;
use crate::error::{Error, Result};
use crate::practice::history::Attempt;
use std::path::PathBuf;

/// What `run` and `submit` work on.
pub struct Target {
    pub pkg: Package,
    pub file: PathBuf,
    pub code: String,
    pub attempt: Option<Attempt>,
    /// `--edition`, else judge.toml's, else LeetCode's 2024.
    pub edition: String,
    /// What happened to the attempt's clock before this command (an idle
    /// pause, a resume), in a line; empty when nothing did.
    pub clock_note: String,
}

pub fn check_edition(edition: &str) -> Result<()> {
    if EDITIONS.contains(&edition) {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "--edition {edition}: expected one of {}",
            EDITIONS.join(", ")
        )))
    }
}

/// Resolves the problem (argument, current workspace, or the attempt in
/// progress) and reads the solution file.
pub fn resolve_target(app: &App, args: &SolutionArgs) -> Result<Target> {
    let edition = args.edition.clone().unwrap_or_else(|| app.edition.clone());
    check_edition(&edition)?;
    let mut history = app.history()?;
    let id = match &args.id {
        Some(id) => ProblemId::normalize(id),
        None => match workspace_from_cwd(app).or_else(|| args.file.as_ref().and_then(|f| id_from_file_name(app, f))) {
            Some(id) => id,
            // The only attempt in progress (several: say which are), else
            // the latest one.
            None => match history.open_attempts()?.len() {
                0 => match history.latest_attempt()? {
                    Some(a) => ProblemId::normalize(&a.problem),
                    None => {
                        return Err(Error::Usage(
                            "which problem? Give its id (`judge submit lc-15`) or start one first (`judge start lc-15`)".into(),
                        ))
                    }
                },
                _ => ProblemId::normalize(&crate::practice::attempts::current(&history, None)?.problem),
            },
        },
    };
    let pkg = app.catalog.get(&id)?;
    let file = match &args.file {
        Some(f) => f.clone(),
        None => workspace::solution_path(&app.data, &pkg),
    };
    let code = crate::paths::read_source(&file).map_err(|e| {
        if args.file.is_none()
            && matches!(&e, crate::paths::SourceError::Io(io) if io.kind() == std::io::ErrorKind::NotFound)
        {
            Error::Usage(format!(
                "no solution file at {}: run `judge start {id}` first, or pass --file PATH",
                file.display()
            ))
        } else {
            Error::Usage(format!(
                "cannot read the solution file {}: {e}",
                file.display()
            ))
        }
    })?;
    let file = file.canonicalize().unwrap_or(file);
    // Running or submitting is work at the attempt: an idle gap is paused
    // from its last activity, and a paused clock resumes (said, not silent).
    let mut clock_note = String::new();
    let mut attempt = history.open_attempt(pkg.id.as_str())?;
    if let Some(a) = &attempt {
        let now = crate::practice::history::Clock::now_ms()?;
        clock_note = settle(app, &mut history, a, true, now)?;
        attempt = history.attempt(a.id)?;
    }
    Ok(Target {
        pkg,
        file,
        code,
        attempt,
        edition,
        clock_note,
    })
}

/// The attempt a command without a problem means: `id`, else the problem of
/// the workspace folder you are in, else the only attempt in progress (with
/// several, the error lists them).
pub fn current_attempt(
    app: &App,
    history: &crate::practice::history::History,
    id: Option<&str>,
) -> Result<Attempt> {
    let from_cwd = workspace_from_cwd(app);
    let id = id.map(str::to_string).or(from_cwd.map(|p| p.to_string()));
    crate::practice::attempts::current(history, id.as_deref())
}

fn workspace_from_cwd(app: &App) -> Option<ProblemId> {
    let cwd = std::env::current_dir().ok()?.canonicalize().ok()?;
    let rel = cwd.strip_prefix(app.data.workspaces()).ok()?;
    let first = rel.components().next()?;
    let id = ProblemId::normalize(&first.as_os_str().to_string_lossy());
    app.catalog.contains(&id).then_some(id)
}

/// `lc-15.rs`, `lc-15_alice.rs`, `lc-15-v2.rs` name problem lc-15.
pub fn id_from_file_name(app: &App, file: &std::path::Path) -> Option<ProblemId> {
    let stem = file.file_stem()?.to_string_lossy().to_ascii_lowercase();
    let mut ids: Vec<&str> = app.catalog.ids().collect();
    // Longest first, so lc-153 wins over lc-15.
    ids.sort_by_key(|id| std::cmp::Reverse(id.len()));
    ids.into_iter()
        .find(|id| {
            stem.strip_prefix(id)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['_', '-', '.']))
        })
        .map(ProblemId::normalize)
}

/// Settles an attempt's clock before a command (the idle pause, and a
/// resume when the command works at it: see `practice::attempts::settle`)
/// and says what happened, in a line ("" when nothing did).
pub fn settle(
    app: &App,
    history: &mut crate::practice::history::History,
    a: &Attempt,
    activity: bool,
    now: i64,
) -> Result<String> {
    let last_save = app
        .catalog
        .get(&ProblemId::normalize(&a.problem))
        .ok()
        .and_then(|pkg| std::fs::metadata(workspace::solution_path(&app.data, &pkg)).ok())
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_millis() as i64);
    let s = crate::practice::attempts::settle(history, a, last_save, app.idle, activity, now)?;
    let mut parts = Vec::new();
    if let Some((since, gap)) = s.idle_since {
        parts.push(format!(
            "{} was idle from {} UTC (no save or judge command at it for {}): its clock \
             paused then, and the gap is not counted",
            a.problem,
            crate::cli::report::time_of_day(since),
            crate::cli::report::clock(gap)
        ));
    }
    if s.resumed {
        parts.push(format!(
            "the clock of {} was paused: this command resumed it",
            a.problem
        ));
    }
    Ok(parts.join("; "))
}
