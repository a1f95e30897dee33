//! The attempt history, in SQLite (bundled).
//!
//! Owns the schema and its versioned migrations, and every read and write
//! of attempts and submissions. Each write is one transaction; WAL mode and
//! a busy timeout let several judges (two terminals, parallel CI) write at
//! once without losing anything. Times are Unix milliseconds from `Clock`,
//! which tests control with `JUDGE_NOW`.

use crate::error::{Error, Result};
use crate::practice::vocabulary::{EventKind, Mode, Outcome, SubmissionKind};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::time::Duration;

pub const NOW_ENV: &str = "JUDGE_NOW";

/// Writes this process has committed to a history (migrations aside), so an
/// interrupted command can say whether it recorded anything.
static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// How many writes this process has committed to a history.
pub fn writes_committed() -> u64 {
    WRITES.load(std::sync::atomic::Ordering::SeqCst)
}

fn commit(tx: rusqlite::Transaction<'_>) -> Result<()> {
    tx.commit()?;
    WRITES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

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
    // 2: the practice loop: logged pauses and hints, mock sessions, the plan.
    "ALTER TABLE attempts ADD COLUMN hints INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE attempts ADD COLUMN mock_id INTEGER REFERENCES mocks(id);
    CREATE TABLE events (
        id          INTEGER PRIMARY KEY,
        attempt_id  INTEGER NOT NULL REFERENCES attempts(id),
        at          INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        detail      TEXT
    );
    CREATE INDEX events_attempt ON events(attempt_id, at);
    CREATE TABLE mocks (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL,
        started_at      INTEGER NOT NULL,
        minutes         INTEGER NOT NULL,
        hide_difficulty INTEGER NOT NULL DEFAULT 0,
        ended_at        INTEGER
    );
    CREATE TABLE plan (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        start_date  TEXT NOT NULL,
        source      TEXT NOT NULL
    );
    CREATE TABLE plan_done (
        item        TEXT PRIMARY KEY,
        at          INTEGER NOT NULL
    );",
    // 3: when an attempt was last worked on (a judge command at it), for
    // the idle pause.
    "ALTER TABLE attempts ADD COLUMN last_active INTEGER;",
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

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Attempt {
    pub id: i64,
    pub problem: String,
    pub mode: Mode,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    pub outcome: Option<Outcome>,
    pub hints: i64,
    pub mock_id: Option<i64>,
    /// Time spent, pauses excluded, fixed when the attempt ends.
    pub elapsed_ms: Option<i64>,
}

/// One logged moment of an attempt.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub at: i64,
    pub kind: EventKind,
    pub detail: Option<String>,
}

/// Where an attempt's clock stands.
#[derive(Clone, Debug)]
pub struct ClockState {
    pub elapsed: Duration,
    pub paused: bool,
    pub paused_total: Duration,
}

