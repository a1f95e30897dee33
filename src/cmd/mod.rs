//! One file per subcommand: each turns parsed arguments into calls on the
//! engine and prints a report. Shared lookups (which problem, which file)
//! live here.

mod attempt;
mod doctor;
mod grade;
mod history;
mod list;
mod mock;
mod plan;
mod run;
mod show;
mod start;
mod stats;
mod submit;
mod verify;

use crate::app::App;
use crate::cli::{Command, SolutionArgs};
use crate::compile::EDITIONS;
use crate::error::{Error, Result};
use crate::history::Attempt;
use crate::package::{Package, ProblemId};
use crate::workspace;
use std::path::PathBuf;

pub fn dispatch(app: &App, command: Command) -> Result<i32> {
    match command {
        Command::List(a) => list::run(app, a),
        Command::Show(a) => show::run(app, a),
        Command::Start(a) => start::run(app, a),
        Command::Run(a) => run::run(app, a),
        Command::Submit(a) => submit::run(app, a),
        Command::Grade(a) => grade::run(app, a),
        Command::Verify(a) => verify::run(app, a),
        Command::Status(a) => attempt::status(app, a),
        Command::Pause(a) => attempt::pause(app, a),
        Command::Resume(a) => attempt::resume(app, a),
        Command::Abandon(a) => attempt::abandon(app, a),
        Command::Hint(a) => attempt::hint(app, a),
        Command::History(a) => history::run(app, a),
        Command::Stats(a) => stats::run(app, a),
        Command::Mock(a) => mock::run(app, a),
        Command::Plan(a) => plan::run(app, a),
        Command::Today(a) => plan::today(app, a),
        Command::Review(a) => plan::review(app, a),
        Command::Doctor(a) => doctor::run(app, a),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(
                shell,
                &mut crate::cli::Cli::command(),
                "judge",
                &mut std::io::stdout(),
            );
            Ok(crate::error::exit_code::ACCEPTED)
        }
        Command::Export(a) => history::export(app, a),
        Command::Import(a) => history::import(app, a),
        Command::SandboxExec => judge_sandbox::helper_main(),
    }
}

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
    let code = std::fs::read_to_string(&file).map_err(|e| {
        if args.file.is_none() && e.kind() == std::io::ErrorKind::NotFound {
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

/// How the user runs judge, for the hints we print: `judge` once installed,
/// `cargo run --release --` while it runs from a checkout's target directory.
pub fn invocation() -> String {
    let from_target = std::env::current_exe()
        .ok()
        .and_then(|exe| {
            exe.parent()
                .map(|d| d.ends_with("target/release") || d.ends_with("target/debug"))
        })
        .unwrap_or(false);
    if from_target && std::env::var_os("CARGO").is_some() {
        "cargo run --release --".into()
    } else {
        "judge".into()
    }
}

/// Serializes a value for `--format json` output.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Error::Internal(e.to_string()))?;
    println!("{text}");
    Ok(())
}
