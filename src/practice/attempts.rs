//! Which attempt a command means: the one at the problem named, or the
//! latest open one.

use crate::engine::package::ProblemId;
use crate::error::{Error, Result};
use crate::practice::history::{Attempt, History};

/// The open attempt at `id`, or the latest open one.
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
        None => history.open_attempts()?.into_iter().next().ok_or_else(|| {
            Error::Usage("no attempt is in progress (`judge start ID` starts one)".into())
        }),
    }
}
