//! What every checker shares: the mismatch type, a total order on JSON
//! values, and the first difference between two answers, in words.

use serde_json::Value;
use std::cmp::Ordering;

/// Why an answer was rejected, in words, plus where the first difference is.
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    pub message: String,
}

pub type CheckResult = Result<(), Mismatch>;

/// One answer to check, with the case's arguments (a JSON array).
pub struct Item<'a> {
    pub input: &'a str,
    pub expected: &'a Value,
    pub actual: &'a Value,
}

pub fn mismatch(message: impl Into<String>) -> CheckResult {
    Err(Mismatch {
        message: message.into(),
    })
}

/// A total order on JSON values (null < bool < number < string < array),
/// used to sort answers whose order does not matter.
pub fn cmp_values(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Number(_) => 2,
            Value::String(_) => 3,
            Value::Array(_) => 4,
            Value::Object(_) => 5,
        }
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => {
                let (x, y) = (
                    x.as_f64().unwrap_or(f64::NAN),
                    y.as_f64().unwrap_or(f64::NAN),
                );
                x.total_cmp(&y)
            }
        },
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => {
            for (p, q) in x.iter().zip(y) {
                let o = cmp_values(p, q);
                if o != Ordering::Equal {
                    return o;
                }
            }
            x.len().cmp(&y.len())
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

/// A short rendering of a value for messages.
pub fn show(v: &Value) -> String {
    crate::engine::text::abbreviate(&v.to_string(), 100)
}

/// Describes the first place where `actual` differs from `expected`, by
/// path (`[2][0]`), using `same` to compare leaves.
pub fn first_difference(
    expected: &Value,
    actual: &Value,
    same: &dyn Fn(&Value, &Value) -> bool,
) -> Option<String> {
    fn walk(
        path: &mut String,
        e: &Value,
        a: &Value,
        same: &dyn Fn(&Value, &Value) -> bool,
    ) -> Option<String> {
        match (e, a) {
            (Value::Array(es), Value::Array(as_)) => {
                for (i, (x, y)) in es.iter().zip(as_).enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    if let Some(d) = walk(path, x, y, same) {
                        return Some(d);
                    }
                    path.truncate(len);
                }
                if es.len() != as_.len() {
                    let at = if path.is_empty() {
                        "the answer".to_string()
                    } else {
                        path.clone()
                    };
                    return Some(format!(
                        "{at} has {}, expected {}",
                        crate::engine::text::plural(as_.len(), "element"),
                        es.len()
                    ));
                }
                None
            }
            _ if same(e, a) => None,
            _ => {
                let at = if path.is_empty() {
                    String::new()
                } else {
                    format!("at {path}: ")
                };
                Some(format!("{at}expected {}, found {}", show(e), show(a)))
            }
        }
    }
    walk(&mut String::new(), expected, actual, same)
}