/// Elapsed time from the start, minus logged pauses; an open pause counts
/// until `until`.
pub fn clock_state(a: &Attempt, events: &[Event], now: i64) -> ClockState {
    let until = a.ended_at.unwrap_or(now);
    let mut paused_total = 0i64;
    let mut paused_since: Option<i64> = None;
    for e in events {
        match e.kind {
            EventKind::Pause if paused_since.is_none() => paused_since = Some(e.at),
            EventKind::Resume => {
                if let Some(p) = paused_since.take() {
                    paused_total += (e.at.min(until) - p).max(0);
                }
            }
            _ => {}
        }
    }
    if let Some(p) = paused_since {
        paused_total += (until - p).max(0);
    }
    let elapsed = match (a.ended_at, a.elapsed_ms) {
        (Some(_), Some(ms)) => ms,
        _ => (until - a.started_at - paused_total).max(0),
    };
    ClockState {
        elapsed: Duration::from_millis(elapsed.max(0) as u64),
        paused: paused_since.is_some() && a.ended_at.is_none(),
        paused_total: Duration::from_millis(paused_total as u64),
    }
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Submission {
    pub id: i64,
    pub attempt_id: Option<i64>,
    pub problem: String,
    pub kind: SubmissionKind,
    pub at: i64,
    pub verdict: String,
    pub passed: i64,
    pub total: i64,
    pub max_time_ms: Option<f64>,
    pub code: String,
    pub report: String,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Mock {
    pub id: i64,
    pub name: String,
    pub started_at: i64,
    pub minutes: i64,
    pub hide_difficulty: bool,
    pub ended_at: Option<i64>,
}

impl Mock {
    pub fn deadline(&self) -> i64 {
        self.started_at + self.minutes * 60_000
    }
}

pub struct NewSubmission<'a> {
    pub attempt_id: Option<i64>,
    pub problem: &'a str,
    pub kind: SubmissionKind,
    pub verdict: &'a str,
    pub passed: usize,
    pub total: usize,
    pub max_time_ms: f64,
    pub code: &'a str,
    pub report_json: &'a str,
}

pub struct History {
    conn: Connection,
    /// Opened for reading only: a read-only data directory or file, or no
    /// history yet (an empty one in memory). Nothing is written through it.
    read_only: bool,
}

impl History {
    /// Opens (creating it if need be) the history for reading and writing.
    pub fn open(path: &Path) -> Result<History> {
        Self::open_rw(path).map_err(|e| open_error(path, e, true))
    }

    fn open_rw(path: &Path) -> Result<History> {
        let conn = Connection::open(path)?;
        // SQLite opens a file it may not write read-only without a word;
        // say so now, before the command does anything it would then lose.
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
                Some("the file is read-only".into()),
            )
            .into());
        }
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut h = History {
            conn,
            read_only: false,
        };
        h.migrate().map_err(|e| with_path(path, e))?;
        Ok(h)
    }

    /// Opens the history for a command that only reads, so it works where
    /// the data directory or the file is read-only. No file yet is an empty
    /// history (in memory; nothing is created).
    pub fn open_read_only(path: &Path) -> Result<History> {
        Self::open_ro(path).map_err(|e| open_error(path, e, false))
    }

    fn open_ro(path: &Path) -> Result<History> {
        use rusqlite::OpenFlags;
        if !path.exists() {
            let mut h = History {
                conn: Connection::open_in_memory()?,
                read_only: true,
            };
            h.migrate()?;
            return Ok(h);
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
        let probe = |conn: Connection| -> rusqlite::Result<(Connection, i64)> {
            conn.busy_timeout(Duration::from_secs(30))?;
            let v = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            Ok((conn, v))
        };
        let uri = sqlite_uri(path);
        // A WAL database needs its `-shm` file, which a read-only directory
        // cannot hold (SQLite says it cannot open, or that the database is
        // read-only): there, read it as immutable (no judge can be writing
        // to a directory nobody may write in).
        let (conn, version) =
            match Connection::open_with_flags(format!("{uri}?mode=ro"), flags).and_then(probe) {
                Ok(c) => c,
                Err(e)
                    if matches!(
                        code_of(&e),
                        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
                    ) =>
                {
                    Connection::open_with_flags(format!("{uri}?mode=ro&immutable=1"), flags)
                        .and_then(probe)?
                }
                Err(e) => return Err(e.into()),
            };
        if version as usize != MIGRATIONS.len() {
            return Err(with_path(path, schema_error(version)));
        }
        Ok(History {
            conn,
            read_only: true,
        })
    }

    /// Whether this history was opened for reading only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn migrate(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version as usize > MIGRATIONS.len() {
            return Err(schema_error(version));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn attempt_where(
        &self,
        clause: &str,
        params: impl rusqlite::Params,
    ) -> Result<Option<Attempt>> {
        let sql = format!("SELECT {ATTEMPT_COLS} FROM attempts WHERE {clause}");
        Ok(self
            .conn
            .query_row(&sql, params, row_to_attempt)
            .optional()?)
    }

    /// The open (not ended) attempt at `problem`, if any.
    pub fn open_attempt(&self, problem: &str) -> Result<Option<Attempt>> {
        self.attempt_where(
            "problem = ?1 AND ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1",
            params![problem],
        )
    }

    /// The most recent attempt: an open one if there is any, else the last ended.
    pub fn latest_attempt(&self) -> Result<Option<Attempt>> {
        self.attempt_where(
            "1 ORDER BY (ended_at IS NULL) DESC, started_at DESC, id DESC LIMIT 1",
            [],
        )
    }

    pub fn attempt(&self, id: i64) -> Result<Option<Attempt>> {
        self.attempt_where("id = ?1", params![id])
    }

    /// Every open attempt, newest first.
    pub fn open_attempts(&self) -> Result<Vec<Attempt>> {
        self.attempts_where("ended_at IS NULL ORDER BY started_at DESC, id DESC", [])
    }

    /// Attempts, oldest first; only `problem`'s if given.
    pub fn attempts(&self, problem: Option<&str>) -> Result<Vec<Attempt>> {
        self.attempts_where(
            "(?1 IS NULL OR problem = ?1) ORDER BY started_at, id",
            params![problem],
        )
    }

    pub fn mock_attempts(&self, mock: i64) -> Result<Vec<Attempt>> {
        self.attempts_where("mock_id = ?1 ORDER BY id", params![mock])
    }

    fn attempts_where(&self, clause: &str, params: impl rusqlite::Params) -> Result<Vec<Attempt>> {
        let sql = format!("SELECT {ATTEMPT_COLS} FROM attempts WHERE {clause}");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params, row_to_attempt)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Starts an attempt outside any mock (mock attempts come from `start_mock`).
    pub fn start_attempt(&mut self, problem: &str, mode: Mode, now: i64) -> Result<Attempt> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let id = insert_attempt(&tx, problem, mode, None, now)?;
        commit(tx)?;
        self.attempt(id)?
            .ok_or_else(|| Error::Internal(format!("attempt {id} vanished")))
    }

    pub fn events(&self, attempt: i64) -> Result<Vec<Event>> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, kind, detail FROM events WHERE attempt_id = ?1 ORDER BY at, id")?;
        let rows = stmt.query_map(params![attempt], |r| {
            Ok(Event {
                at: r.get(0)?,
                kind: r.get(1)?,
                detail: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn clock(&self, a: &Attempt, now: i64) -> Result<ClockState> {
        Ok(clock_state(a, &self.events(a.id)?, now))
    }

    /// The last sign of work at an attempt: a judge command at it (see
    /// `touch`), a logged moment or a submission.
    pub fn last_activity(&self, a: &Attempt) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT MAX(COALESCE((SELECT last_active FROM attempts WHERE id = ?1), 0),
                        COALESCE((SELECT MAX(at) FROM events WHERE attempt_id = ?1), 0),
                        COALESCE((SELECT MAX(at) FROM submissions WHERE attempt_id = ?1), 0),
                        ?2)",
            params![a.id, a.started_at],
            |r| r.get(0),
        )?)
    }

    /// Notes a judge command at an attempt (it is not idle).
    pub fn touch(&mut self, attempt: i64, now: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE attempts SET last_active = MAX(COALESCE(last_active, 0), ?2) WHERE id = ?1",
            params![attempt, now],
        )?;
        Ok(())
    }

    /// Logs a moment of an attempt (a pause, a resume, a hint: never
    /// silently).
    pub fn log_event(
        &mut self,
        attempt: i64,
        kind: EventKind,
        detail: Option<&str>,
        now: i64,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO events (attempt_id, at, kind, detail) VALUES (?1, ?2, ?3, ?4)",
            params![attempt, now, kind, detail],
        )?;
        if kind == EventKind::Hint {
            tx.execute(
                "UPDATE attempts SET hints = hints + 1 WHERE id = ?1",
                params![attempt],
            )?;
        }
        commit(tx)?;
        Ok(())
    }

    /// Ends an attempt, fixing its elapsed time, unless it has already ended.
    pub fn end_attempt(&mut self, a: &Attempt, outcome: Outcome, now: i64) -> Result<bool> {
        let elapsed = self.clock(a, now)?.elapsed.as_millis() as i64;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE attempts SET ended_at = ?1, outcome = ?2, elapsed_ms = ?3 WHERE id = ?4 AND ended_at IS NULL",
            params![now, outcome, elapsed, a.id],
        )?;
        if changed > 0 {
            tx.execute(
                "INSERT INTO events (attempt_id, at, kind) VALUES (?1, ?2, ?3)",
                params![a.id, now, outcome.event()],
            )?;
        }
        commit(tx)?;
        Ok(changed > 0)
    }

    /// Records a run or submission; ends the attempt in the same transaction
    /// when `end_with` is given: (outcome, elapsed ms).
    pub fn record(
        &mut self,
        s: &NewSubmission,
        end_with: Option<(Outcome, i64)>,
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
            let changed = tx.execute(
                "UPDATE attempts SET ended_at = ?1, outcome = ?2, elapsed_ms = ?3 WHERE id = ?4 AND ended_at IS NULL",
                params![now, outcome, elapsed_ms, attempt],
            )?;
            if changed > 0 {
                tx.execute(
                    "INSERT INTO events (attempt_id, at, kind) VALUES (?1, ?2, ?3)",
                    params![attempt, now, outcome.event()],
                )?;
            }
        }
        commit(tx)?;
        Ok(id)
    }

    pub fn submissions(&self, attempt: i64) -> Result<Vec<Submission>> {
        let sql = format!(
            "SELECT {SUBMISSION_COLS} FROM submissions WHERE attempt_id = ?1 ORDER BY at, id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![attempt], row_to_submission)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn submission(&self, id: i64) -> Result<Option<Submission>> {
        let sql = format!("SELECT {SUBMISSION_COLS} FROM submissions WHERE id = ?1");
        Ok(self
            .conn
            .query_row(&sql, params![id], row_to_submission)
            .optional()?)
    }

    /// Submissions made without an attempt (`judge submit --file` with no
    /// `judge start`): unclocked practice; only `problem`'s if given.
    pub fn unclocked_submissions(&self, problem: Option<&str>) -> Result<Vec<Submission>> {
        let sql = format!(
            "SELECT {SUBMISSION_COLS} FROM submissions WHERE attempt_id IS NULL \
             AND kind != 'set-aside' AND (?1 IS NULL OR problem = ?1) ORDER BY at, id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![problem], row_to_submission)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Every submission (`judge stats` draws its calendar from them).
    pub fn all_submissions(&self) -> Result<Vec<Submission>> {
        let sql = format!("SELECT {SUBMISSION_COLS} FROM submissions ORDER BY at, id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], row_to_submission)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Starts a mock session: the mock and one attempt per problem, in one
    /// transaction, under one clock.
    pub fn start_mock(
        &mut self,
        name: &str,
        minutes: i64,
        hide_difficulty: bool,
        problems: &[String],
        now: i64,
    ) -> Result<Mock> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO mocks (name, started_at, minutes, hide_difficulty) VALUES (?1, ?2, ?3, ?4)",
            params![name, now, minutes, hide_difficulty],
        )?;
        let id = tx.last_insert_rowid();
        for p in problems {
            // A practice attempt left open at the same problem gives way to the mock.
            let open: Vec<i64> = {
                let mut stmt =
                    tx.prepare("SELECT id FROM attempts WHERE problem = ?1 AND ended_at IS NULL")?;
                let rows = stmt.query_map(params![p], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<Vec<i64>>>()?
            };
            for a in open {
                tx.execute(
                    "UPDATE attempts SET ended_at = ?1, outcome = ?3, elapsed_ms = ?1 - started_at WHERE id = ?2",
                    params![now, a, Outcome::Abandoned],
                )?;
                tx.execute(
                    "INSERT INTO events (attempt_id, at, kind, detail) VALUES (?1, ?2, ?3, 'a mock interview started on this problem')",
                    params![a, now, EventKind::Abandon],
                )?;
            }
            insert_attempt(&tx, p, Mode::Mock, Some(id), now)?;
        }
        commit(tx)?;
        self.mock(id)?
            .ok_or_else(|| Error::Internal(format!("mock {id} vanished")))
    }

    pub fn mock(&self, id: i64) -> Result<Option<Mock>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, started_at, minutes, hide_difficulty, ended_at FROM mocks WHERE id = ?1",
                params![id],
                row_to_mock,
            )
            .optional()?)
    }

    /// Every mock interview, oldest first.
    pub fn mocks(&self) -> Result<Vec<Mock>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, started_at, minutes, hide_difficulty, ended_at FROM mocks
             ORDER BY started_at, id",
        )?;
        let rows = stmt.query_map([], row_to_mock)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The mock in progress, or the latest one.
    pub fn latest_mock(&self) -> Result<Option<Mock>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, started_at, minutes, hide_difficulty, ended_at FROM mocks
                 ORDER BY (ended_at IS NULL) DESC, started_at DESC, id DESC LIMIT 1",
                [],
                row_to_mock,
            )
            .optional()?)
    }

    /// Ends a mock: its open attempts expire (time ran out) or are
    /// abandoned (ended early), all in one transaction.
    pub fn end_mock(&mut self, mock: &Mock, now: i64) -> Result<()> {
        let end = now.min(mock.deadline());
        let outcome = if now >= mock.deadline() {
            Outcome::Expired
        } else {
            Outcome::Abandoned
        };
        let open: Vec<Attempt> = self
            .mock_attempts(mock.id)?
            .into_iter()
            .filter(|a| a.ended_at.is_none())
            .collect();
        let mut elapsed = Vec::new();
        for a in &open {
            elapsed.push(self.clock(a, end)?.elapsed.as_millis() as i64);
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for (a, ms) in open.iter().zip(elapsed) {
            tx.execute(
                "UPDATE attempts SET ended_at = ?1, outcome = ?2, elapsed_ms = ?3 WHERE id = ?4 AND ended_at IS NULL",
                params![end, outcome, ms, a.id],
            )?;
            tx.execute(
                "INSERT INTO events (attempt_id, at, kind) VALUES (?1, ?2, ?3)",
                params![a.id, end, outcome.event()],
            )?;
        }
        tx.execute(
            "UPDATE mocks SET ended_at = ?1 WHERE id = ?2 AND ended_at IS NULL",
            params![end, mock.id],
        )?;
        commit(tx)?;
        Ok(())
    }

    /// Starts a plan, clearing the ticks of any earlier one (their ids name
    /// its items, not the new plan's); returns how many were cleared.
    pub fn set_plan(&mut self, start_date: &str, source: &str) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let cleared = tx.execute("DELETE FROM plan_done", [])?;
        tx.execute(
            "INSERT INTO plan (id, start_date, source) VALUES (1, ?1, ?2)
             ON CONFLICT(id) DO UPDATE SET start_date = excluded.start_date, source = excluded.source",
            params![start_date, source],
        )?;
        commit(tx)?;
        Ok(cleared)
    }

    /// (start date, plan source) if a plan was started.
    pub fn plan(&self) -> Result<Option<(String, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT start_date, source FROM plan WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    pub fn mark_done(&mut self, item: &str, now: i64) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "INSERT INTO plan_done (item, at) VALUES (?1, ?2) ON CONFLICT(item) DO NOTHING",
            params![item, now],
        )?;
        commit(tx)?;
        Ok(n > 0)
    }

    /// Unticks an item; false if it was not ticked.
    pub fn unmark_done(&mut self, item: &str) -> Result<bool> {
        let n = self
            .conn
            .execute("DELETE FROM plan_done WHERE item = ?1", params![item])?;
        WRITES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Ok(n > 0)
    }

    pub fn done_items(&self) -> Result<std::collections::BTreeSet<String>> {
        let mut stmt = self.conn.prepare("SELECT item FROM plan_done")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The whole history as one value (`judge export`).
    pub fn export(&self) -> Result<Export> {
        let attempts = self.attempts(None)?;
        let mut out = Export {
            format: EXPORT_FORMAT,
            attempts: Vec::new(),
            loose_submissions: Vec::new(),
            mocks: Vec::new(),
            plan: self
                .plan()?
                .map(|(start_date, source)| PlanState { start_date, source }),
            plan_done: Vec::new(),
        };
        for a in attempts {
            out.attempts.push(ExportedAttempt {
                events: self.events(a.id)?,
                submissions: self.submissions(a.id)?,
                attempt: a,
            });
        }
        let sql = format!(
            "SELECT {SUBMISSION_COLS} FROM submissions WHERE attempt_id IS NULL ORDER BY at, id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        out.loose_submissions = stmt
            .query_map([], row_to_submission)?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, started_at, minutes, hide_difficulty, ended_at FROM mocks ORDER BY id")?;
        out.mocks = stmt
            .query_map([], row_to_mock)?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self
            .conn
            .prepare("SELECT item, at FROM plan_done ORDER BY item")?;
        out.plan_done = stmt
            .query_map([], |r| {
                Ok(DoneItem {
                    item: r.get(0)?,
                    at: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(out)
    }

    /// Merges an export into this history in one transaction. Records that
    /// are already here (same problem, mode and start; same submission time
    /// and kind) are skipped, so importing twice changes nothing. Returns
    /// (attempts added, submissions added).
    pub fn import(&mut self, data: &Export) -> Result<(usize, usize)> {
        if data.format != EXPORT_FORMAT {
            return Err(Error::Usage(format!(
                "export format {} is not supported (expected {EXPORT_FORMAT})",
                data.format
            )));
        }
        // Nothing is written unless every record makes sense.
        for s in data
            .attempts
            .iter()
            .flat_map(|a| &a.submissions)
            .chain(&data.loose_submissions)
        {
            check_imported(s)?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut mock_ids = std::collections::HashMap::new();
        for m in &data.mocks {
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT id FROM mocks WHERE name = ?1 AND started_at = ?2",
                    params![m.name, m.started_at],
                    |r| r.get(0),
                )
                .optional()?;
            let id = match existing {
                Some(id) => id,
                None => {
                    tx.execute(
                        "INSERT INTO mocks (name, started_at, minutes, hide_difficulty, ended_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![m.name, m.started_at, m.minutes, m.hide_difficulty, m.ended_at],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            mock_ids.insert(m.id, id);
        }
        let (mut added_attempts, mut added_subs) = (0, 0);
        for ea in &data.attempts {
            let a = &ea.attempt;
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT id FROM attempts WHERE problem = ?1 AND mode = ?2 AND started_at = ?3",
                    params![a.problem, a.mode, a.started_at],
                    |r| r.get(0),
                )
                .optional()?;
            let id = match existing {
                Some(id) => id,
                None => {
                    tx.execute(
                        "INSERT INTO attempts (problem, mode, started_at, ended_at, outcome, elapsed_ms, hints, mock_id)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![
                            a.problem,
                            a.mode,
                            a.started_at,
                            a.ended_at,
                            a.outcome,
                            a.elapsed_ms,
                            a.hints,
                            a.mock_id.and_then(|m| mock_ids.get(&m).copied())
                        ],
                    )?;
                    let id = tx.last_insert_rowid();
                    for e in &ea.events {
                        tx.execute(
                            "INSERT INTO events (attempt_id, at, kind, detail) VALUES (?1, ?2, ?3, ?4)",
                            params![id, e.at, e.kind, e.detail],
                        )?;
                    }
                    added_attempts += 1;
                    id
                }
            };
            for s in &ea.submissions {
                added_subs += import_submission(&tx, Some(id), s)?;
            }
        }
        for s in &data.loose_submissions {
            added_subs += import_submission(&tx, None, s)?;
        }
        if let Some(p) = &data.plan {
            tx.execute(
                "INSERT INTO plan (id, start_date, source) VALUES (1, ?1, ?2) ON CONFLICT(id) DO NOTHING",
                params![p.start_date, p.source],
            )?;
        }
        for d in &data.plan_done {
            tx.execute(
                "INSERT INTO plan_done (item, at) VALUES (?1, ?2) ON CONFLICT(item) DO NOTHING",
                params![d.item, d.at],
            )?;
        }
        commit(tx)?;
        Ok((added_attempts, added_subs))
    }
}

fn insert_attempt(
    tx: &rusqlite::Transaction,
    problem: &str,
    mode: Mode,
    mock: Option<i64>,
    now: i64,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO attempts (problem, mode, started_at, mock_id) VALUES (?1, ?2, ?3, ?4)",
        params![problem, mode, now, mock],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO events (attempt_id, at, kind) VALUES (?1, ?2, ?3)",
        params![id, now, EventKind::Start],
    )?;
    Ok(id)
}

fn import_submission(
    tx: &rusqlite::Transaction,
    attempt: Option<i64>,
    s: &Submission,
) -> Result<usize> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS(SELECT 1 FROM submissions WHERE problem = ?1 AND kind = ?2 AND at = ?3 AND code = ?4)",
        params![s.problem, s.kind, s.at, s.code],
        |r| r.get(0),
    )?;
    if exists {
        return Ok(0);
    }
    tx.execute(
        "INSERT INTO submissions (attempt_id, problem, kind, at, verdict, passed, total, max_time_ms, code, report)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![attempt, s.problem, s.kind, s.at, s.verdict, s.passed, s.total, s.max_time_ms, s.code, s.report],
    )?;
    Ok(1)
}

pub const EXPORT_FORMAT: u32 = 1;

/// A submission from an export: a known verdict and counts that can be.
fn check_imported(s: &Submission) -> Result<()> {
    use crate::engine::verdict::Verdict;
    const VERDICTS: [Verdict; 8] = [
        Verdict::Accepted,
        Verdict::WrongAnswer,
        Verdict::TimeLimitExceeded,
        Verdict::MemoryLimitExceeded,
        Verdict::OutputLimitExceeded,
        Verdict::RuntimeError,
        Verdict::CompileError,
        Verdict::JudgeError,
    ];
    let known = VERDICTS.iter().any(|v| v.code() == s.verdict)
        || (s.kind == SubmissionKind::SetAside && s.verdict == "-");
    let bad = |what: String| {
        Err(Error::Usage(format!(
            "submission {} ({}): {what}",
            s.id, s.problem
        )))
    };
    if !known {
        let codes: Vec<&str> = VERDICTS.iter().map(|v| v.code()).collect();
        return bad(format!(
            "verdict `{}` (expected one of {})",
            s.verdict,
            codes.join(", ")
        ));
    }
    if s.passed < 0 || s.total < 0 || s.passed > s.total {
        return bad(format!(
            "{} of {} cases passed (expected 0 <= passed <= total)",
            s.passed, s.total
        ));
    }
    if s.problem.trim().is_empty() {
        return bad("no problem id".into());
    }
    Ok(())
}

/// `judge export`'s document: everything the history holds.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Export {
    pub format: u32,
    pub attempts: Vec<ExportedAttempt>,
    /// Submissions made outside any attempt (`--file` without `judge start`).
    pub loose_submissions: Vec<Submission>,
    pub mocks: Vec<Mock>,
    pub plan: Option<PlanState>,
    pub plan_done: Vec<DoneItem>,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ExportedAttempt {
    #[serde(flatten)]
    pub attempt: Attempt,
    pub events: Vec<Event>,
    pub submissions: Vec<Submission>,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PlanState {
    pub start_date: String,
    pub source: String,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct DoneItem {
    pub item: String,
    pub at: i64,
}

const ATTEMPT_COLS: &str =
    "id, problem, mode, started_at, ended_at, outcome, hints, mock_id, elapsed_ms";

fn row_to_attempt(r: &rusqlite::Row) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: r.get(0)?,
        problem: r.get(1)?,
        mode: r.get(2)?,
        started_at: r.get(3)?,
        ended_at: r.get(4)?,
        outcome: r.get(5)?,
        hints: r.get(6)?,
        mock_id: r.get(7)?,
        elapsed_ms: r.get(8)?,
    })
}

const SUBMISSION_COLS: &str =
    "id, attempt_id, problem, kind, at, verdict, passed, total, max_time_ms, code, report";

fn row_to_submission(r: &rusqlite::Row) -> rusqlite::Result<Submission> {
    Ok(Submission {
        id: r.get(0)?,
        attempt_id: r.get(1)?,
        problem: r.get(2)?,
        kind: r.get(3)?,
        at: r.get(4)?,
        verdict: r.get(5)?,
        passed: r.get(6)?,
        total: r.get(7)?,
        max_time_ms: r.get(8)?,
        code: r.get(9)?,
        report: r.get(10)?,
    })
}

fn row_to_mock(r: &rusqlite::Row) -> rusqlite::Result<Mock> {
    Ok(Mock {
        id: r.get(0)?,
        name: r.get(1)?,
        started_at: r.get(2)?,
        minutes: r.get(3)?,
        hide_difficulty: r.get(4)?,
        ended_at: r.get(5)?,
    })
}

fn schema_error(version: i64) -> Error {
    if version as usize > MIGRATIONS.len() {
        Error::Setup(format!(
            "was written by a newer judge (schema {version}, this judge knows {}): install the newer judge, or move the file aside",
            MIGRATIONS.len()
        ))
    } else {
        Error::Setup(format!(
            "has an older schema ({version}, this judge's is {}) and cannot be upgraded while read-only: make the data directory writable and run any judge command once",
            MIGRATIONS.len()
        ))
    }
}

/// Puts the database's path in front of a message about it.
fn with_path(path: &Path, e: Error) -> Error {
    match e {
        Error::Setup(m) => Error::Setup(format!("{} {m}", path.display())),
        other => other,
    }
}

fn code_of(e: &rusqlite::Error) -> Option<rusqlite::ErrorCode> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    }
}

