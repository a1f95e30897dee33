//! `judge stats`: how far the user is from the plan's goals, per difficulty
//! and pattern, with a submission calendar and a bar per pattern.

use crate::cli::app::App;
use crate::cli::args::{Format, StatsArgs};
use crate::cli::report::{self, Style};
use crate::engine::package::{Package, ProblemId};
use crate::error::{Result, exit_code};
use crate::practice::history::{Clock, History};
use crate::practice::plan::{day_of, format_date};
use crate::practice::stats::{self, ProblemInfo, Row, Stats, WeekTime};
use crate::practice::vocabulary::SubmissionKind;
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

/// What `judge stats` and `judge report` show: the rates against the
/// goals, the submission calendar over the last `weeks` weeks, and the
/// time against target per week.
pub struct Record {
    pub stats: Stats,
    /// Submissions per day, from `first` to `today` (day numbers).
    pub per_day: BTreeMap<i64, usize>,
    pub first: i64,
    pub today: i64,
    pub weekly: Vec<WeekTime>,
}

pub fn record(app: &App, history: &History, now: i64, weeks: u32) -> Result<Record> {
    let attempts = history.attempts(None)?;
    let packages: HashMap<String, Package> = app
        .catalog
        .packages()
        .into_iter()
        .map(|p| (p.id.to_string(), p))
        .collect();
    let info = |id: &str| -> Option<ProblemInfo<'_>> {
        packages
            .get(ProblemId::normalize(id).as_str())
            .map(|p| ProblemInfo {
                difficulty: p.meta.difficulty,
                patterns: &p.meta.patterns,
            })
    };
    let mut st = stats::compute(&attempts, &info);
    let mut unclocked: Vec<String> = history
        .unclocked_submissions(None)?
        .into_iter()
        .filter(|s| s.kind == SubmissionKind::Submit)
        .map(|s| s.problem)
        .collect();
    unclocked.sort();
    unclocked.dedup();
    stats::add_untimed(&mut st, &unclocked, &info);
    let today = day_of(now);
    // Columns are weeks starting on Monday.
    let first = stats::week_start(today) - (weeks.clamp(1, 52) as i64 - 1) * 7;
    Ok(Record {
        per_day: stats::submissions_per_day(&history.all_submissions()?, first, today),
        weekly: stats::time_against_target_by_week(&attempts, &info),
        stats: st,
        first,
        today,
    })
}

pub fn run(app: &App, args: StatsArgs) -> Result<i32> {
    let history = app.history_for_reading()?;
    let now = Clock::now_ms()?;
    let weeks = args.weeks.clamp(1, 52) as i64;
    let Record {
        stats: st,
        per_day,
        first,
        today,
        ..
    } = record(app, &history, now, args.weeks)?;
    if args.format == Format::Json {
        crate::cli::report::print_json(&serde_json::json!({
            "by_difficulty": st.by_difficulty,
            "by_pattern": st.by_pattern,
            "slowest_pattern": st.slowest_pattern,
            "most_failing_pattern": st.most_failing_pattern,
            "calendar": per_day.iter().map(|(d, n)| serde_json::json!({"date": format_date(*d), "submissions": n})).collect::<Vec<_>>(),
        }))?;
        return Ok(exit_code::ACCEPTED);
    }
    let s = &app.style;
    println!(
        "{}",
        s.bold("Against the plan's goals (accepted within the target time)")
    );
    for r in &st.by_difficulty {
        let goal = r.goal_percent.unwrap_or(0);
        let met = r.attempts > 0 && r.within_target_percent >= goal as f64;
        let verdict = if r.attempts == 0 {
            s.dim("no attempts yet")
        } else if met {
            s.green("goal met")
        } else {
            s.red(&format!(
                "{:.0} points below",
                goal as f64 - r.within_target_percent
            ))
        };
        println!(
            "  {:<7} {} {:>5.1}% of {:>2} within {} min (goal {goal}%)  median {}  {verdict}{}",
            r.name,
            bar(s, r.within_target_percent, 20),
            r.within_target_percent,
            r.attempts,
            r.target_minutes.unwrap_or(0),
            median(r),
            untimed_note(s, r),
        );
    }
    println!("\n{}", s.bold("By pattern"));
    if st.by_pattern.is_empty() {
        println!("  no finished attempts yet");
    }
    let w = st
        .by_pattern
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(10);
    for r in &st.by_pattern {
        println!(
            "  {:<w$} {} {:>5.1}%  {}/{} accepted, {} within target, median {}{}{}",
            r.name,
            bar(s, r.within_target_percent, 20),
            r.within_target_percent,
            r.accepted,
            r.attempts,
            r.accepted_within_target,
            median(r),
            r.median_target_ratio
                .map(|x| format!(" ({x:.2}x target)"))
                .unwrap_or_default(),
            untimed_note(s, r),
        );
    }
    match (&st.slowest_pattern, &st.most_failing_pattern) {
        (None, None) => {}
        (slow, fail) => {
            println!();
            if let Some(p) = slow {
                println!("  {} {}", s.bold("Slowest pattern:"), s.yellow(p));
            }
            if let Some(p) = fail {
                println!("  {} {}", s.bold("Fails most:"), s.yellow(p));
            }
            if let Some(p) = slow.as_ref().or(fail.as_ref()) {
                println!(
                    "  Work on it: `judge list --pattern {p}`, or `judge mock --pattern {p} --count 2`."
                );
            }
        }
    }
    println!("\n{}", s.bold(&format!("Submissions, last {weeks} weeks")));
    print!("{}", calendar(s, &per_day, first, today, weeks));
    Ok(exit_code::ACCEPTED)
}

fn median(r: &Row) -> String {
    r.median_ms
        .map(|ms| report::clock(Duration::from_millis(ms as u64)))
        .unwrap_or_else(|| "—".into())
}

fn bar(s: &Style, percent: f64, width: usize) -> String {
    let filled = ((percent / 100.0) * width as f64).round() as usize;
    format!(
        "{}{}",
        s.green(&"█".repeat(filled.min(width))),
        s.dim(&"░".repeat(width - filled.min(width)))
    )
}

/// A week-by-column grid, Monday at the top, like a contribution calendar.
fn calendar(
    s: &Style,
    per_day: &BTreeMap<i64, usize>,
    first: i64,
    today: i64,
    weeks: i64,
) -> String {
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut out = String::new();
    for (row, name) in names.iter().enumerate() {
        out.push_str(&format!("  {name} "));
        for w in 0..weeks {
            let d = first + w * 7 + row as i64;
            let cell = if d > today {
                " ".to_string()
            } else {
                match per_day.get(&d).copied().unwrap_or(0) {
                    0 => s.dim("·"),
                    1 => s.green("▪"),
                    2..=3 => s.green("◼"),
                    _ => s.green("█"),
                }
            };
            out.push_str(&cell);
            out.push(' ');
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "      from {} to {} · ▪ 1  ◼ 2-3  █ 4+ submissions\n",
        format_date(first),
        format_date(today)
    ));
    out
}

/// `  + 2 untimed` for problems submitted without an attempt.
fn untimed_note(s: &Style, r: &stats::Row) -> String {
    if r.untimed == 0 {
        String::new()
    } else {
        s.dim(&format!(
            "  + {} untimed (submitted without `judge start`)",
            r.untimed
        ))
    }
}
