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
    let history = app.history()?;
    let id = match &args.id {
        Some(id) => ProblemId::normalize(id),
        None => match workspace_from_cwd(app).or_else(|| args.file.as_ref().and_then(|f| id_from_file_name(app, f))) {
            Some(id) => id,
            None => match history.latest_attempt()? {
                Some(a) => ProblemId::normalize(&a.problem),
                None => {
                    return Err(Error::Usage(
                        "which problem? Give its id (`judge submit lc-15`) or start one first (`judge start lc-15`)".into(),
                    ))
                }
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
    let attempt = history.open_attempt(pkg.id.as_str())?;
    Ok(Target {
        pkg,
        file,
        code,
        attempt,
        edition,
    })
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
