//! `judge mock`: a timed session of several problems under one clock, and
//! its report. Submissions inside it go through `judge submit` as usual.

use crate::cli::app::App;
use crate::cli::args::MockArgs;
use crate::cli::report;
use crate::engine::package::{Difficulty, Package, ProblemId};
use crate::engine::workspace;
use crate::error::{Error, Result, exit_code};
use crate::practice::history::{Clock, History, Mock};
use crate::practice::mock::{PRESETS, preset, rank};
use crate::practice::vocabulary::{Outcome, SubmissionKind};
use std::fmt::Write as _;
use std::time::Duration;

pub fn run(app: &App, args: MockArgs) -> Result<i32> {
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    if let Some(m) = crate::practice::mock::settle_expired(&mut history, now)? {
        println!(
            "{}",
            app.style
                .yellow(&format!("Time is up for mock interview #{}.", m.id))
        );
        print!("{}", report_text(app, &history, &m, now)?);
        if args.preset.as_deref() == Some("report") {
            return Ok(exit_code::ACCEPTED);
        }
    }
    let active = history.latest_mock()?.filter(|m| m.ended_at.is_none());
    match args.preset.as_deref() {
        Some("end") => {
            let m =
                active.ok_or_else(|| Error::Usage("no mock interview is in progress".into()))?;
            history.end_mock(&m, now)?;
            let m = history.mock(m.id)?.unwrap_or(m);
            print!("{}", report_text(app, &history, &m, now)?);
            return Ok(exit_code::ACCEPTED);
        }
        Some("report") => {
            let m = history.latest_mock()?.ok_or_else(|| {
                Error::Usage("no mock interview yet (`judge mock two-medium-50` starts one)".into())
            })?;
            print!("{}", report_text(app, &history, &m, now)?);
            return Ok(exit_code::ACCEPTED);
        }
        _ => {}
    }
    if let Some(m) = active {
        return Err(Error::Usage(format!(
            "mock interview #{} is in progress ({} left): `judge status` shows it, `judge mock end` ends it",
            m.id,
            report::clock(Duration::from_millis((m.deadline() - now).max(0) as u64))
        )));
    }
    let custom = !args.problems.is_empty() || !args.difficulty.is_empty() || args.pattern.is_some();
    if args.preset.is_none() && !custom {
        println!("Mock interview presets (from the study plan):");
        for p in PRESETS {
            println!("  {:<14} {}", p.name, p.about);
        }
        println!(
            "\nStart one with `judge mock two-medium-50`, or build your own:\n  judge mock --difficulty medium --difficulty hard --minutes 75 [--hide-difficulty]\n  judge mock --pattern graphs --count 2 --minutes 60\n  judge mock --problems lc-15,lc-3 --minutes 45"
        );
        return Ok(exit_code::ACCEPTED);
    }
    let (name, wanted, mut minutes) = match args.preset.as_deref() {
        Some(name) => {
            let p = preset(name).ok_or_else(|| {
                Error::Usage(format!(
                    "unknown mock preset `{name}` (expected one of {}, or `end`, `report`)",
                    crate::practice::mock::preset_names().join(", ")
                ))
            })?;
            (p.name.to_string(), p.difficulties.to_vec(), p.minutes)
        }
        None => ("custom".to_string(), Vec::new(), 0),
    };
    let mut wanted: Vec<Option<Difficulty>> = wanted.into_iter().map(Some).collect();
    for d in &args.difficulty {
        wanted.push(Some(Difficulty::parse(d).ok_or_else(|| {
            Error::Usage(format!("--difficulty {d}: expected easy, medium or hard"))
        })?));
    }
    if !args.difficulty.is_empty() && args.preset.is_some() {
        return Err(Error::Usage(
            "give either a preset or --difficulty, not both".into(),
        ));
    }
    if let Some(n) = args.count {
        if n == 0 {
            return Err(Error::Usage("--count: expected at least 1".into()));
        }
        if wanted.is_empty() {
            wanted = vec![None; n];
        } else {
            wanted.truncate(n);
        }
    }
    if wanted.is_empty() && args.problems.is_empty() {
        wanted = vec![None; 2];
    }
    if let Some(m) = args.minutes {
        if !(1..=600).contains(&m) {
            return Err(Error::Usage(format!("--minutes {m}: expected 1 to 600")));
        }
        minutes = m;
    }
    // The problems: as given, or chosen.
    let attempts = history.attempts(None)?;
    let mut chosen: Vec<Package> = Vec::new();
    for id in &args.problems {
        chosen.push(app.catalog.get(&ProblemId::normalize(id))?);
    }
    if args.problems.is_empty() {
        let all: Vec<Package> = app.catalog.packages();
        if let Some(pat) = &args.pattern {
            super::list::known("--pattern", pat, all.iter().flat_map(|p| &p.meta.patterns))?;
        }
        for want in &wanted {
            let candidates: Vec<&Package> = all
                .iter()
                .filter(|p| want.is_none_or(|d| p.meta.difficulty == d))
                .filter(|p| {
                    args.pattern.as_ref().is_none_or(|pat| {
                        p.meta.patterns.iter().any(|x| x.eq_ignore_ascii_case(pat))
                    })
                })
                .filter(|p| !chosen.iter().any(|c| c.id == p.id))
                .collect();
            let pick = rank(candidates, &attempts, now as u64)
                .into_iter()
                .next()
                .ok_or_else(|| {
                    Error::Usage(format!(
                        "no {}problem{} left to choose",
                        want.map(|d| format!("{} ", d.label())).unwrap_or_default(),
                        args.pattern
                            .as_ref()
                            .map(|p| format!(" with pattern {p}"))
                            .unwrap_or_default()
                    ))
                })?;
            chosen.push(pick.clone());
        }
    }
    if minutes == 0 {
        // Custom sessions default to the sum of the problems' targets.
        minutes = chosen
            .iter()
            .map(|p| p.meta.difficulty.target_minutes().1 as i64)
            .sum();
    }
    let ids: Vec<String> = chosen.iter().map(|p| p.id.to_string()).collect();
    // An interview starts from LeetCode's stub; earlier code is moved aside
    // (and stored in the history), never lost.
    let mut files = Vec::new();
    let mut set_aside = Vec::new();
    for p in &chosen {
        let ws = workspace::create(&app.data, p, workspace::Earlier::SetAside)?;
        super::start::record_set_aside(&mut history, p, &ws, now)?;
        if let Some((aside, _)) = &ws.set_aside {
            set_aside.push(aside.clone());
        }
        files.push(ws.solution);
    }
    let m = history.start_mock(&name, minutes, args.hide_difficulty, &ids, now)?;
    let s = &app.style;
    println!(
        "{} #{} ({}) — {}, {} minutes, one clock: it started now.",
        s.bold("Mock interview"),
        m.id,
        name,
        crate::cli::report::plural(chosen.len(), "problem"),
        minutes
    );
    for (p, f) in chosen.iter().zip(&files) {
        let d = if args.hide_difficulty {
            String::new()
        } else {
            format!(" · {}", p.meta.difficulty.label())
        };
        println!(
            "  {} {}{d}\n      {}",
            s.bold(p.id.as_str()),
            p.meta.title,
            f.display()
        );
    }
    for aside in &set_aside {
        println!(
            "  {}",
            s.dim(&format!(
                "your earlier code is kept as {} (each problem starts from LeetCode's stub)",
                aside.display()
            ))
        );
    }
    println!(
        "\n`judge show ID` prints a statement, `judge submit ID` submits; `judge status` shows the time left.\nThe clock cannot be paused. The report comes when every problem is done, when time runs out, or with `judge mock end`."
    );
    Ok(exit_code::ACCEPTED)
}

