// The slowest approach LeetCode accepts: forget that the input is sorted.
// Put every interval and the new one into a BTreeMap from start to end
// (keeping the larger end for equal starts), then sweep it in order and
// merge. O(n log n) with a tree node per interval, where one O(n) pass is
// enough.
use std::collections::BTreeMap;

impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut by_start: BTreeMap<i32, i32> = BTreeMap::new();
        for iv in intervals.iter().chain(std::iter::once(&new_interval)) {
            let end = by_start.entry(iv[0]).or_insert(iv[1]);
            *end = (*end).max(iv[1]);
        }
        let mut out: Vec<Vec<i32>> = Vec::new();
        for (start, end) in by_start {
            match out.last_mut() {
                Some(last) if start <= last[1] => last[1] = last[1].max(end),
                _ => out.push(vec![start, end]),
            }
        }
        out
    }
}
