//! `judge plan`, `judge today` and `judge review`: the 12-week plan as the
//! user lives it, and the problems due for spaced repetition.

use crate::cli::app::App;
use crate::cli::args::{Format, FormatArgs, PlanAction, PlanArgs};
use crate::cli::report::{fit, plural};
use crate::engine::package::{Package, ProblemId};
use crate::error::{Error, Result, exit_code};
use crate::practice::history::{Clock, History};
use crate::practice::plan::{
    BUILTIN_SOURCE, Block, Pick, PickFrom, Plan, day_of, format_date, parse_date, task_id,
};
use crate::practice::review::{self, ReviewItem};
use crate::practice::vocabulary::{Outcome, SubmissionKind};
use std::collections::{BTreeSet, HashMap};

pub fn run(app: &App, args: PlanArgs) -> Result<i32> {
    let mut history = app.history()?;
    let now = Clock::now_ms()?;
    match args.action {
        Some(PlanAction::Start { on, file, restart }) => {
            let start = match on {
                None => day_of(now),
                Some(d) => parse_date(&d).ok_or_else(|| {
                    Error::Usage(format!("--on {d}: expected a date as YYYY-MM-DD"))
                })?,
            };
            let source = match file {
                None => BUILTIN_SOURCE.to_string(),
                Some(f) => std::fs::canonicalize(&f)
                    .map_err(|e| Error::Usage(format!("--file {}: {e}", f.display())))?
                    .display()
                    .to_string(),
            };
            let plan = Plan::load(&source, &app.catalog)?;
            if !restart && let Some((old_start, _)) = history.plan()? {
                return Err(running_plan(&history, app, &old_start, now));
            }
            let cleared = history.set_plan(&format_date(start), &source)?;
            println!(
                "Started “{}”: week 1, day 1 is {}; the plan ends on {}.",
                plan.name,
                format_date(start),
                format_date(start + plan.total_days() - 1)
            );
            if cleared > 0 {
                println!("Restarted: cleared {cleared} ticked checklist item(s).");
            }
            println!("`judge today` shows each day's problems and tasks.");
            Ok(exit_code::ACCEPTED)
        }
        Some(PlanAction::Done { items }) => {
            let (_, plan) = started(&history, app)?;
            let known = all_task_ids(&plan);
            let items = checked_items(&plan, &known, &items)?;
            for (item, text) in items {
                let fresh = history.mark_done(&item, now)?;
                println!(
                    "{} {item} {text}{}",
                    app.style.green("[x]"),
                    if fresh { "" } else { " (already done)" }
                );
            }
            Ok(exit_code::ACCEPTED)
        }
        Some(PlanAction::Undo { items }) => {
            let (_, plan) = started(&history, app)?;
            let known = all_task_ids(&plan);
            let items = checked_items(&plan, &known, &items)?;
            for (item, text) in items {
                let was = history.unmark_done(&item)?;
                println!(
                    "[ ] {item} {text}{}",
                    if was { "" } else { " (was not ticked off)" }
                );
            }
            Ok(exit_code::ACCEPTED)
        }
        None => show(app, &history, now, args.format),
    }
}

fn started(history: &History, app: &App) -> Result<(i64, Plan)> {
    let (start, source) = history.plan()?.ok_or_else(|| {
        Error::Usage("no plan started yet: `judge plan start [--on YYYY-MM-DD]`".into())
    })?;
    let start = parse_date(&start)
        .ok_or_else(|| Error::Internal(format!("bad plan start date {start}")))?;
    Ok((start, Plan::load(&source, &app.catalog)?))
}

/// Why `judge plan start` without `--restart` refuses over a running plan:
/// what a restart would lose.
fn running_plan(history: &History, app: &App, old_start: &str, now: i64) -> Error {
    let ticked = history.done_items().map(|d| d.len()).unwrap_or(0);
    let name = started(history, app)
        .map(|(_, p)| format!("“{}”", p.name))
        .unwrap_or_else(|_| "a plan".into());
    let week = parse_date(old_start)
        .map(|s| format!(", now in week {}", (day_of(now) - s).div_euclid(7) + 1))
        .unwrap_or_default();
    Error::Usage(format!(
        "a plan is already running: {name}, started {old_start}{week}, with {ticked} checklist item{} ticked off. \
         `judge plan start --restart` starts over: week 1 moves to the new date and the ticks are cleared \
         (your attempts and submissions stay in the history).",
        if ticked == 1 { "" } else { "s" }
    ))
}

