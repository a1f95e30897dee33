//! Which attempt a command means, and the idle pause.
//!
//! A command names the problem, or runs in its workspace folder; otherwise
//! it means the one attempt in progress, and with several it asks which
//! (never picks one silently).
//!
//! An attempt left alone (no save in its workspace, no judge command at
//! it) for longer than the idle limit is paused from its last activity:
//! when work resumes, the gap is logged as a pause and a resume, marked
//! `idle`, and not counted. Mock attempts are never paused.

use crate::engine::package::ProblemId;
use crate::error::{Error, Result};
use crate::practice::history::{Attempt, History};
use crate::practice::vocabulary::EventKind;
use std::time::Duration;

/// The default idle limit (judge.toml `idle_minutes`).
pub const DEFAULT_IDLE_MINUTES: u64 = 30;

/// The detail of the pause and resume events of an idle gap.
pub const IDLE: &str = "idle";

/// The open attempt at `id`, or the only open one.
pub fn current(history: &History, id: Option<&str>) -> Result<Attempt> {
    match id {
        Some(id) => {
            let id = ProblemId::normalize(id);
            history.open_attempt(id.as_str())?.ok_or_else(|| {
                Error::Usage(format!(
                    "no attempt at {id} is in progress (`judge start {id}` starts one)"
                ))
            })
        }
        None => {
            let open = history.open_attempts()?;
            match open.as_slice() {
                [] => Err(Error::Usage(
                    "no attempt is in progress (`judge start ID` starts one)".into(),
                )),
                [one] => Ok(one.clone()),
                several => Err(Error::Usage(format!(
                    "{} attempts are in progress ({}): name one, e.g. `judge status` to see them, \
                     then `judge hint {}`, or run the command in the problem's workspace folder",
                    several.len(),
                    several
                        .iter()
                        .map(|a| a.problem.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    several[0].problem
                ))),
            }
        }
    }
}

/// What `settle` did to an attempt's clock.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settled {
    /// It had been idle: paused from this moment (its last activity), for
    /// this long until now.
    pub idle_since: Option<(i64, Duration)>,
    /// It was paused, and this command (work at it) resumed it.
    pub resumed: bool,
}

/// Settles `a`'s clock before a command: an idle gap longer than `idle`
/// becomes a pause from its last activity (see the module); with
/// `activity` (the command works at the attempt: run, submit, hint,
/// start), a paused clock resumes now and the command counts as activity.
/// `last_save`: when its workspace file was last written.
pub fn settle(
    history: &mut History,
    a: &Attempt,
    last_save: Option<i64>,
    idle: Duration,
    activity: bool,
    now: i64,
) -> Result<Settled> {
    let mut out = Settled::default();
    if a.ended_at.is_some() {
        return Ok(out);
    }
    let mut paused = history.clock(a, now)?.paused;
    if a.mock_id.is_none() && !paused {
        let last = history
            .last_activity(a)?
            .max(last_save.unwrap_or(0).min(now));
        if now - last > idle.as_millis() as i64 {
            history.log_event(a.id, EventKind::Pause, Some(IDLE), last)?;
            out.idle_since = Some((last, Duration::from_millis((now - last) as u64)));
            paused = true;
        }
    }
    if activity {
        if paused {
            history.log_event(a.id, EventKind::Resume, None, now)?;
            out.resumed = true;
        }
        history.touch(a.id, now)?;
    }
    Ok(out)
}
