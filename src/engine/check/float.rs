//! `float`: numbers within an absolute or relative tolerance.
//!
//! Policy: a number passes if |a - e| <= abs_tol or |a - e| <= rel_tol * |e|.
//! NaN and infinities are never accepted (the harness writes them as
//! strings, which are not numbers). Non-numbers must match exactly.

use super::common::{CheckResult, first_difference, mismatch};
use serde_json::Value;

pub fn close(e: &Value, a: &Value, abs_tol: f64, rel_tol: f64) -> bool {
    match (e, a) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            if !x.is_finite() || !y.is_finite() {
                return false;
            }
            let d = (x - y).abs();
            d <= abs_tol || d <= rel_tol * x.abs()
        }
        _ => e == a,
    }
}

pub fn check(expected: &Value, actual: &Value, abs_tol: f64, rel_tol: f64) -> CheckResult {
    match first_difference(expected, actual, &|e, a| close(e, a, abs_tol, rel_tol)) {
        None => Ok(()),
        Some(why) => mismatch(format!("{why} (tolerance {abs_tol:e})")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tolerance_and_nan() {
        assert!(check(&json!(2.5), &json!(2.500001), 1e-5, 1e-5).is_ok());
        assert!(check(&json!(2.5), &json!(2.6), 1e-5, 1e-5).is_err());
        assert!(check(&json!(2.5), &json!("NaN"), 1e-5, 1e-5).is_err());
        assert!(check(&json!(2), &json!(2.0), 1e-5, 1e-5).is_ok());
        assert!(check(&json!([1.0, 2.0]), &json!([1.0, 2.1]), 1e-5, 1e-5).is_err());
    }
}