/// The items as given, each with its text, or an error naming the ids the
/// plan does have (nothing is ticked unless every item is known).
fn checked_items(
    plan: &Plan,
    known: &HashMap<String, String>,
    items: &[String],
) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for item in items {
        let id = item.trim();
        let Some(text) = known.get(id) else {
            let week: Option<u32> = id.split('.').next().and_then(|w| w.parse().ok());
            let hint = match week.and_then(|w| plan.weeks.get(w as usize - 1).map(|_| w)) {
                Some(w) => {
                    let mut ids: Vec<&String> = known
                        .keys()
                        .filter(|k| k.starts_with(&format!("{w}.")))
                        .collect();
                    ids.sort();
                    let ids: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
                    format!("week {w} has {}", ids.join(", "))
                }
                None => format!("weeks run from 1 to {}", plan.weeks.len()),
            };
            return Err(Error::Usage(format!(
                "no checklist item `{item}` in the plan: ids are week.block.task, as `judge plan` lists them ({hint})"
            )));
        };
        out.push((id.to_string(), text.clone()));
    }
    Ok(out)
}

/// A note in lines of at most 80 columns, each after `indent`.
fn wrapped(text: &str, indent: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.chars().count() + 1 + word.chars().count() > 80 {
            lines.push(std::mem::replace(&mut line, String::from(indent)));
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

fn all_task_ids(plan: &Plan) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for w in &plan.weeks {
        for (bi, b) in w.days.iter().enumerate() {
            for (ti, t) in b.tasks.iter().enumerate() {
                out.insert(task_id(w.number, bi, ti), t.clone());
            }
        }
    }
    out
}

/// Problems accepted since `since` (a day number).
fn solved_since(history: &History, since: i64) -> Result<BTreeSet<String>> {
    Ok(history
        .attempts(None)?
        .into_iter()
        .filter(|a| {
            a.outcome == Some(Outcome::Accepted) && a.ended_at.is_some_and(|e| day_of(e) >= since)
        })
        .map(|a| a.problem)
        .collect())
}

fn show(app: &App, history: &History, now: i64, format: Format) -> Result<i32> {
    let (start, plan) = started(history, app)?;
    let done = history.done_items()?;
    let solved = solved_since(history, start)?;
    let today = day_of(now);
    if format == Format::Json {
        let weeks: Vec<_> = plan
            .weeks
            .iter()
            .map(|w| {
                serde_json::json!({
                    "number": w.number,
                    "title": w.title,
                    "days": w.days.iter().enumerate().map(|(bi, b)| serde_json::json!({
                        "days": b.days,
                        "dates": b.days.iter().map(|d| format_date(start + (w.number as i64 - 1) * 7 + *d as i64 - 1)).collect::<Vec<_>>(),
                        "title": b.title,
                        "problems": b.problems.iter().map(|p| serde_json::json!({"id": p, "solved": solved.contains(p)})).collect::<Vec<_>>(),
                        "mock": b.mock,
                        "note": b.note,
                        "tasks": b.tasks.iter().enumerate().map(|(ti, t)| {
                            let id = task_id(w.number, bi, ti);
                            serde_json::json!({"id": id, "text": t, "done": done.contains(&id)})
                        }).collect::<Vec<_>>(),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        crate::cli::report::print_json(
            &serde_json::json!({ "name": plan.name, "start": format_date(start), "weeks": weeks }),
        )?;
        return Ok(exit_code::ACCEPTED);
    }
    let s = &app.style;
    let day_list = |days: &[u32]| {
        days.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let blocks = || plan.weeks.iter().flat_map(|w| &w.days);
    let dw = blocks().map(|b| day_list(&b.days).len()).max().unwrap_or(1);
    // The title column leaves room for the commonest progress,
    // `0/4 problems · 0/2 tasks`; a row with more goes on two lines.
    const PROGRESS: usize = 24;
    let head_width = 2 + 4 + dw + 1;
    let tw = blocks()
        .map(|b| b.title.chars().count())
        .max()
        .unwrap_or(1)
        .min(s.width.saturating_sub(head_width + 2 + PROGRESS));
    println!("{} — started {}", s.bold(&plan.name), format_date(start));
    for w in &plan.weeks {
        let week_start = start + (w.number as i64 - 1) * 7;
        let current = (week_start..week_start + 7).contains(&today);
        let head = format!(
            "Week {} ({}): {}",
            w.number,
            format_date(week_start),
            w.title
        );
        println!(
            "\n{}",
            if current {
                s.yellow(&format!("{head}  ← this week"))
            } else {
                s.bold(&head)
            }
        );
        for (bi, b) in w.days.iter().enumerate() {
            let here = current && b.days.contains(&((today - week_start) as u32 + 1));
            let days = day_list(&b.days);
            let n_solved = b.problems.iter().filter(|p| solved.contains(*p)).count();
            let n_done = (0..b.tasks.len())
                .filter(|ti| done.contains(&task_id(w.number, bi, *ti)))
                .count();
            let mut parts = Vec::new();
            if !b.problems.is_empty() {
                parts.push(format!(
                    "{n_solved}/{}",
                    plural(b.problems.len(), "problem")
                ));
            }
            if b.pick.is_some() {
                parts.push("problems from your record".into());
            }
            if let Some(m) = &b.mock {
                parts.push(format!("mock {m}"));
            }
            if !b.tasks.is_empty() {
                parts.push(format!("{n_done}/{}", plural(b.tasks.len(), "task")));
            }
            // The progress beside the title where the row fits, else on a
            // line of its own under the title.
            let head = format!("  day {days:<dw$} ");
            let parts = parts.join(" · ");
            let one_line = b.title.chars().count() <= tw
                && head_width + tw + 2 + parts.chars().count() <= s.width;
            let line = if one_line {
                format!("{head}{:<tw$}  {}", b.title, s.dim(&parts))
            } else {
                let title = fit(&b.title, s.width.saturating_sub(head_width));
                let under = " ".repeat(head_width);
                let parts = fit(&parts, s.width.saturating_sub(under.len()));
                format!("{head}{title}\n{under}{}", s.dim(&parts))
            };
            println!("{}", if here { s.yellow(&line) } else { line });
            if let Some(note) = &b.note {
                println!("{}", s.dim(&wrapped(note, "    ")));
            }
            for (ti, t) in b.tasks.iter().enumerate() {
                let id = task_id(w.number, bi, ti);
                let mark = if done.contains(&id) {
                    s.green("[x]")
                } else {
                    "[ ]".to_string()
                };
                println!("    {mark} {id:<7} {t}");
            }
        }
    }
    Ok(exit_code::ACCEPTED)
}

pub fn today(app: &App, args: FormatArgs) -> Result<i32> {
    let mut history = app.history_for_reading()?;
    let now = Clock::now_ms()?;
    crate::practice::mock::settle_expired(&mut history, now)?;
    let (start, plan) = started(&history, app)?;
    let date = day_of(now);
    let Some(day) = plan.day_at(start, date) else {
        if date < start {
            println!(
                "The plan starts on {} (in {}).",
                format_date(start),
                plural((start - date) as usize, "day")
            );
        } else {
            println!(
                "The plan ended on {}. `judge stats` shows where you stand; `judge review` what to revisit.",
                format_date(start + plan.total_days() - 1)
            );
        }
        return Ok(exit_code::ACCEPTED);
    };
    let solved = solved_since(&history, start)?;
    let done = history.done_items()?;
    let picked = pick(app, &history, day.block, now, date)?;
    let packages: HashMap<String, Package> = app
        .catalog
        .packages()
        .into_iter()
        .map(|p| (p.id.to_string(), p))
        .collect();
    let problems: Vec<(String, &'static str)> = day
        .block
        .problems
        .iter()
        .map(|p| (p.clone(), "plan"))
        .chain(picked.problems.iter().map(|p| (p.clone(), picked.why)))
        .collect();
    if args.format == Format::Json {
        crate::cli::report::print_json(&serde_json::json!({
            "date": format_date(date),
            "week": day.week.number,
            "day": day.day,
            "title": day.block.title,
            "problems": problems.iter().map(|(p, why)| serde_json::json!({"id": p, "why": why, "solved": solved.contains(p)})).collect::<Vec<_>>(),
            "note": picked.note.as_ref().or(day.block.note.as_ref()),
            "mock": day.block.mock,
            "tasks": day.block.tasks.iter().enumerate().map(|(ti, t)| {
                let id = task_id(day.week.number, day.block_index, ti);
                serde_json::json!({"id": id, "text": t, "done": done.contains(&id)})
            }).collect::<Vec<_>>(),
        }))?;
        return Ok(exit_code::ACCEPTED);
    }
    let s = &app.style;
    println!(
        "{} — week {}, day {}: {}",
        s.bold(&format_date(date)),
        day.week.number,
        day.day,
        s.bold(&day.block.title)
    );
    if !day.week.goal.is_empty() {
        println!(
            "{}",
            s.dim(&format!(
                "Week {}: {} — {}",
                day.week.number, day.week.title, day.week.goal
            ))
        );
    }
    if !problems.is_empty() {
        let hidden = app.hidden_difficulties();
        println!("\n{}", s.bold("Problems"));
        for (p, why) in &problems {
            let pkg = packages.get(p);
            let title = pkg.map(|x| x.meta.title.as_str()).unwrap_or("");
            let d = match pkg {
                Some(x) if !hidden.contains(p) => x.meta.difficulty.label(),
                Some(_) => "difficulty hidden",
                None => "",
            };
            let status = if solved.contains(p) {
                s.green("✓ solved")
            } else if history.open_attempt(p)?.is_some() {
                s.yellow("in progress")
            } else {
                s.dim(&format!("judge start {p}"))
            };
            let why = if *why == "plan" {
                String::new()
            } else {
                s.dim(&format!(" ({why})"))
            };
            // Room for `judge start lc-1234` after the difficulty.
            let tw = 46.min(s.width.saturating_sub(2 + 7 + 1 + 1 + 6 + 1 + 19));
            println!("  {:<7} {:<tw$} {:<6} {status}{why}", p, fit(title, tw), d);
        }
    }
    if let Some(note) = &picked.note {
        println!("  {}", s.dim(note));
    }
    if let Some(note) = &day.block.note {
        println!("{}", s.dim(&wrapped(note, "  ")));
    }
    if let Some(m) = &day.block.mock {
        println!("\n{} `judge mock {m}`", s.bold("Mock interview:"));
    }
    if !day.block.tasks.is_empty() {
        println!("\n{}", s.bold("Checklist"));
        for (ti, t) in day.block.tasks.iter().enumerate() {
            let id = task_id(day.week.number, day.block_index, ti);
            let mark = if done.contains(&id) {
                s.green("[x]")
            } else {
                "[ ]".to_string()
            };
            println!("  {mark} {id:<7} {t}");
        }
        println!(
            "{}",
            s.dim("  `judge plan done ID` ticks an item off, `judge plan undo ID` unticks it.")
        );
    }
    Ok(exit_code::ACCEPTED)
}

struct Picked {
    problems: Vec<String>,
    why: &'static str,
    note: Option<String>,
}

/// The problems a day's `pick` chooses from the user's record.
fn pick(app: &App, history: &History, block: &Block, now: i64, date: i64) -> Result<Picked> {
    let Some(Pick {
        from,
        count,
        difficulty,
        list,
    }) = &block.pick
    else {
        return Ok(Picked {
            problems: Vec::new(),
            why: "",
            note: None,
        });
    };
    let attempts = history.attempts(None)?;
    let all: Vec<Package> = app.catalog.packages();
    let accepted: BTreeSet<&str> = attempts
        .iter()
        .filter(|a| a.outcome == Some(Outcome::Accepted))
        .map(|a| a.problem.as_str())
        .collect();
    let fits = |p: &&Package| {
        difficulty.is_none_or(|d| p.meta.difficulty == d)
            && list.as_ref().is_none_or(|l| p.meta.lists.contains(l))
            && !block.problems.contains(&p.id.to_string())
    };
    match from {
        PickFrom::Review => {
            let due: Vec<String> = review_items(app, history)?
                .into_iter()
                .filter(|r| r.due_at <= now)
                .take(*count)
                .map(|r| r.problem)
                .collect();
            let note = due
                .is_empty()
                .then(|| "Nothing is due for review today.".to_string());
            Ok(Picked {
                problems: due,
                why: "due for review",
                note,
            })
        }
        PickFrom::Unsolved => {
            let candidates: Vec<&Package> = all
                .iter()
                .filter(fits)
                .filter(|p| !accepted.contains(p.id.as_str()))
                .collect();
            let chosen = crate::practice::mock::rank(candidates, &attempts, date as u64);
            let note = chosen.is_empty().then(|| {
                "You have solved every problem that fits: pick any for review.".to_string()
            });
            Ok(Picked {
                problems: chosen
                    .into_iter()
                    .take(*count)
                    .map(|p| p.id.to_string())
                    .collect(),
                why: "not solved yet",
                note,
            })
        }
        PickFrom::SlowestPattern => {
            let packages: HashMap<String, &Package> =
                all.iter().map(|p| (p.id.to_string(), p)).collect();
            let info = |id: &str| {
                packages.get(ProblemId::normalize(id).as_str()).map(|p| {
                    crate::practice::stats::ProblemInfo {
                        difficulty: p.meta.difficulty,
                        patterns: &p.meta.patterns,
                    }
                })
            };
            let st = crate::practice::stats::compute(&attempts, &info);
            let Some(pattern) = st.slowest_pattern.or(st.most_failing_pattern) else {
                return Ok(Picked {
                    problems: Vec::new(),
                    why: "",
                    note: Some(
                        "No slowest pattern yet: finish a few attempts first (`judge stats`)."
                            .into(),
                    ),
                });
            };
            let candidates: Vec<&Package> = all
                .iter()
                .filter(fits)
                .filter(|p| p.meta.patterns.contains(&pattern))
                .collect();
            let chosen = crate::practice::mock::rank(candidates, &attempts, date as u64);
            Ok(Picked {
                problems: chosen
                    .into_iter()
                    .take(*count)
                    .map(|p| p.id.to_string())
                    .collect(),
                why: "your slowest pattern",
                note: Some(format!(
                    "Your slowest pattern is {pattern} (from `judge stats`)."
                )),
            })
        }
    }
}

/// The review schedule of every problem with a finished attempt.
pub fn review_items(app: &App, history: &History) -> Result<Vec<ReviewItem>> {
    let attempts = history.attempts(None)?;
    let mut by_problem: std::collections::BTreeMap<&str, Vec<&crate::practice::history::Attempt>> =
        Default::default();
    for a in &attempts {
        by_problem.entry(a.problem.as_str()).or_default().push(a);
    }
    let mut items = Vec::new();
    for (problem, list) in by_problem {
        let Ok(pkg) = app.catalog.get(&ProblemId::normalize(problem)) else {
            continue;
        };
        let mut graded = Vec::new();
        for a in list {
            let wrong = history
                .submissions(a.id)?
                .iter()
                .filter(|s| {
                    s.kind == SubmissionKind::Submit && s.verdict != "AC" && s.verdict != "JE"
                })
                .count();
            graded.push((a, pkg.meta.difficulty, wrong));
        }
        if let Some(item) = review::schedule(problem, &graded) {
            items.push(item);
        }
    }
    items.sort_by_key(|r| r.due_at);
    Ok(items)
}

pub fn review(app: &App, args: FormatArgs) -> Result<i32> {
    let history = app.history_for_reading()?;
    let now = Clock::now_ms()?;
    let items = review_items(app, &history)?;
    let (due, later): (Vec<&ReviewItem>, Vec<&ReviewItem>) =
        items.iter().partition(|r| r.due_at <= now);
    if args.format == Format::Json {
        crate::cli::report::print_json(&serde_json::json!({ "due": due, "upcoming": later }))?;
        return Ok(exit_code::ACCEPTED);
    }
    let s = &app.style;
    if items.is_empty() {
        println!(
            "Nothing to review yet: problems come back here after you finish attempts at them."
        );
        return Ok(exit_code::ACCEPTED);
    }
    if due.is_empty() {
        println!("Nothing is due for review.");
    } else {
        println!("{}", s.bold("Due for review"));
        for r in &due {
            let overdue = (now - r.due_at) / 86_400_000;
            println!(
                "  {:<7} {:<44} last: {}{}  → `judge start {}`",
                r.problem,
                title(app, &r.problem),
                r.reason,
                if overdue > 0 {
                    format!(", {overdue} day(s) overdue")
                } else {
                    String::new()
                },
                r.problem
            );
        }
    }
    if !later.is_empty() {
        println!("{}", s.bold("Coming up"));
        for r in later.iter().take(5) {
            println!(
                "  {:<7} {:<44} on {} (last: {})",
                r.problem,
                title(app, &r.problem),
                format_date(day_of(r.due_at)),
                r.reason
            );
        }
    }
    Ok(exit_code::ACCEPTED)
}

fn title(app: &App, id: &str) -> String {
    app.catalog
        .get(&ProblemId::normalize(id))
        .map(|p| p.meta.title)
        .unwrap_or_default()
}
