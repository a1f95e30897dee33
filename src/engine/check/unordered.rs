//! `unordered` and `unordered-nested`: the order of the answer's elements
//! does not matter (`nested`: nor the order inside each element, as for
//! 3Sum's triplets or Subsets). Duplicates count: a multiset comparison.

use super::common::{CheckResult, cmp_values, mismatch, show};
use serde_json::Value;

fn normalize(v: &Value, nested: bool) -> Option<Vec<Value>> {
    let Value::Array(items) = v else { return None };
    let mut items: Vec<Value> = items
        .iter()
        .map(|item| match (nested, item) {
            (true, Value::Array(inner)) => {
                let mut inner = inner.clone();
                inner.sort_by(cmp_values);
                Value::Array(inner)
            }
            _ => item.clone(),
        })
        .collect();
    items.sort_by(cmp_values);
    Some(items)
}

pub fn check(expected: &Value, actual: &Value, nested: bool) -> CheckResult {
    let Some(e) = normalize(expected, nested) else {
        return if expected == actual {
            Ok(())
        } else {
            mismatch(format!(
                "expected {}, found {}",
                show(expected),
                show(actual)
            ))
        };
    };
    let Some(a) = normalize(actual, nested) else {
        return mismatch(format!("expected an array, found {}", show(actual)));
    };
    if e == a {
        return Ok(());
    }
    // Walk both sorted lists to name one missing and one unexpected element.
    let (mut i, mut j) = (0, 0);
    let mut missing = None;
    let mut extra = None;
    while i < e.len() || j < a.len() {
        match (e.get(i), a.get(j)) {
            (Some(x), Some(y)) => match cmp_values(x, y) {
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => {
                    missing.get_or_insert(x);
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    extra.get_or_insert(y);
                    j += 1;
                }
            },
            (Some(x), None) => {
                missing.get_or_insert(x);
                i += 1;
            }
            (None, Some(y)) => {
                extra.get_or_insert(y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    let mut parts = Vec::new();
    if a.len() != e.len() {
        parts.push(format!(
            "{}, expected {}",
            crate::engine::text::plural(a.len(), "element"),
            e.len()
        ));
    }
    if let Some(m) = missing {
        parts.push(format!("missing {}", show(m)));
    }
    if let Some(x) = extra {
        parts.push(format!("unexpected {}", show(x)));
    }
    let order = if nested {
        " (in any order, and each inner list in any order)"
    } else {
        " (in any order)"
    };
    mismatch(format!("{}{order}", parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn multisets() {
        assert!(check(&json!([1, 2, 2]), &json!([2, 1, 2]), false).is_ok());
        assert!(check(&json!([1, 2, 2]), &json!([1, 2]), false).is_err());
        assert!(
            check(
                &json!([[-1, 0, 1], [-1, -1, 2]]),
                &json!([[2, -1, -1], [1, 0, -1]]),
                true
            )
            .is_ok()
        );
        let e = check(&json!([[-1, 0, 1]]), &json!([[-1, 0, 1], [-1, 0, 1]]), true).unwrap_err();
        assert!(e.message.contains("unexpected [-1,0,1]"), "{}", e.message);
        // Not nested: inner order matters.
        assert!(check(&json!([[1, 2]]), &json!([[2, 1]]), false).is_err());
    }
}
