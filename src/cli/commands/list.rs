//! `judge list`: the problems, filtered by pattern, difficulty or list.

use crate::cli::app::App;
use crate::cli::args::{Format, ListArgs};
use crate::cli::report::{fit, plural};
use crate::engine::package::{Difficulty, Package, or_list, similar};
use crate::error::{Error, Result, exit_code};
use crate::practice::vocabulary::ProblemStatus;
use serde::Serialize;
use std::collections::BTreeSet;

/// A `--pattern` or `--list` value that no problem has is a usage error
/// naming the values there are, not an empty list (`list`, `mock`).
pub fn known<'a>(flag: &str, value: &str, values: impl Iterator<Item = &'a String>) -> Result<()> {
    let values: BTreeSet<&str> = values.map(|v| v.as_str()).collect();
    if values.iter().any(|v| v.eq_ignore_ascii_case(value)) {
        return Ok(());
    }
    let close: Vec<String> = similar(value, values.iter().copied())
        .into_iter()
        .map(|v| format!("`{v}`"))
        .collect();
    let mut msg = format!("{flag} {value}: no problem has it");
    if !close.is_empty() {
        msg.push_str(&format!(" (did you mean {}?)", or_list(&close)));
    }
    msg.push_str(&format!(
        "; expected one of: {}",
        values.into_iter().collect::<Vec<_>>().join(", ")
    ));
    Err(Error::Usage(msg))
}

#[derive(Serialize)]
struct Row {
    id: String,
    title: String,
    difficulty: Difficulty,
    patterns: Vec<String>,
    lists: Vec<String>,
    status: ProblemStatus,
}

pub fn run(app: &App, args: ListArgs) -> Result<i32> {
    let difficulty = match &args.difficulty {
        None => None,
        Some(d) => Some(Difficulty::parse(d).ok_or_else(|| {
            Error::Usage(format!("--difficulty {d}: expected easy, medium or hard"))
        })?),
    };
    let status: Option<ProblemStatus> = match &args.status {
        None => None,
        Some(v) => Some(
            v.parse()
                .map_err(|e| Error::Usage(format!("--status: {e}")))?,
        ),
    };
    // No history yet: every problem is new.
    let attempts = if app.data.history().exists() {
        app.history_for_reading()?.attempts(None)?
    } else {
        Vec::new()
    };
    let statuses = crate::practice::stats::problem_statuses(&attempts);
    let hidden = app.hidden_difficulties();
    let all = app.catalog.all();
    let loaded: Vec<&Package> = all.iter().filter_map(|p| p.as_ref().ok()).collect();
    if let Some(p) = &args.pattern {
        known("--pattern", p, loaded.iter().flat_map(|p| &p.meta.patterns))?;
    }
    if let Some(l) = &args.list {
        known("--list", l, loaded.iter().flat_map(|p| &p.meta.lists))?;
    }
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    for pkg in all {
        let pkg = match pkg {
            Ok(p) => p,
            Err(e) => {
                broken.push(e);
                continue;
            }
        };
        let m = &pkg.meta;
        let st = statuses
            .get(pkg.id.as_str())
            .copied()
            .unwrap_or(ProblemStatus::New);
        if status.is_some_and(|want| want != st) {
            continue;
        }
        // A running mock's hidden difficulties are not revealed by a filter.
        if difficulty.is_some() && hidden.contains(pkg.id.as_str()) {
            continue;
        }
        if difficulty.is_some_and(|d| d != m.difficulty)
            || args
                .pattern
                .as_ref()
                .is_some_and(|p| !m.patterns.iter().any(|x| x.eq_ignore_ascii_case(p)))
            || args
                .list
                .as_ref()
                .is_some_and(|l| !m.lists.iter().any(|x| x.eq_ignore_ascii_case(l)))
        {
            continue;
        }
        rows.push(Row {
            id: pkg.id.to_string(),
            title: m.title.clone(),
            difficulty: m.difficulty,
            patterns: m.patterns.clone(),
            lists: m.lists.clone(),
            status: st,
        });
    }
    match args.format {
        Format::Json => {
            let mut problems = serde_json::to_value(&rows)
                .map_err(|e| crate::error::Error::Internal(e.to_string()))?;
            for p in problems.as_array_mut().into_iter().flatten() {
                if p["id"].as_str().is_some_and(|id| hidden.contains(id)) {
                    p["difficulty"] = serde_json::Value::Null;
                }
            }
            crate::cli::report::print_json(&serde_json::json!({ "problems": problems }))?
        }
        Format::Human => {
            let s = &app.style;
            // id (8), title, difficulty (6), status (9) and at least 20
            // columns of patterns; a longer title is cut with `…`, and so
            // are patterns.
            const ID: usize = 8;
            const DIFFICULTY: usize = 6;
            const STATUS: usize = 9;
            let fixed = ID + 1 + 2 + DIFFICULTY + 2 + STATUS + 2;
            let wt = rows
                .iter()
                .map(|r| r.title.chars().count())
                .max()
                .unwrap_or(5)
                .min(44)
                .min(s.width.saturating_sub(fixed + 20))
                .max(12);
            let wp = s.width.saturating_sub(fixed + wt).max(8);
            for r in &rows {
                let d = r.difficulty.label();
                let d = match r.difficulty {
                    _ if hidden.contains(&r.id) => s.dim(&format!("{:<6}", "?")),
                    Difficulty::Easy => s.green(&format!("{d:<6}")),
                    Difficulty::Medium => s.yellow(&format!("{d:<6}")),
                    Difficulty::Hard => s.red(&format!("{d:<6}")),
                };
                let st = match r.status {
                    ProblemStatus::Solved => s.green(&format!("{:<9}", "solved")),
                    ProblemStatus::Attempted => s.yellow(&format!("{:<9}", "attempted")),
                    ProblemStatus::New => s.dim(&format!("{:<9}", "new")),
                };
                println!(
                    "{:<ID$} {:<wt$}  {d}  {st}  {}",
                    r.id,
                    fit(&r.title, wt),
                    s.dim(&fit(&r.patterns.join(", "), wp))
                );
            }
            if rows.is_empty() {
                println!("no problems match");
            } else {
                println!(
                    "{}",
                    s.dim(&format!(
                        "{} · `judge start ID` opens one",
                        plural(rows.len(), "problem")
                    ))
                );
            }
        }
    }
    for e in &broken {
        eprintln!("{} {e}", app.err_style.red("error:"));
    }
    Ok(if broken.is_empty() {
        exit_code::ACCEPTED
    } else {
        exit_code::SETUP
    })
}
