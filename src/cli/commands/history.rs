//! `judge history`, `judge export`, `judge import`: the record of attempts
//! and submissions, listed, shown, and moved between machines.

use crate::cli::app::App;
use crate::cli::args::{ExportArgs, Format, HistoryArgs, ImportArgs};
use crate::cli::report;
use crate::engine::judging::Judgement;
use crate::engine::package::ProblemId;
use crate::error::{Error, IoContext, Result, exit_code};
use crate::practice::history::{Clock, Export};
use crate::practice::plan::{day_of, format_date};
use crate::practice::vocabulary::{Outcome, SubmissionKind};
use std::time::Duration;

pub fn run(app: &App, args: HistoryArgs) -> Result<i32> {
    let history = app.history_for_reading()?;
    let now = Clock::now_ms()?;
    if let Some(n) = args.show {
        let sub = history.submission(n)?.ok_or_else(|| {
            Error::Usage(format!(
                "--show {n}: there is no submission {n} (`judge history` lists them)"
            ))
        })?;
        if args.format == Format::Json {
            crate::cli::report::print_json(&sub)?;
            return Ok(exit_code::ACCEPTED);
        }
        let s = &app.style;
        println!(
            "{} {} · {} · {} · {} {}/{}",
            s.bold(&format!("Submission {}", sub.id)),
            sub.problem,
            sub.kind,
            when(sub.at),
            sub.verdict,
            sub.passed,
            sub.total
        );
        println!("{}", s.dim("── code ──"));
        print!("{}", sub.code);
        if !sub.code.ends_with('\n') {
            println!();
        }
        println!("{}", s.dim("── report ──"));
        match serde_json::from_str::<Judgement>(&sub.report) {
            Ok(j) => print!("{}", report::judgement(s, &j, false)),
            Err(_) => println!("{}", sub.report),
        }
        return Ok(exit_code::ACCEPTED);
    }
    // The problem asked about, by id, slug or title; one not in the catalog
    // is an error unless the record holds it (from another `--problems`).
    let mut asked = None;
    let filter = match args.id.as_deref() {
        None => None,
        Some(text) => {
            let id = ProblemId::normalize(text);
            match app.catalog.get(&id) {
                Ok(pkg) => {
                    let id = pkg.id.clone();
                    asked = Some((text, pkg));
                    Some(id)
                }
                Err(e) if history.attempts(Some(id.as_str()))?.is_empty() => return Err(e),
                Err(_) => Some(id),
            }
        }
    };
    let attempts = history.attempts(filter.as_ref().map(|p| p.as_str()))?;
    if args.format == Format::Json {
        let mut out = Vec::new();
        for a in &attempts {
            let c = history.clock(a, now)?;
            out.push(serde_json::json!({
                "attempt": a,
                "elapsed_ms": c.elapsed.as_millis() as u64,
                "submissions": history.submissions(a.id)?.iter().map(|s| serde_json::json!({
                    "id": s.id, "kind": s.kind, "at": s.at, "verdict": s.verdict, "passed": s.passed, "total": s.total,
                })).collect::<Vec<_>>(),
            }));
        }
        crate::cli::report::print_json(&serde_json::json!({ "attempts": out }))?;
        return Ok(exit_code::ACCEPTED);
    }
    let unclocked = history.unclocked_submissions(filter.as_ref().map(|p| p.as_str()))?;
    if attempts.is_empty() && unclocked.is_empty() {
        match asked {
            None => println!("No attempts yet. `judge start ID` starts one."),
            Some((text, pkg)) => {
                println!(
                    "No attempts at {} ({}) yet. `judge start {}` starts one.",
                    pkg.id, pkg.meta.title, pkg.id
                );
                if text.trim().chars().all(|c| c.is_ascii_digit()) {
                    println!("(For submission {text}: `judge history --show {text}`.)");
                }
            }
        }
        return Ok(exit_code::ACCEPTED);
    }
    let s = &app.style;
    for a in &attempts {
        let c = history.clock(a, now)?;
        let subs = history.submissions(a.id)?;
        let submits = subs
            .iter()
            .filter(|x| x.kind == SubmissionKind::Submit)
            .count();
        let outcome = match a.outcome {
            // A mock's problem left when the mock ended was not given up.
            Some(Outcome::Abandoned) if a.mock_id.is_some() => "not solved",
            Some(o) => o.as_str(),
            None if c.paused => "paused",
            None => "in progress",
        };
        let target = app
            .catalog
            .get(&ProblemId::normalize(&a.problem))
            .ok()
            .map(|p| p.meta.difficulty.target_minutes().1);
        let mark = match (a.outcome, target) {
            (Some(Outcome::Accepted), Some(hi))
                if c.elapsed <= Duration::from_secs(hi as u64 * 60) =>
            {
                s.green(" ✓")
            }
            (Some(Outcome::Accepted), Some(_)) => s.yellow(" (over target)"),
            _ => String::new(),
        };
        println!(
            "#{:<4} {:<7} {:<8} {}  {:<11} {:>8}{mark}  {} submit(s), {} hint(s)",
            a.id,
            a.problem,
            a.mode,
            when(a.started_at),
            outcome,
            report::clock(c.elapsed),
            submits,
            a.hints
        );
        if filter.is_some() {
            for x in &subs {
                println!(
                    "        {} {:<6} {:<3} {}/{}  {}",
                    s.dim(&format!("submission {:<4}", x.id)),
                    x.kind,
                    x.verdict,
                    x.passed,
                    x.total,
                    when(x.at)
                );
            }
        }
    }
    if !unclocked.is_empty() {
        println!(
            "{}",
            s.bold("Unclocked practice (submitted without `judge start`, so not timed)")
        );
        for x in &unclocked {
            println!(
                "        {} {:<7} {:<6} {:<3} {}/{}  {}",
                s.dim(&format!("submission {:<4}", x.id)),
                x.problem,
                x.kind,
                x.verdict,
                x.passed,
                x.total,
                when(x.at)
            );
        }
    }
    if filter.is_none() {
        println!("{}", s.dim("`judge history ID` lists an attempt's submissions; `judge history --show N` prints one."));
    }
    Ok(exit_code::ACCEPTED)
}

