//! The attempt history, in SQLite (bundled).
//!
//! Owns the schema and its versioned migrations, and every read and write
//! of attempts and submissions. Each write is one transaction; WAL mode and
//! a busy timeout let several judges (two terminals, parallel CI) write at
//! once without losing anything. Times are Unix milliseconds from `Clock`,
//! which tests control with `JUDGE_NOW`.

use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::time::Duration;

pub const NOW_ENV: &str = "JUDGE_NOW";

/// Migrations, in order; `PRAGMA user_version` is how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: attempts and their submissions.
    "CREATE TABLE attempts (
        id          INTEGER PRIMARY KEY,
        problem     TEXT NOT NULL,
        mode        TEXT NOT NULL DEFAULT 'practice',
        started_at  INTEGER NOT NULL,
        ended_at    INTEGER,
        outcome     TEXT,
        elapsed_ms  INTEGER
    );
    CREATE INDEX attempts_problem ON attempts(problem, started_at);
    CREATE TABLE submissions (
        id          INTEGER PRIMARY KEY,
        attempt_id  INTEGER REFERENCES attempts(id),
        problem     TEXT NOT NULL,
        kind        TEXT NOT NULL,
        at          INTEGER NOT NULL,
        verdict     TEXT NOT NULL,
        passed      INTEGER NOT NULL,
        total       INTEGER NOT NULL,
        max_time_ms REAL,
        code        TEXT NOT NULL,
        report      TEXT NOT NULL
    );
    CREATE INDEX submissions_attempt ON submissions(attempt_id);",
];

/// Wall-clock time in Unix milliseconds; `JUDGE_NOW` (Unix seconds, or an
/// RFC 3339-ish `YYYY-MM-DDTHH:MM:SSZ`) fixes it for tests.
pub struct Clock;

impl Clock {
    pub fn now_ms() -> Result<i64> {
        if let Some(v) = std::env::var_os(NOW_ENV) {
            let v = v.to_string_lossy();
            return parse_time(&v).ok_or_else(|| {
                Error::Usage(format!(
                    "{NOW_ENV}={v}: expected Unix seconds or YYYY-MM-DDTHH:MM:SSZ"
                ))
            });
        }
        Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0))
    }
}

fn parse_time(s: &str) -> Option<i64> {
    if let Ok(secs) = s.trim().parse::<f64>() {
        return Some((secs * 1000.0) as i64);
    }
    let s = s.trim().trim_end_matches('Z');
    let (date, time) = s.split_once('T').unwrap_or((s, "00:00:00"));
    let d: Vec<i64> = date.split('-').filter_map(|x| x.parse().ok()).collect();
    let t: Vec<i64> = time.split(':').filter_map(|x| x.parse().ok()).collect();
    if d.len() != 3 || t.len() != 3 {
        return None;
    }
    let days = days_from_civil(d[0], d[1], d[2]);
    Some(((days * 86400) + t[0] * 3600 + t[1] * 60 + t[2]) * 1000)
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[derive(Clone, Debug)]
pub struct Attempt {
    pub id: i64,
    pub problem: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
}

impl Attempt {
    pub fn elapsed(&self, now: i64) -> Duration {
        let end = self.ended_at.unwrap_or(now);
        Duration::from_millis((end - self.started_at).max(0) as u64)
    }
}

pub struct NewSubmission<'a> {
    pub attempt_id: Option<i64>,
    pub problem: &'a str,
    pub kind: &'a str,
    pub verdict: &'a str,
    pub passed: usize,
    pub total: usize,
    pub max_time_ms: f64,
    pub code: &'a str,
    pub report_json: &'a str,
}

pub struct History {
    conn: Connection,
}

impl History {
    pub fn open(path: &Path) -> Result<History> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut h = History { conn };
        h.migrate()?;
        Ok(h)
    }

    fn migrate(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version as usize > MIGRATIONS.len() {
            return Err(Error::Setup(format!(
                "the history database was written by a newer judge (schema {version}, this judge knows {})",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The open (not ended) attempt at `problem`, if any.
    pub fn open_attempt(&self, problem: &str) -> Result<Option<Attempt>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, problem, started_at, ended_at FROM attempts
                 WHERE problem = ?1 AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1",
                params![problem],
                row_to_attempt,
            )
            .optional()?)
    }

    /// The most recently started attempt, open or ended.
    pub fn latest_attempt(&self) -> Result<Option<Attempt>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, problem, started_at, ended_at FROM attempts
                 ORDER BY (ended_at IS NULL) DESC, started_at DESC, id DESC LIMIT 1",
                [],
                row_to_attempt,
            )
            .optional()?)
    }

    pub fn start_attempt(&mut self, problem: &str, mode: &str, now: i64) -> Result<Attempt> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO attempts (problem, mode, started_at) VALUES (?1, ?2, ?3)",
            params![problem, mode, now],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Attempt {
            id,
            problem: problem.into(),
            started_at: now,
            ended_at: None,
        })
    }

    /// Records a run or submission; ends the attempt in the same transaction
    /// when `end_with` is given (e.g. "accepted").
    pub fn record(
        &mut self,
        s: &NewSubmission,
        end_with: Option<(&str, i64)>,
        now: i64,
    ) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO submissions (attempt_id, problem, kind, at, verdict, passed, total, max_time_ms, code, report)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                s.attempt_id,
                s.problem,
                s.kind,
                now,
                s.verdict,
                s.passed as i64,
                s.total as i64,
                s.max_time_ms,
                s.code,
                s.report_json
            ],
        )?;
        let id = tx.last_insert_rowid();
        if let (Some(attempt), Some((outcome, elapsed_ms))) = (s.attempt_id, end_with) {
            tx.execute(
                "UPDATE attempts SET ended_at = ?1, outcome = ?2, elapsed_ms = ?3 WHERE id = ?4 AND ended_at IS NULL",
                params![now, outcome, elapsed_ms, attempt],
            )?;
        }
        tx.commit()?;
        Ok(id)
    }
}

fn row_to_attempt(r: &rusqlite::Row) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: r.get(0)?,
        problem: r.get(1)?,
        started_at: r.get(2)?,
        ended_at: r.get(3)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fixed_times() {
        assert_eq!(parse_time("1700000000"), Some(1_700_000_000_000));
        assert_eq!(parse_time("1970-01-02T00:00:00Z"), Some(86_400_000));
        assert_eq!(parse_time("2026-11-28T00:00:00Z"), Some(1_795_824_000_000));
    }

    #[test]
    fn records_and_ends_attempts() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("h.sqlite")).unwrap();
        let a = h.start_attempt("lc-15", "practice", 1000).unwrap();
        assert!(h.open_attempt("lc-15").unwrap().is_some());
        let s = NewSubmission {
            attempt_id: Some(a.id),
            problem: "lc-15",
            kind: "submit",
            verdict: "AC",
            passed: 3,
            total: 3,
            max_time_ms: 1.0,
            code: "impl Solution {}",
            report_json: "{}",
        };
        h.record(&s, Some(("accepted", 5000)), 6000).unwrap();
        assert!(h.open_attempt("lc-15").unwrap().is_none());
        let last = h.latest_attempt().unwrap().unwrap();
        assert_eq!(last.elapsed(0), Duration::from_millis(5000));
    }
}