/// The report: per problem verdict and time, the total against the limit.
pub fn report_text(app: &App, history: &History, m: &Mock, now: i64) -> Result<String> {
    let s = &app.style;
    let mut out = String::new();
    let attempts = history.mock_attempts(m.id)?;
    let solved = attempts
        .iter()
        .filter(|a| a.outcome == Some(Outcome::Accepted))
        .count();
    let end = m.ended_at.unwrap_or(now);
    let _ = writeln!(
        out,
        "{} #{} ({}) — {}/{} solved",
        s.bold("Mock interview report"),
        m.id,
        m.name,
        solved,
        attempts.len()
    );
    for a in &attempts {
        let pkg = app.catalog.get(&ProblemId::normalize(&a.problem));
        let (title, difficulty) = match &pkg {
            Ok(p) => (p.meta.title.clone(), p.meta.difficulty.label()),
            Err(_) => (String::new(), ""),
        };
        let subs = history.submissions(a.id)?;
        let submits: Vec<&str> = subs
            .iter()
            .filter(|x| x.kind == SubmissionKind::Submit)
            .map(|x| x.verdict.as_str())
            .collect();
        let result = match a.outcome {
            Some(Outcome::Accepted) => s.green(&format!(
                "Accepted at {}",
                report::clock(Duration::from_millis(
                    (a.ended_at.unwrap_or(end) - m.started_at).max(0) as u64
                ))
            )),
            _ => match submits.last() {
                Some(v) => s.red(&format!("not solved (last: {v})")),
                None => s.red("not submitted"),
            },
        };
        let _ = writeln!(
            out,
            "  {:<7} {:<44} {:<6} {}  {} submission(s)",
            a.problem,
            title,
            difficulty,
            result,
            submits.len()
        );
    }
    let used = Duration::from_millis((end - m.started_at).max(0) as u64);
    let limit = Duration::from_secs(m.minutes as u64 * 60);
    let _ = writeln!(
        out,
        "  time used {} of {} min{}",
        s.bold(&report::clock(used)),
        m.minutes,
        if m.ended_at.is_none() {
            " (still running)"
        } else if used >= limit {
            " (time ran out)"
        } else {
            ""
        }
    );
    Ok(out)
}
