//! Checkers: pure functions from (expected, actual) to accepted or a reason.
//!
//! One file per checker, no I/O. The package chooses one (`[checker] kind`).
//! Values are LeetCode-format JSON. Whatever a solution returned reaches a
//! checker only after the sandboxed process ended: the decision is made here,
//! outside it.
//!
//! A package whose answers can only be judged against the input (any valid
//! course order) brings its own checker program (`kind = "custom"`,
//! `tests/checker.rs`, see `judge_harness::checker`). `Checker` hides the
//! difference: it checks a batch of cases, in one run of that program or
//! with the built-in function.

mod common;
mod custom;
mod exact;
mod float;
mod in_place_prefix;
mod unordered;

pub use common::{CheckResult, Item, cmp_values};

use crate::engine::package::{CheckerKind, CheckerSpec};
use crate::error::Result;
use serde_json::Value;

/// Runs a package's checker program: its whole stdin in, its stdout back.
pub trait Program {
    fn run(&self, stdin: &str) -> Result<String>;
    /// The program's source, which errors name.
    fn path(&self) -> &std::path::Path;
}

/// The package's checker: a built-in one, or its own program.
pub struct Checker<'a> {
    spec: &'a CheckerSpec,
    program: Option<&'a dyn Program>,
}

impl<'a> Checker<'a> {
    /// `program` is required for `kind = "custom"` and unused otherwise.
    pub fn new(spec: &'a CheckerSpec, program: Option<&'a dyn Program>) -> Checker<'a> {
        Checker { spec, program }
    }

    /// Checks every item, in order: one result per item.
    pub fn check_all(&self, items: &[Item]) -> Result<Vec<CheckResult>> {
        if self.spec.kind != CheckerKind::Custom {
            return Ok(items
                .iter()
                .map(|it| check(self.spec, it.expected, it.actual))
                .collect());
        }
        if items.is_empty() {
            return Ok(Vec::new());
        }
        let Some(program) = self.program else {
            return Err(crate::error::Error::Internal(
                "a custom checker was used before it was built".into(),
            ));
        };
        let reply = program.run(&custom::request(items)?)?;
        custom::read_reply(&reply, items.len(), program.path())
    }

    /// Checks one answer.
    pub fn check_one(&self, input: &str, expected: &Value, actual: &Value) -> Result<CheckResult> {
        let mut all = self.check_all(&[Item {
            input,
            expected,
            actual,
        }])?;
        all.pop()
            .ok_or_else(|| crate::error::Error::Internal("the checker returned no result".into()))
    }
}

/// A built-in checker (not `custom`, which needs the input and a program:
/// use `Checker`).
fn check(spec: &CheckerSpec, expected: &Value, actual: &Value) -> CheckResult {
    match spec.kind {
        CheckerKind::Exact => exact::check(expected, actual),
        CheckerKind::Float => float::check(expected, actual, spec.abs_tol, spec.rel_tol),
        CheckerKind::Unordered => unordered::check(expected, actual, false),
        CheckerKind::UnorderedNested => unordered::check(expected, actual, true),
        CheckerKind::InPlacePrefix => in_place_prefix::check(expected, actual),
        CheckerKind::Custom => common::mismatch("the package's own checker did not run"),
    }
}
