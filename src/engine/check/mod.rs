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

    /// Whether an answer byte for byte equal to the expected one (both
    /// valid JSON) is accepted without building either tree: true where the
    /// checker accepts equal values by its own first rule (`exact`, and
    /// `unordered*`, whose equal lists sort alike). Not `float` (its policy
    /// on every number is its own), `in-place-prefix` (it checks the
    /// expected value's shape first), nor a package's own checker, which
    /// judges against the input.
    pub fn accepts_identical(&self) -> bool {
        matches!(
            self.spec.kind,
            CheckerKind::Exact | CheckerKind::Unordered | CheckerKind::UnorderedNested
        )
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The shortcut never accepts what the checker itself would reject:
    /// every kind that claims it accepts each of these answers compared with
    /// itself.
    #[test]
    fn identical_answers_are_accepted_by_the_kinds_that_skip_the_tree() {
        let answers = [
            json!([[-1, -1, 2], [-1, 0, 1]]),
            json!([]),
            json!(3),
            json!("abc"),
            json!(null),
            json!([[1, [2, 3]], ["x"]]),
        ];
        for kind in [
            CheckerKind::Exact,
            CheckerKind::Float,
            CheckerKind::Unordered,
            CheckerKind::UnorderedNested,
            CheckerKind::InPlacePrefix,
            CheckerKind::Custom,
        ] {
            let spec = CheckerSpec {
                kind,
                abs_tol: 1e-5,
                rel_tol: 1e-5,
            };
            if !Checker::new(&spec, None).accepts_identical() {
                continue;
            }
            for a in &answers {
                assert_eq!(check(&spec, a, a), Ok(()), "{kind:?} on {a}");
            }
        }
    }
}
