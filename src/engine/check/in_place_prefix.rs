//! `in-place-prefix`: for problems that edit a `&mut Vec` and return a
//! length k (LC 26). The output is `[k, array]`; k must match, and the first
//! k elements must match in order. What lies beyond k is ignored, as on
//! LeetCode.

use super::common::{CheckResult, mismatch, show};
use serde_json::Value;

pub fn check(expected: &Value, actual: &Value) -> CheckResult {
    let split = |v: &Value| -> Option<(Value, Vec<Value>)> {
        match v {
            Value::Array(p) if p.len() == 2 => match &p[1] {
                Value::Array(arr) => Some((p[0].clone(), arr.clone())),
                _ => None,
            },
            _ => None,
        }
    };
    let Some((ek, earr)) = split(expected) else {
        return mismatch(format!("bad expected value {}", show(expected)));
    };
    let Some((ak, aarr)) = split(actual) else {
        return mismatch(format!("expected [k, array], found {}", show(actual)));
    };
    if ek != ak {
        return mismatch(format!(
            "returned k = {}, expected {}",
            show(&ak),
            show(&ek)
        ));
    }
    let k = ek.as_u64().unwrap_or(0) as usize;
    if aarr.len() < k {
        return mismatch(format!(
            "the array has {}, fewer than k = {k}",
            crate::engine::text::plural(aarr.len(), "element")
        ));
    }
    for i in 0..k.min(earr.len()) {
        if earr[i] != aarr[i] {
            return mismatch(format!(
                "k = {k} is right, but nums[{i}] is {}, expected {} (the first k elements must hold the answer)",
                show(&aarr[i]),
                show(&earr[i])
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn checks_length_and_prefix_only() {
        assert!(check(&json!([2, [1, 2, 2]]), &json!([2, [1, 2, 9]])).is_ok());
        assert!(check(&json!([2, [1, 2, 2]]), &json!([3, [1, 2, 2]])).is_err());
        assert!(check(&json!([2, [1, 2, 2]]), &json!([2, [1, 1, 2]])).is_err());
    }
}
