//! Spaced repetition (SM-2) over past attempts, graded from objective
//! signals only: accepted or not, time against the target, hints shown and
//! wrong submissions. Problems failed or solved over target come back sooner.
//! Pure: it reads attempts and returns a schedule.

use crate::engine::package::Difficulty;
use crate::practice::history::Attempt;
use crate::practice::vocabulary::Outcome;
use serde::Serialize;

const DAY_MS: i64 = 86_400_000;

/// What one ended attempt says about a problem, as an SM-2 grade (0-5).
pub fn grade(a: &Attempt, difficulty: Difficulty, wrong_submissions: usize) -> (u8, &'static str) {
    if a.outcome != Some(Outcome::Accepted) {
        return (1, "not solved");
    }
    let (_, hi) = difficulty.target_minutes();
    let over = a.elapsed_ms.unwrap_or(i64::MAX) > hi as i64 * 60_000;
    if over {
        (3, "solved over the target time")
    } else if a.hints > 0 || wrong_submissions > 0 {
        (4, "solved in time, with hints or wrong submissions")
    } else {
        (5, "solved in time, cleanly")
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct ReviewItem {
    pub problem: String,
    pub due_at: i64,
    pub interval_days: i64,
    pub ease: f64,
    pub repetitions: u32,
    pub last_grade: u8,
    pub reason: &'static str,
    pub last_attempt_at: i64,
}

/// The schedule of one problem after replaying its ended attempts (oldest
/// first) through SM-2. `None` if it has no ended attempt.
pub fn schedule(problem: &str, attempts: &[(&Attempt, Difficulty, usize)]) -> Option<ReviewItem> {
    let mut ease = 2.5f64;
    let mut reps = 0u32;
    let mut interval = 0i64;
    let mut last: Option<(i64, u8, &'static str)> = None;
    for (a, difficulty, wrong) in attempts {
        let Some(end) = a.ended_at else { continue };
        let (q, reason) = grade(a, *difficulty, *wrong);
        if q < 3 {
            reps = 0;
            interval = 1;
        } else {
            reps += 1;
            interval = match reps {
                1 => 1,
                2 => 6,
                _ => ((interval as f64) * ease).round() as i64,
            };
        }
        let d = (5 - q) as f64;
        ease = (ease + 0.1 - d * (0.08 + d * 0.02)).max(1.3);
        // A solve over target is a pass for SM-2 but should come back soon.
        if q == 3 {
            interval = interval.min(3);
        }
        last = Some((end, q, reason));
    }
    let (end, q, reason) = last?;
    Some(ReviewItem {
        problem: problem.to_string(),
        due_at: end + interval * DAY_MS,
        interval_days: interval,
        ease,
        repetitions: reps,
        last_grade: q,
        reason,
        last_attempt_at: end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::vocabulary::Mode;

    fn attempt(outcome: &str, end_day: i64, minutes: i64, hints: i64) -> Attempt {
        Attempt {
            id: 1,
            problem: "lc-15".into(),
            mode: Mode::Practice,
            started_at: end_day * DAY_MS - minutes * 60_000,
            ended_at: Some(end_day * DAY_MS),
            outcome: Some(outcome.parse().unwrap()),
            hints,
            mock_id: None,
            elapsed_ms: Some(minutes * 60_000),
        }
    }

    #[test]
    fn failures_come_back_sooner_than_clean_solves() {
        let clean = attempt("accepted", 10, 20, 0);
        let slow = attempt("accepted", 10, 40, 0);
        let failed = attempt("abandoned", 10, 40, 0);
        let s = |a: &Attempt| schedule("lc-15", &[(a, Difficulty::Medium, 0)]).unwrap();
        assert_eq!(s(&clean).last_grade, 5);
        assert_eq!(s(&slow).last_grade, 3);
        assert_eq!(s(&failed).last_grade, 1);
        assert!(s(&failed).due_at <= s(&clean).due_at);
        // Repeated clean solves push the problem further out.
        let again = attempt("accepted", 11, 20, 0);
        let two = schedule(
            "lc-15",
            &[
                (&clean, Difficulty::Medium, 0),
                (&again, Difficulty::Medium, 0),
            ],
        )
        .unwrap();
        assert_eq!(two.interval_days, 6);
        let third = attempt("accepted", 17, 20, 0);
        let three = schedule(
            "lc-15",
            &[
                (&clean, Difficulty::Medium, 0),
                (&again, Difficulty::Medium, 0),
                (&third, Difficulty::Medium, 0),
            ],
        )
        .unwrap();
        assert!(three.interval_days > 6);
        // Hints lower the grade.
        let hinted = attempt("accepted", 10, 20, 2);
        assert_eq!(s(&hinted).last_grade, 4);
    }
}
