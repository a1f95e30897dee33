//! What every valid input of a problem shares, learned from inputs known to
//! be valid (the test cases, the sized generator's): the shape a shrunk
//! input must keep.
//!
//! The smallest-failing-input search shrinks inputs by cutting arrays,
//! shortening strings and moving numbers towards zero. Cut blindly, an
//! interval `[4,5]` becomes `[4]` or `[5,0]`, a grid loses a cell from one
//! row, a sorted array stops being sorted, a value leaves its range: inputs
//! the problem never gives, on which the brute force and the reference may
//! still agree. So a shrunk input counts only if it keeps every property
//! all valid inputs had at the same place: lengths no shorter than seen,
//! tuples of a fixed length, rectangular grids, sorted or distinct arrays,
//! numbers within the range seen, strings of a fixed length, and two
//! arguments that were never equal (LC 236's two nodes) stay unequal.
//!
//! Places are paths from the argument list with array indices below the
//! top level merged (`0/*/*`: every number inside argument 0's arrays).

use serde_json::Value;
use std::collections::HashMap;

/// The properties every valid input had at one place.
#[derive(Clone, Debug)]
struct Props {
    /// Arrays here: the shortest length, and the length if it never varied.
    min_len: usize,
    same_len: Option<usize>,
    /// Arrays of arrays here, and within each such array the inner arrays
    /// were of one length (a grid).
    rectangular: bool,
    /// Non-decreasing, and with no element twice (arrays of 2+ elements).
    sorted: bool,
    distinct: bool,
    /// Numbers here: their range.
    min: i64,
    max: i64,
    /// Strings here: the shortest length, and the length if it never varied.
    min_chars: usize,
    same_chars: Option<usize>,
    arrays: usize,
    numbers: usize,
    strings: usize,
}