/// `2026-11-28 10:05` (UTC).
pub fn when(ms: i64) -> String {
    let day = day_of(ms);
    let secs = (ms - day * 86_400_000) / 1000;
    format!(
        "{} {:02}:{:02}",
        format_date(day),
        secs / 3600,
        secs / 60 % 60
    )
}

pub fn export(app: &App, args: ExportArgs) -> Result<i32> {
    let data = app.history_for_reading()?.export()?;
    let text = serde_json::to_string_pretty(&data).map_err(|e| Error::Internal(e.to_string()))?;
    match &args.file {
        Some(path) => {
            crate::paths::write_atomic(path, text.as_bytes())?;
            eprintln!(
                "wrote {} and {} to {}",
                report::plural(data.attempts.len(), "attempt"),
                report::plural(
                    data.attempts
                        .iter()
                        .map(|a| a.submissions.len())
                        .sum::<usize>()
                        + data.loose_submissions.len(),
                    "submission"
                ),
                path.display()
            );
        }
        None => println!("{text}"),
    }
    Ok(exit_code::ACCEPTED)
}

pub fn import(app: &App, args: ImportArgs) -> Result<i32> {
    let text = match std::fs::read_to_string(&args.file) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Usage(format!(
                "{}: no such file (expected a file written by `judge export`)",
                args.file.display()
            )));
        }
        other => other.context(|| format!("cannot read {}", args.file.display()))?,
    };
    // The format first: another version's file is named as such, not as a
    // missing field.
    let version = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("format").and_then(|f| f.as_u64()));
    if let Some(v) = version
        && v != crate::practice::history::EXPORT_FORMAT as u64
    {
        return Err(Error::Usage(format!(
            "{}: a judge export of format {v}, which this judge cannot read (it reads format {})",
            args.file.display(),
            crate::practice::history::EXPORT_FORMAT
        )));
    }
    let data: Export = serde_json::from_str(&text)
        .map_err(|e| Error::Usage(format!("{}: not a judge export ({e})", args.file.display())))?;
    let (attempts, submissions) = app.history()?.import(&data)?;
    println!(
        "imported {attempts} attempt(s) and {submissions} submission(s) from {} (records already here were skipped)",
        args.file.display()
    );
    Ok(exit_code::ACCEPTED)
}
