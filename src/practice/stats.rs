//! Practice statistics against the study plan's goals: per difficulty and
//! per pattern, attempts, accepted, accepted within target, median time;
//! the slowest pattern and the one that fails most. Pure: it reads attempts
//! and package metadata, and returns numbers; `cmd/stats.rs` draws them.

use crate::engine::package::Difficulty;
use crate::practice::history::{Attempt, Submission};
use crate::practice::plan::day_of;
use crate::practice::vocabulary::{Outcome, ProblemStatus, SubmissionKind};
use serde::Serialize;
use std::collections::BTreeMap;

/// Each attempted problem's status (a problem absent is new).
pub fn problem_statuses(attempts: &[Attempt]) -> std::collections::HashMap<&str, ProblemStatus> {
    let mut out = std::collections::HashMap::new();
    for a in attempts {
        let s = out
            .entry(a.problem.as_str())
            .or_insert(ProblemStatus::Attempted);
        if a.outcome == Some(Outcome::Accepted) {
            *s = ProblemStatus::Solved;
        }
    }
    out
}

/// The plan's success metrics: share of attempts solved within the target.
pub fn goal_percent(d: Difficulty) -> u32 {
    match d {
        Difficulty::Easy => 95,
        Difficulty::Medium => 80,
        Difficulty::Hard => 50,
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Row {
    pub name: String,
    pub attempts: usize,
    pub accepted: usize,
    pub accepted_within_target: usize,
    /// Median time of accepted attempts, in milliseconds.
    pub median_ms: Option<i64>,
    /// Median of (time / target) over accepted attempts: above 1 is slow.
    pub median_target_ratio: Option<f64>,
    /// Share of attempts accepted within the target, in percent.
    pub within_target_percent: f64,
    /// The plan's goal for this row, in percent (difficulties only).
    pub goal_percent: Option<u32>,
    pub target_minutes: Option<u32>,
    /// Problems submitted without an attempt (`judge submit --file` with no
    /// `judge start`): practice without a clock, not in the goals.
    pub untimed: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Stats {
    pub by_difficulty: Vec<Row>,
    pub by_pattern: Vec<Row>,
    pub slowest_pattern: Option<String>,
    pub most_failing_pattern: Option<String>,
}

pub struct ProblemInfo<'a> {
    pub difficulty: Difficulty,
    pub patterns: &'a [String],
}

#[derive(Default)]
struct Acc {
    attempts: usize,
    accepted: usize,
    within: usize,
    times: Vec<i64>,
    ratios: Vec<f64>,
}

impl Acc {
    fn add(&mut self, a: &Attempt, d: Difficulty) {
        self.attempts += 1;
        if a.outcome == Some(Outcome::Accepted) {
            self.accepted += 1;
            let ms = a.elapsed_ms.unwrap_or(0);
            let hi = d.target_minutes().1 as i64 * 60_000;
            if ms <= hi {
                self.within += 1;
            }
            self.times.push(ms);
            self.ratios.push(ms as f64 / hi as f64);
        }
    }

    fn row(mut self, name: String) -> Row {
        self.times.sort_unstable();
        self.ratios.sort_by(|a, b| a.total_cmp(b));
        Row {
            name,
            attempts: self.attempts,
            accepted: self.accepted,
            accepted_within_target: self.within,
            median_ms: median(&self.times),
            median_target_ratio: median_f(&self.ratios),
            within_target_percent: if self.attempts == 0 {
                0.0
            } else {
                100.0 * self.within as f64 / self.attempts as f64
            },
            goal_percent: None,
            target_minutes: None,
            untimed: 0,
        }
    }
}

/// Counts `problems` (each submitted without an attempt) as untimed
/// practice in their difficulty's and patterns' rows.
pub fn add_untimed<'a>(
    st: &mut Stats,
    problems: &[String],
    info: &dyn Fn(&str) -> Option<ProblemInfo<'a>>,
) {
    for id in problems {
        let Some(p) = info(id) else { continue };
        if let Some(r) = st
            .by_difficulty
            .iter_mut()
            .find(|r| r.name == p.difficulty.label())
        {
            r.untimed += 1;
        }
        for pat in p.patterns {
            match st.by_pattern.iter_mut().find(|r| &r.name == pat) {
                Some(r) => r.untimed += 1,
                None => {
                    let mut r = Acc::default().row(pat.clone());
                    r.untimed = 1;
                    st.by_pattern.push(r);
                }
            }
        }
    }
    st.by_pattern.sort_by(|a, b| a.name.cmp(&b.name));
}

fn median(v: &[i64]) -> Option<i64> {
    match v.len() {
        0 => None,
        n if n % 2 == 1 => Some(v[n / 2]),
        n => Some((v[n / 2 - 1] + v[n / 2]) / 2),
    }
}

fn median_f(v: &[f64]) -> Option<f64> {
    match v.len() {
        0 => None,
        n if n % 2 == 1 => Some(v[n / 2]),
        n => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}

/// The Monday that starts `day`'s week (day numbers; 1970-01-01 was a
/// Thursday): the calendar's columns and the weekly times.
pub fn week_start(day: i64) -> i64 {
    day - (day + 3).rem_euclid(7)
}

/// Submissions (`judge submit`, not runs) per day from `first` to `last`
/// (day numbers, both included): the submission calendar.
pub fn submissions_per_day(subs: &[Submission], first: i64, last: i64) -> BTreeMap<i64, usize> {
    let mut per_day = BTreeMap::new();
    for s in subs.iter().filter(|s| s.kind == SubmissionKind::Submit) {
        let d = day_of(s.at);
        if (first..=last).contains(&d) {
            *per_day.entry(d).or_default() += 1;
        }
    }
    per_day
}

/// One week's accepted attempts, their time against the target.
#[derive(Clone, Debug, Serialize)]
pub struct WeekTime {
    /// The week's Monday (a day number).
    pub week_start: i64,
    pub accepted: usize,
    /// Median of (time / the target's upper end): above 1 is slow.
    pub median_target_ratio: f64,
}

/// Time against target over the weeks: per week (by the attempt's end),
/// the accepted attempts' time over their target, oldest week first. Weeks
/// with no accepted attempt are left out.
pub fn time_against_target_by_week<'a>(
    attempts: &[Attempt],
    info: &dyn Fn(&str) -> Option<ProblemInfo<'a>>,
) -> Vec<WeekTime> {
    let mut by_week: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    for a in attempts {
        let (Some(end), Some(Outcome::Accepted)) = (a.ended_at, a.outcome) else {
            continue;
        };
        let Some(p) = info(&a.problem) else { continue };
        let hi = p.difficulty.target_minutes().1 as f64 * 60_000.0;
        by_week
            .entry(week_start(day_of(end)))
            .or_default()
            .push(a.elapsed_ms.unwrap_or(0) as f64 / hi);
    }
    by_week
        .into_iter()
        .filter_map(|(week_start, mut ratios)| {
            ratios.sort_by(|a, b| a.total_cmp(b));
            Some(WeekTime {
                week_start,
                accepted: ratios.len(),
                median_target_ratio: median_f(&ratios)?,
            })
        })
        .collect()
}

/// Statistics over ended attempts (open ones are still running).
pub fn compute<'a>(attempts: &[Attempt], info: &dyn Fn(&str) -> Option<ProblemInfo<'a>>) -> Stats {
    let mut by_d: BTreeMap<Difficulty, Acc> = BTreeMap::new();
    let mut by_p: BTreeMap<String, Acc> = BTreeMap::new();
    for a in attempts.iter().filter(|a| a.ended_at.is_some()) {
        let Some(p) = info(&a.problem) else { continue };
        by_d.entry(p.difficulty).or_default().add(a, p.difficulty);
        for pat in p.patterns {
            by_p.entry(pat.clone()).or_default().add(a, p.difficulty);
        }
    }
    let by_difficulty: Vec<Row> = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
        .into_iter()
        .map(|d| {
            let mut row = by_d
                .remove(&d)
                .unwrap_or_default()
                .row(d.label().to_string());
            row.goal_percent = Some(goal_percent(d));
            row.target_minutes = Some(d.target_minutes().1);
            row
        })
        .collect();
    let by_pattern: Vec<Row> = by_p.into_iter().map(|(name, acc)| acc.row(name)).collect();
    let slowest_pattern = by_pattern
        .iter()
        .filter_map(|r| r.median_target_ratio.map(|x| (x, r)))
        // Ties go to the pattern first by name, not to whichever came last.
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.name.cmp(&a.1.name)))
        .map(|(_, r)| r.name.clone());
    let most_failing_pattern = by_pattern
        .iter()
        .filter(|r| r.attempts > r.accepted)
        .max_by(|a, b| {
            let fa = (a.attempts - a.accepted) as f64 / a.attempts as f64;
            let fb = (b.attempts - b.accepted) as f64 / b.attempts as f64;
            // Ties: the one tried more, then the first by name.
            fa.total_cmp(&fb)
                .then(a.attempts.cmp(&b.attempts))
                .then(b.name.cmp(&a.name))
        })
        .map(|r| r.name.clone());
    Stats {
        by_difficulty,
        by_pattern,
        slowest_pattern,
        most_failing_pattern,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::vocabulary::Mode;

    fn a(problem: &str, outcome: &str, minutes: i64) -> Attempt {
        Attempt {
            id: 0,
            problem: problem.into(),
            mode: Mode::Practice,
            started_at: 0,
            ended_at: Some(minutes * 60_000),
            outcome: Some(outcome.parse().unwrap()),
            hints: 0,
            mock_id: None,
            elapsed_ms: Some(minutes * 60_000),
        }
    }

    #[test]
    fn weekly_time_is_the_median_ratio_of_each_weeks_accepted_attempts() {
        let tp = vec!["two-pointers".to_string()];
        let info = |_: &str| -> Option<ProblemInfo<'_>> {
            Some(ProblemInfo {
                difficulty: Difficulty::Medium,
                patterns: &tp,
            })
        };
        // Day 4 is Monday 1970-01-05; day 11 the Monday after.
        let at = |day: i64, outcome: &str, minutes: i64| Attempt {
            ended_at: Some(day * 86_400_000),
            ..a("lc-15", outcome, minutes)
        };
        let weeks = time_against_target_by_week(
            &[
                at(4, "accepted", 15),
                at(6, "accepted", 45),
                at(10, "abandoned", 60),
                at(12, "accepted", 30),
            ],
            &info,
        );
        assert_eq!(week_start(10), 4);
        let got: Vec<(i64, usize, f64)> = weeks
            .iter()
            .map(|w| (w.week_start, w.accepted, w.median_target_ratio))
            .collect();
        assert_eq!(got, [(4, 2, 1.0), (11, 1, 1.0)]);
    }

    #[test]
    fn rates_medians_and_the_weak_patterns() {
        let tp = vec!["two-pointers".to_string()];
        let dp = vec!["dynamic-programming".to_string()];
        let info = |id: &str| -> Option<ProblemInfo<'_>> {
            match id {
                "lc-15" => Some(ProblemInfo {
                    difficulty: Difficulty::Medium,
                    patterns: &tp,
                }),
                "lc-322" => Some(ProblemInfo {
                    difficulty: Difficulty::Medium,
                    patterns: &dp,
                }),
                _ => None,
            }
        };
        let attempts = vec![
            a("lc-15", "accepted", 20),
            a("lc-15", "accepted", 28),
            a("lc-322", "accepted", 50),
            a("lc-322", "abandoned", 30),
        ];
        let s = compute(&attempts, &info);
        let medium = &s.by_difficulty[1];
        assert_eq!(
            (
                medium.attempts,
                medium.accepted,
                medium.accepted_within_target
            ),
            (4, 3, 2)
        );
        assert_eq!(medium.median_ms, Some(28 * 60_000));
        assert_eq!(medium.within_target_percent, 50.0);
        assert_eq!(s.slowest_pattern.as_deref(), Some("dynamic-programming"));
        assert_eq!(
            s.most_failing_pattern.as_deref(),
            Some("dynamic-programming")
        );
    }
}