impl Default for Props {
    fn default() -> Self {
        Props {
            min_len: usize::MAX,
            same_len: None,
            rectangular: true,
            sorted: true,
            distinct: true,
            min: i64::MAX,
            max: i64::MIN,
            min_chars: usize::MAX,
            same_chars: None,
            arrays: 0,
            numbers: 0,
            strings: 0,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Invariants {
    at: HashMap<String, Props>,
    inputs: usize,
    /// Pairs of top-level arguments, both numbers or both strings, that
    /// differed in every input learned (`None`: nothing learned yet).
    unequal: Option<Vec<(usize, usize)>>,
}

/// Where the elements of the arrays at `key` are learned: one place for
/// all of them (`0/*`).
fn child_key(key: &str) -> String {
    format!("{key}/*")
}

impl Invariants {
    /// Learns from a valid JSON argument array.
    pub fn learn(&mut self, input: &str) {
        let Ok(Value::Array(args)) = serde_json::from_str::<Value>(input) else {
            return;
        };
        self.inputs += 1;
        for (i, a) in args.iter().enumerate() {
            self.learn_value(&format!("{i}"), a);
        }
        let differing = scalar_pairs(&args)
            .filter(|&(i, j)| args[i] != args[j])
            .collect::<Vec<_>>();
        self.unequal = Some(match self.unequal.take() {
            None => differing,
            Some(before) => before
                .into_iter()
                .filter(|p| differing.contains(p))
                .collect(),
        });
    }

    fn learn_value(&mut self, key: &str, v: &Value) {
        let p = self.at.entry(key.to_string()).or_default();
        match v {
            Value::Array(items) => {
                let n = items.len();
                p.same_len = still_same(p.arrays, p.same_len, n);
                p.arrays += 1;
                p.min_len = p.min_len.min(n);
                let inner: Vec<usize> = items
                    .iter()
                    .filter_map(|x| x.as_array().map(Vec::len))
                    .collect();
                if inner.len() == items.len() && inner.windows(2).any(|w| w[0] != w[1]) {
                    p.rectangular = false;
                }
                if n >= 2 {
                    if items
                        .windows(2)
                        .any(|w| crate::engine::check::cmp_values(&w[0], &w[1]).is_gt())
                    {
                        p.sorted = false;
                    }
                    let mut sorted: Vec<&Value> = items.iter().collect();
                    sorted.sort_by(|a, b| crate::engine::check::cmp_values(a, b));
                    if sorted.windows(2).any(|w| w[0] == w[1]) {
                        p.distinct = false;
                    }
                }
                let child = child_key(key);
                for x in items {
                    self.learn_value(&child, x);
                }
            }
            Value::Number(num) => {
                if let Some(x) = num.as_i64() {
                    p.numbers += 1;
                    p.min = p.min.min(x);
                    p.max = p.max.max(x);
                }
            }
            Value::String(s) => {
                let n = s.chars().count();
                p.same_chars = still_same(p.strings, p.same_chars, n);
                p.strings += 1;
                p.min_chars = p.min_chars.min(n);
            }
            _ => {}
        }
    }

    /// Whether `input` keeps every property learned (true where nothing
    /// was learned).
    pub fn holds(&self, input: &str) -> bool {
        if self.inputs == 0 {
            return true;
        }
        let Ok(Value::Array(args)) = serde_json::from_str::<Value>(input) else {
            return false;
        };
        let apart = self
            .unequal
            .iter()
            .flatten()
            .all(|&(i, j)| !matches!((args.get(i), args.get(j)), (Some(a), Some(b)) if a == b));
        apart
            && args
                .iter()
                .enumerate()
                .all(|(i, a)| self.holds_value(&format!("{i}"), a))
    }

    fn holds_value(&self, key: &str, v: &Value) -> bool {
        let Some(p) = self.at.get(key) else {
            return true;
        };
        match v {
            Value::Array(items) if p.arrays > 0 => {
                let n = items.len();
                if n < p.min_len || p.same_len.is_some_and(|l| l != n) {
                    return false;
                }
                let inner: Vec<usize> = items
                    .iter()
                    .filter_map(|x| x.as_array().map(Vec::len))
                    .collect();
                if p.rectangular
                    && inner.len() == items.len()
                    && inner.windows(2).any(|w| w[0] != w[1])
                {
                    return false;
                }
                if n >= 2 {
                    let cmp = crate::engine::check::cmp_values;
                    if p.sorted && items.windows(2).any(|w| cmp(&w[0], &w[1]).is_gt()) {
                        return false;
                    }
                    if p.distinct {
                        let mut s: Vec<&Value> = items.iter().collect();
                        s.sort_by(|a, b| cmp(a, b));
                        if s.windows(2).any(|w| w[0] == w[1]) {
                            return false;
                        }
                    }
                }
                let child = child_key(key);
                items.iter().all(|x| self.holds_value(&child, x))
            }
            Value::Number(num) if p.numbers > 0 => {
                num.as_i64().is_none_or(|x| p.min <= x && x <= p.max)
            }
            Value::String(s) if p.strings > 0 => {
                let n = s.chars().count();
                n >= p.min_chars && p.same_chars.is_none_or(|l| l == n)
            }
            _ => true,
        }
    }

    /// Where a number at `path` (indices from the argument list) shrinks
    /// to: zero, or the nearest end of the range seen there.
    pub fn number_goal(&self, path: &[usize]) -> i64 {
        let key = key_of(path);
        match self.at.get(&key) {
            Some(p) if p.numbers > 0 => 0.clamp(p.min, p.max),
            _ => 0,
        }
    }

    /// Whether the arrays at `path` are grids (rows of one length), so
    /// columns can be cut.
    pub fn is_grid(&self, path: &[usize]) -> bool {
        self.at
            .get(&key_of(path))
            .is_some_and(|p| p.arrays > 0 && p.rectangular)
    }
}

/// The pairs `(i, j)`, `i < j`, of top-level arguments that are both
/// numbers or both strings.
fn scalar_pairs(args: &[Value]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let kind = |v: &Value| match v {
        Value::Number(_) => Some(0),
        Value::String(_) => Some(1),
        _ => None,
    };
    (0..args.len()).flat_map(move |i| {
        (i + 1..args.len()).filter_map(move |j| {
            (kind(&args[i]).is_some() && kind(&args[i]) == kind(&args[j])).then_some((i, j))
        })
    })
}

/// `[0, 3, 1]` -> `0/*/*`.
fn key_of(path: &[usize]) -> String {
    match path.split_first() {
        Some((first, rest)) => rest
            .iter()
            .fold(first.to_string(), |key, _| child_key(&key)),
        None => String::new(),
    }
}

/// The length every one of `seen` earlier values shared, if `n` shares it
/// too (the first value sets it).
fn still_same(seen: usize, same: Option<usize>, n: usize) -> Option<usize> {
    match (seen, same) {
        (0, _) => Some(n),
        (_, Some(l)) if l == n => Some(l),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned(inputs: &[&str]) -> Invariants {
        let mut inv = Invariants::default();
        inputs.iter().for_each(|i| inv.learn(i));
        inv
    }

    #[test]
    fn intervals_keep_their_pairs_and_order() {
        let inv = learned(&["[[[1,3],[2,6],[8,10]]]", "[[[0,0]]]", "[[[4,5],[1,4]]]"]);
        assert!(inv.holds("[[[1,2]]]"));
        assert!(!inv.holds("[[[1]]]"), "a pair cut to one");
        assert!(!inv.holds("[[]]"), "shorter than any seen");
        // The pairs were never sorted as a list, but each pair always was.
        assert!(!inv.holds("[[[1,0],[0,1]]]"), "a pair out of order");
    }

    #[test]
    fn grids_stay_rectangular_and_cells_one_character() {
        let inv = learned(&["[[[\"1\",\"0\"],[\"0\",\"1\"]]]", "[[[\"1\"]]]"]);
        assert!(inv.holds("[[[\"1\"],[\"0\"]]]"));
        assert!(!inv.holds("[[[],[\"1\"]]]"), "a ragged grid");
        assert!(!inv.holds("[[[\"\",\"1\"]]]"), "an empty cell");
        assert!(inv.is_grid(&[0]));
    }

    #[test]
    fn arguments_never_equal_stay_unequal() {
        // LC 236: a tree, and two distinct nodes of it by value.
        let inv = learned(&["[[1,2,3],1,3]", "[[3,5,1,6],6,1]", "[[4,7],4,7]"]);
        assert!(inv.holds("[[1,3],1,3]"));
        assert!(!inv.holds("[[1,3],3,3]"), "the two nodes made one");
        // Arguments that were equal in some input may be equal.
        let inv = learned(&["[3,4]", "[5,5]", "[2,7]"]);
        assert!(inv.holds("[4,4]"));
    }

    #[test]
    fn numbers_stay_in_range_and_shrink_towards_it() {
        let inv = learned(&["[[1,3,5],7]", "[[2,9],1]"]);
        assert_eq!(inv.number_goal(&[1]), 1);
        assert!(!inv.holds("[[1,3],0]"));
        assert!(!inv.holds("[[3,1],1]"), "sorted arrays stay sorted");
        assert!(!inv.holds("[[3,3],1]"), "distinct arrays stay distinct");
    }
}
