//! The study plan as data: a TOML file (the built-in 12-week plan, or the
//! user's own), its validation, and which day of it a date falls on. What
//! the user has done lives in the history; what to pick for a day from the
//! user's record is decided by `cmd/today.rs`.

use crate::engine::package::{Catalog, Difficulty, ProblemId};
use crate::error::{Error, Result};
use serde::Deserialize;

pub const BUILTIN: &str = include_str!("../../plans/12-week.toml");
pub const BUILTIN_SOURCE: &str = "builtin";

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub name: String,
    #[serde(rename = "week")]
    pub weeks: Vec<Week>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Week {
    pub number: u32,
    pub title: String,
    #[serde(default)]
    pub goal: String,
    pub days: Vec<Block>,
}

/// One or more days of a week with the same work.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub days: Vec<u32>,
    pub title: String,
    #[serde(default)]
    pub problems: Vec<String>,
    pub pick: Option<Pick>,
    pub mock: Option<String>,
    #[serde(default)]
    pub tasks: Vec<String>,
    /// What the user should know about the block, shown beside it (for
    /// example that judge holds no data a title might suggest).
    pub note: Option<String>,
}

/// Problems chosen from the user's own record when the day comes.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pick {
    pub from: PickFrom,
    #[serde(default = "one")]
    pub count: usize,
    pub difficulty: Option<Difficulty>,
    pub list: Option<String>,
}

fn one() -> usize {
    1
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PickFrom {
    /// Problems of the pattern `judge stats` finds slowest.
    SlowestPattern,
    /// Problems never accepted.
    Unsolved,
    /// Problems due for review (spaced repetition).
    Review,
}

/// A day of the plan: where it is and what it holds.
pub struct Day<'a> {
    pub week: &'a Week,
    pub block_index: usize,
    pub block: &'a Block,
    /// 1..=7 within the week.
    pub day: u32,
}

impl Plan {
    pub fn parse(text: &str, origin: &str, catalog: &Catalog) -> Result<Plan> {
        let plan: Plan = toml::from_str(text)
            .map_err(|e| Error::Usage(format!("{origin}: {}", e.message().trim())))?;
        plan.validate(origin, catalog)?;
        Ok(plan)
    }

    /// The plan a user started: the built-in one, or their file.
    pub fn load(source: &str, catalog: &Catalog) -> Result<Plan> {
        if source == BUILTIN_SOURCE {
            return Plan::parse(BUILTIN, "the built-in plan", catalog);
        }
        let text = std::fs::read_to_string(source).map_err(|e| {
            Error::Usage(format!(
                "cannot read the plan file {source}: {e} (start the plan again with `judge plan start`)"
            ))
        })?;
        Plan::parse(&text, source, catalog)
    }

    fn validate(&self, origin: &str, catalog: &Catalog) -> Result<()> {
        let bad = |at: String, msg: String| Error::Usage(format!("{origin}: {at}: {msg}"));
        for (wi, w) in self.weeks.iter().enumerate() {
            if w.number as usize != wi + 1 {
                return Err(bad(
                    format!("week #{}", wi + 1),
                    format!("`number` is {}, expected {}", w.number, wi + 1),
                ));
            }
            let mut seen = std::collections::BTreeSet::new();
            for (bi, b) in w.days.iter().enumerate() {
                let at = format!("week {} days #{} (`{}`)", w.number, bi + 1, b.title);
                if b.days.is_empty() {
                    return Err(bad(at, "`days` is empty".into()));
                }
                for &d in &b.days {
                    if !(1..=7).contains(&d) {
                        return Err(bad(at, format!("day {d} is not 1-7")));
                    }
                    if !seen.insert(d) {
                        return Err(bad(at, format!("day {d} is listed twice in the week")));
                    }
                }
                for p in &b.problems {
                    if !catalog.contains(&ProblemId::normalize(p)) {
                        return Err(bad(at, format!("unknown problem `{p}` in `problems`")));
                    }
                }
                if let Some(m) = &b.mock
                    && crate::practice::mock::preset(m).is_none()
                {
                    return Err(bad(
                        at,
                        format!(
                            "unknown mock preset `{m}` (expected one of {})",
                            crate::practice::mock::preset_names().join(", ")
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The day `date` falls on, for a plan started on `start` (days since
    /// 1970-01-01). `None` before the start or after the last week.
    pub fn day_at(&self, start: i64, date: i64) -> Option<Day<'_>> {
        let offset = date - start;
        if offset < 0 {
            return None;
        }
        let week = self.weeks.get((offset / 7) as usize)?;
        let day = (offset % 7) as u32 + 1;
        let (block_index, block) = week
            .days
            .iter()
            .enumerate()
            .find(|(_, b)| b.days.contains(&day))?;
        Some(Day {
            week,
            block_index,
            block,
            day,
        })
    }

    pub fn total_days(&self) -> i64 {
        self.weeks.len() as i64 * 7
    }
}

/// The id of a checklist item: `W.B.T` (week, block, task), as `judge plan
/// done` takes it.
pub fn task_id(week: u32, block_index: usize, task_index: usize) -> String {
    format!("{week}.{}.{}", block_index + 1, task_index + 1)
}

/// `YYYY-MM-DD` to days since 1970-01-01.
pub fn parse_date(s: &str) -> Option<i64> {
    let p: Vec<i64> = s
        .trim()
        .split('-')
        .map(|x| x.parse().ok())
        .collect::<Option<_>>()?;
    let [y, m, d] = p[..] else { return None };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let days = crate::practice::history::days_from_civil(y, m, d);
    (format_date(days) == format!("{y:04}-{m:02}-{d:02}")).then_some(days)
}

/// Days since 1970-01-01 to `YYYY-MM-DD` (Howard Hinnant's algorithm).
pub fn format_date(days: i64) -> String {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day number (since 1970-01-01, UTC) of a time in Unix milliseconds.
pub fn day_of(ms: i64) -> i64 {
    ms.div_euclid(86_400_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(format_date(parse_date("2026-11-28").unwrap()), "2026-11-28");
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn builtin_plan_parses_and_covers_twelve_weeks() {
        let catalog = Catalog::load(None).unwrap();
        let plan = Plan::parse(BUILTIN, "builtin", &catalog).unwrap();
        assert_eq!(plan.weeks.len(), 12);
        let start = parse_date("2026-11-30").unwrap();
        let d = plan.day_at(start, start).unwrap();
        assert_eq!((d.week.number, d.day), (1, 1));
        assert!(d.block.problems.contains(&"lc-15".to_string()));
        let last = plan.day_at(start, start + 83).unwrap();
        assert_eq!(last.week.number, 12);
        assert!(plan.day_at(start, start + 84).is_none());
    }
}
