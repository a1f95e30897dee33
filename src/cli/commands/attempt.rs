//! The attempt in progress: `judge status`, `pause`, `resume`, `abandon`,
//! `hint`. Every change is logged in the history; elapsed time excludes the
//! logged pauses.

use crate::cli::app::App;
use crate::cli::args::{AttemptArgs, Format, FormatArgs};
use crate::cli::report;
use crate::engine::package::ProblemId;
use crate::error::{Error, Result, exit_code};
use crate::practice::history::Clock;
use crate::practice::vocabulary::{EventKind, Outcome, SubmissionKind};
use std::time::Duration;

pub(super) fn target_line(app: &App, problem: &str, elapsed: Duration) -> String {
    let Ok(pkg) = app.catalog.get(&ProblemId::normalize(problem)) else {
        return report::clock(elapsed);
    };
    if app.difficulty_hidden(pkg.id.as_str()) {
        return format!(
            "{} · difficulty hidden until the mock ends",
            app.style.bold(&report::clock(elapsed))
        );
    }
    let d = pkg.meta.difficulty;
    let (lo, hi) = d.target_minutes();
    let over = elapsed > Duration::from_secs(hi as u64 * 60);
    let mark = if over {
        app.style.red("over target")
    } else {
        app.style.green("within target")
    };
    format!(
        "{} of {} target {lo}–{hi} min · {mark}",
        app.style.bold(&report::clock(elapsed)),
        d.label()
    )
}

pub fn status(app: &App, args: FormatArgs) -> Result<i32> {
    let mut history = app.history_for_reading()?;
    let now = Clock::now_ms()?;
    let ended = crate::practice::mock::settle_expired(&mut history, now)?;
    // An attempt left idle is paused from its last activity (looking at it
    // is not work at it); a read-only history is only read.
    let mut notes = std::collections::HashMap::new();
    let writable: Vec<_> = if history.is_read_only() {
        Vec::new()
    } else {
        history.open_attempts()?
    };
    for a in writable {
        let note = crate::cli::target::settle(app, &mut history, &a, false, now)?;
        if !note.is_empty() {
            notes.insert(a.id, note);
        }
    }
    let open = history.open_attempts()?;
    let mock = history.latest_mock()?.filter(|m| m.ended_at.is_none());
    if args.format == Format::Json {
        let mut items = Vec::new();
        for a in &open {
            let c = history.clock(a, now)?;
            let subs = history.submissions(a.id)?;
            items.push(serde_json::json!({
                "attempt": a,
                "elapsed_ms": c.elapsed.as_millis() as u64,
                "paused": c.paused,
                "paused_ms": c.paused_total.as_millis() as u64,
                "submissions": subs.iter().filter(|s| s.kind == SubmissionKind::Submit).map(|s| &s.verdict).collect::<Vec<_>>(),
            }));
        }
        crate::cli::report::print_json(&serde_json::json!({
            "attempts": items,
            "mock": mock.as_ref().map(|m| serde_json::json!({"mock": m, "remaining_ms": (m.deadline() - now).max(0)})),
        }))?;
        return Ok(exit_code::ACCEPTED);
    }
    let s = &app.style;
    if let Some(m) = ended {
        println!(
            "{}",
            s.yellow(&format!(
                "Time is up for mock interview #{} ({})",
                m.id, m.name
            ))
        );
        print!("{}", super::mock::report_text(app, &history, &m, now)?);
    }
    if let Some(m) = &mock {
        let left = Duration::from_millis((m.deadline() - now).max(0) as u64);
        println!(
            "{} #{} {} · {} left of {} min",
            s.bold("Mock interview"),
            m.id,
            m.name,
            s.bold(&report::clock(left)),
            m.minutes
        );
    }
    if open.is_empty() {
        println!(
            "No attempt in progress. `judge start ID` starts one; `judge today` shows the plan's problems."
        );
        return Ok(exit_code::ACCEPTED);
    }
    for a in &open {
        let c = history.clock(a, now)?;
        let subs = history.submissions(a.id)?;
        let submits: Vec<&str> = subs
            .iter()
            .filter(|s| s.kind == SubmissionKind::Submit)
            .map(|s| s.verdict.as_str())
            .collect();
        let runs = subs
            .iter()
            .filter(|s| s.kind == SubmissionKind::Run)
            .count();
        let title = app
            .catalog
            .get(&ProblemId::normalize(&a.problem))
            .map(|p| p.meta.title.clone())
            .unwrap_or_default();
        println!(
            "{} {} — {}{}",
            s.bold(&a.problem),
            title,
            a.mode,
            if c.paused {
                s.yellow(" · PAUSED")
            } else {
                String::new()
            }
        );
        println!("  {}", target_line(app, &a.problem, c.elapsed));
        if let Some(note) = notes.get(&a.id) {
            println!("  {}", s.dim(note));
        }
        if c.paused_total > Duration::ZERO {
            println!(
                "  paused for {} in all (not counted)",
                report::clock(c.paused_total)
            );
        }
        println!(
            "  {} submission(s){}, {} run(s), {} hint(s)",
            submits.len(),
            if submits.is_empty() {
                String::new()
            } else {
                format!(": {}", submits.join(" "))
            },
            runs,
            a.hints
        );
    }
    Ok(exit_code::ACCEPTED)
}

