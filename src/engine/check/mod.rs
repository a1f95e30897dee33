//! Checkers: pure functions from (expected, actual) to accepted or a reason.
//!
//! One file per checker, no I/O. The package chooses one (`[checker] kind`).
//! Values are LeetCode-format JSON. Whatever a solution returned reaches a
//! checker only after the sandboxed process ended: the decision is made here,
//! outside it.

mod common;
mod exact;
mod float;
mod in_place_prefix;
mod unordered;

pub use common::CheckResult;

use crate::engine::package::{CheckerKind, CheckerSpec};
use serde_json::Value;

pub fn check(spec: &CheckerSpec, expected: &Value, actual: &Value) -> CheckResult {
    match spec.kind {
        CheckerKind::Exact => exact::check(expected, actual),
        CheckerKind::Float => float::check(expected, actual, spec.abs_tol, spec.rel_tol),
        CheckerKind::Unordered => unordered::check(expected, actual, false),
        CheckerKind::UnorderedNested => unordered::check(expected, actual, true),
        CheckerKind::InPlacePrefix => in_place_prefix::check(expected, actual),
    }
}
