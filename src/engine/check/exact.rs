//! `exact`: the answer must equal the expected value exactly.

use super::common::{CheckResult, first_difference, mismatch};
use serde_json::Value;

pub fn check(expected: &Value, actual: &Value) -> CheckResult {
    if expected == actual {
        return Ok(());
    }
    let why = first_difference(expected, actual, &|a, b| a == b)
        .unwrap_or_else(|| "the answer differs".into());
    mismatch(why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn points_at_the_first_difference() {
        assert!(check(&json!([1, 2]), &json!([1, 2])).is_ok());
        let e = check(&json!([[1, 2], [3]]), &json!([[1, 2], [4]])).unwrap_err();
        assert_eq!(e.message, "at [1][0]: expected 3, found 4");
        let e = check(&json!([1, 2]), &json!([1])).unwrap_err();
        assert_eq!(e.message, "the answer has 1 element, expected 2");
    }
}