pub fn pause(app: &App, args: AttemptArgs) -> Result<i32> {
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    crate::practice::mock::settle_expired(&mut history, now)?;
    let a = crate::cli::target::current_attempt(app, &history, args.id.as_deref())?;
    let note = crate::cli::target::settle(app, &mut history, &a, false, now)?;
    if !note.is_empty() {
        println!("{}", app.style.dim(&note));
    }
    let a = history.attempt(a.id)?.unwrap_or(a);
    if a.mock_id.is_some() {
        return Err(Error::Usage("a mock interview's clock cannot be paused, as in a real interview (`judge mock end` ends it)".into()));
    }
    let c = history.clock(&a, now)?;
    if c.paused {
        return Err(Error::Usage(format!(
            "{} is already paused (`judge resume` resumes it)",
            a.problem
        )));
    }
    history.log_event(a.id, EventKind::Pause, None, now)?;
    println!(
        "Paused {} at {} (the pause is logged and not counted). `judge resume` continues.",
        a.problem,
        report::clock(c.elapsed)
    );
    Ok(exit_code::ACCEPTED)
}

pub fn resume(app: &App, args: AttemptArgs) -> Result<i32> {
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    let a = crate::cli::target::current_attempt(app, &history, args.id.as_deref())?;
    let note = crate::cli::target::settle(app, &mut history, &a, false, now)?;
    if !note.is_empty() {
        println!("{}", app.style.dim(&note));
    }
    let a = history.attempt(a.id)?.unwrap_or(a);
    let c = history.clock(&a, now)?;
    if !c.paused {
        return Err(Error::Usage(format!("{} is not paused", a.problem)));
    }
    history.log_event(a.id, EventKind::Resume, None, now)?;
    println!(
        "Resumed {}: {}",
        a.problem,
        target_line(app, &a.problem, c.elapsed)
    );
    Ok(exit_code::ACCEPTED)
}

pub fn abandon(app: &App, args: AttemptArgs) -> Result<i32> {
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    crate::practice::mock::settle_expired(&mut history, now)?;
    let a = crate::cli::target::current_attempt(app, &history, args.id.as_deref())?;
    let note = crate::cli::target::settle(app, &mut history, &a, false, now)?;
    if !note.is_empty() {
        println!("{}", app.style.dim(&note));
    }
    let a = history.attempt(a.id)?.unwrap_or(a);
    let c = history.clock(&a, now)?;
    history.end_attempt(&a, Outcome::Abandoned, now)?;
    println!(
        "Abandoned {} after {}. It will come back in `judge review`; your file is kept.",
        a.problem,
        report::clock(c.elapsed)
    );
    if let Some(m) = a.mock_id.and_then(|m| history.mock(m).ok().flatten())
        && let Some(m) = crate::practice::mock::finish_if_done(&mut history, &m, now)?
    {
        print!("\n{}", super::mock::report_text(app, &history, &m, now)?);
    }
    Ok(exit_code::ACCEPTED)
}

pub fn hint(app: &App, args: AttemptArgs) -> Result<i32> {
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    crate::practice::mock::settle_expired(&mut history, now)?;
    let a = crate::cli::target::current_attempt(app, &history, args.id.as_deref())?;
    let note = crate::cli::target::settle(app, &mut history, &a, true, now)?;
    if !note.is_empty() {
        println!("{}", app.style.dim(&note));
    }
    let pkg = app.catalog.get(&ProblemId::normalize(&a.problem))?;
    let hints = pkg.hints();
    if hints.is_empty() {
        println!("{} has no hints.", a.problem);
        return Ok(exit_code::ACCEPTED);
    }
    let shown = a.hints as usize;
    if shown >= hints.len() {
        if hints.len() == 1 {
            println!("The hint of {} is shown:", a.problem);
        } else {
            println!("All {} hints of {} are shown:", hints.len(), a.problem);
        }
        for (i, h) in hints.iter().enumerate() {
            print!(
                "{}",
                report::hint(&app.style, &format!("Hint {}:", i + 1), h)
            );
        }
        return Ok(exit_code::ACCEPTED);
    }
    history.log_event(a.id, EventKind::Hint, Some(&(shown + 1).to_string()), now)?;
    print!(
        "{}",
        report::hint(
            &app.style,
            &format!("Hint {} of {}:", shown + 1, hints.len()),
            &hints[shown]
        )
    );
    Ok(exit_code::ACCEPTED)
}