/// What went wrong opening the history, in words a user can act on: the
/// file, the cause, the remedy.
fn open_error(path: &Path, e: Error, writing: bool) -> Error {
    use rusqlite::ErrorCode;
    let Error::Database(db) = &e else {
        return e;
    };
    let p = path.display();
    let dir = path.parent().unwrap_or(Path::new(".")).display();
    let msg = match code_of(db) {
        Some(ErrorCode::NotADatabase) => format!(
            "{p} is not a SQLite database: move it aside (a new history starts), or restore with `judge import FILE` from a `judge export`"
        ),
        Some(ErrorCode::DatabaseCorrupt) => format!(
            "{p} is damaged ({db}): move it aside (a new history starts), or restore with `judge import FILE` from a `judge export`"
        ),
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied)
            if writing =>
        {
            format!(
                "cannot write the history {p} ({db}): this command records your work, so {dir} and the file must be writable; fix their permissions, or set JUDGE_HOME to a writable directory"
            )
        }
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            format!("cannot read the history {p} ({db}): fix its permissions (it must be readable)")
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => format!(
            "the history {p} stayed locked by another judge for 30 s: finish or stop that judge, then try again"
        ),
        _ => format!("history database {p}: {db}"),
    };
    Error::Setup(msg)
}

/// `file:` URI for a path, escaping what a URI gives meaning to.
fn sqlite_uri(path: &Path) -> String {
    let mut out = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::vocabulary::{EventKind, Mode, Outcome, SubmissionKind};

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
        let a = h.start_attempt("lc-15", Mode::Practice, 1000).unwrap();
        assert!(h.open_attempt("lc-15").unwrap().is_some());
        let s = NewSubmission {
            attempt_id: Some(a.id),
            problem: "lc-15",
            kind: SubmissionKind::Submit,
            verdict: "AC",
            passed: 3,
            total: 3,
            max_time_ms: 1.0,
            code: "impl Solution {}",
            report_json: "{}",
        };
        h.record(&s, Some((Outcome::Accepted, 5000)), 6000).unwrap();
        assert!(h.open_attempt("lc-15").unwrap().is_none());
        let last = h.latest_attempt().unwrap().unwrap();
        assert_eq!(
            h.clock(&last, 0).unwrap().elapsed,
            Duration::from_millis(5000)
        );
        assert_eq!(last.outcome, Some(Outcome::Accepted));
    }

    #[test]
    fn pauses_are_not_counted_and_an_open_pause_stops_the_clock() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("h.sqlite")).unwrap();
        let a = h.start_attempt("lc-15", Mode::Practice, 0).unwrap();
        h.log_event(a.id, EventKind::Pause, None, 10_000).unwrap();
        h.log_event(a.id, EventKind::Resume, None, 70_000).unwrap();
        h.log_event(a.id, EventKind::Pause, None, 100_000).unwrap();
        let c = h.clock(&a, 1_000_000).unwrap();
        assert!(c.paused);
        assert_eq!(c.elapsed, Duration::from_millis(40_000));
        h.log_event(a.id, EventKind::Resume, None, 1_000_000)
            .unwrap();
        h.end_attempt(&a, Outcome::Abandoned, 1_010_000).unwrap();
        let a = h.attempt(a.id).unwrap().unwrap();
        assert_eq!(a.elapsed_ms, Some(50_000));
        assert_eq!(
            h.clock(&a, 9_999_999).unwrap().elapsed,
            Duration::from_millis(50_000)
        );
    }

    #[test]
    fn export_then_import_gives_the_same_history() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("a.sqlite")).unwrap();
        let a = h.start_attempt("lc-15", Mode::Practice, 1000).unwrap();
        h.log_event(a.id, EventKind::Hint, Some("1"), 2000).unwrap();
        let s = NewSubmission {
            attempt_id: Some(a.id),
            problem: "lc-15",
            kind: SubmissionKind::Submit,
            verdict: "WA",
            passed: 1,
            total: 3,
            max_time_ms: 1.0,
            code: "impl Solution {}",
            report_json: "{}",
        };
        h.record(&s, None, 3000).unwrap();
        h.set_plan("2026-11-30", "builtin").unwrap();
        h.mark_done("4.1.2", 4000).unwrap();
        let m = h
            .start_mock(
                "two-medium-50",
                50,
                false,
                &["lc-3".into(), "lc-33".into()],
                5000,
            )
            .unwrap();
        h.end_mock(&m, 6000).unwrap();
        let exported = h.export().unwrap();
        let mut other = History::open(&dir.path().join("b.sqlite")).unwrap();
        assert_eq!(other.import(&exported).unwrap(), (3, 1));
        // Importing again adds nothing.
        assert_eq!(other.import(&exported).unwrap(), (0, 0));
        let again = other.export().unwrap();
        assert_eq!(
            serde_json::to_value(strip_ids(&exported)).unwrap(),
            serde_json::to_value(strip_ids(&again)).unwrap()
        );
    }

    /// Ids are local to a database; everything else must survive the trip.
    fn strip_ids(e: &Export) -> serde_json::Value {
        let mut v = serde_json::to_value(e).unwrap();
        fn walk(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(m) => {
                    for k in ["id", "attempt_id", "mock_id"] {
                        m.remove(k);
                    }
                    m.values_mut().for_each(walk);
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
                _ => {}
            }
        }
        walk(&mut v);
        v
    }
}
