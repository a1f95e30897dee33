//! Mock interviews: the presets the study plan prescribes, and choosing
//! problems for a session (not solved yet first, then solved longest ago).

use crate::engine::package::{Difficulty, Package};
use crate::error::Result;
use crate::practice::history::{Attempt, History, Mock};
use crate::practice::vocabulary::Outcome;
use std::collections::HashMap;

pub struct Preset {
    pub name: &'static str,
    pub about: &'static str,
    pub difficulties: &'static [Difficulty],
    pub minutes: i64,
}

use Difficulty::{Hard, Medium};

/// From the plan: week 1's "2 medium problems in 50 min", week 2's "1 medium
/// and 1 hard", week 3's "2 medium problems in 45 min", and the phone
/// screen's "1-2 LeetCode medium problems" in 45-60 minutes.
pub const PRESETS: &[Preset] = &[
    Preset {
        name: "two-medium-50",
        about: "two Mediums in 50 minutes (plan, week 1)",
        difficulties: &[Medium, Medium],
        minutes: 50,
    },
    Preset {
        name: "medium-hard",
        about: "one Medium and one Hard in 75 minutes (plan, week 2)",
        difficulties: &[Medium, Hard],
        minutes: 75,
    },
    Preset {
        name: "two-medium-45",
        about: "two Mediums in 45 minutes (plan, week 3)",
        difficulties: &[Medium, Medium],
        minutes: 45,
    },
    Preset {
        name: "phone-screen",
        about: "a phone screen: two Mediums in 60 minutes (--count 1 --minutes 45 for one)",
        difficulties: &[Medium, Medium],
        minutes: 60,
    },
];

pub fn preset(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}

pub fn preset_names() -> Vec<&'static str> {
    PRESETS.iter().map(|p| p.name).collect()
}

/// Orders candidate problems for a session: never accepted first (in an
/// order shuffled by `seed`), then by when they were last accepted, oldest
/// first.
pub fn rank<'a>(candidates: Vec<&'a Package>, attempts: &[Attempt], seed: u64) -> Vec<&'a Package> {
    let mut last_accepted: HashMap<&str, i64> = HashMap::new();
    for a in attempts {
        if a.outcome == Some(Outcome::Accepted) {
            let at = a.ended_at.unwrap_or(a.started_at);
            let e = last_accepted.entry(a.problem.as_str()).or_insert(at);
            *e = (*e).max(at);
        }
    }
    let mut keyed: Vec<(Option<i64>, u64, &Package)> = candidates
        .into_iter()
        .map(|p| {
            let id = p.id.as_str();
            (last_accepted.get(id).copied(), mix(seed, id), p)
        })
        .collect();
    keyed.sort_by(|a, b| match (a.0, b.0) {
        (None, None) => a.1.cmp(&b.1),
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (Some(x), Some(y)) => x.cmp(&y).then(a.1.cmp(&b.1)),
    });
    keyed.into_iter().map(|(_, _, p)| p).collect()
}

fn mix(seed: u64, id: &str) -> u64 {
    let mut h = crate::paths::fnv64(&[id.as_bytes(), &seed.to_le_bytes()]);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// The problems whose difficulty a running mock hides (`--hide-difficulty`):
/// every command keeps it hidden until the mock ends.
pub fn hidden_difficulty(
    history: &History,
    now: i64,
) -> Result<std::collections::BTreeSet<String>> {
    let Some(m) = history.latest_mock()? else {
        return Ok(Default::default());
    };
    if m.ended_at.is_some() || now >= m.deadline() || !m.hide_difficulty {
        return Ok(Default::default());
    }
    Ok(history
        .mock_attempts(m.id)?
        .into_iter()
        .map(|a| a.problem)
        .collect())
}

/// Ends a mock whose time has run out (checked lazily, by every command
/// that looks at attempts); returns it so the caller can report it.
pub fn settle_expired(history: &mut History, now: i64) -> Result<Option<Mock>> {
    // A read-only history is not ours to change: the next judge that
    // writes settles it.
    if history.is_read_only() {
        return Ok(None);
    }
    if let Some(m) = history.latest_mock()?
        && m.ended_at.is_none()
        && now >= m.deadline()
    {
        history.end_mock(&m, now)?;
        return history.mock(m.id);
    }
    Ok(None)
}

/// Ends the mock once every problem is done; returns it, ended, then.
pub fn finish_if_done(history: &mut History, m: &Mock, now: i64) -> Result<Option<Mock>> {
    if m.ended_at.is_some()
        || !history
            .mock_attempts(m.id)?
            .iter()
            .all(|a| a.ended_at.is_some())
    {
        return Ok(None);
    }
    history.end_mock(m, now)?;
    Ok(Some(history.mock(m.id)?.unwrap_or_else(|| m.clone())))
}

/// What a mock interview came to: its problems' outcomes and the time used
/// (to its end, or to `now` while it runs).
#[derive(Clone, Debug, serde::Serialize)]
pub struct MockSummary {
    pub mock: Mock,
    /// Each problem with its outcome (`None` while open).
    pub problems: Vec<(String, Option<Outcome>)>,
    pub solved: usize,
    pub used_ms: i64,
}

/// Every mock interview in the history, oldest first, summarised.
pub fn summaries(history: &History, now: i64) -> Result<Vec<MockSummary>> {
    let mut out = Vec::new();
    for m in history.mocks()? {
        let attempts = history.mock_attempts(m.id)?;
        let solved = attempts
            .iter()
            .filter(|a| a.outcome == Some(Outcome::Accepted))
            .count();
        let used_ms = (m.ended_at.unwrap_or(now).min(m.deadline()) - m.started_at).max(0);
        out.push(MockSummary {
            problems: attempts
                .into_iter()
                .map(|a| (a.problem, a.outcome))
                .collect(),
            solved,
            used_ms,
            mock: m,
        });
    }
    Ok(out)
}
