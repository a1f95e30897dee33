// Intervals from the smallest size up, the unanswered queries in a BTreeSet
// of (value, index): each interval takes out every query in its range.
use std::collections::BTreeSet;

impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        let mut pending: BTreeSet<(i32, usize)> = queries.iter().enumerate().map(|(j, &v)| (v, j)).collect();
        let mut by_size: Vec<(i32, i32, i32)> =
            intervals.iter().map(|v| (v[1] - v[0] + 1, v[0], v[1])).collect();
        by_size.sort_unstable();
        let mut answer = vec![-1; queries.len()];
        for (size, l, r) in by_size {
            if pending.is_empty() {
                break;
            }
            let hit: Vec<(i32, usize)> = pending.range((l, 0)..=(r, usize::MAX)).copied().collect();
            for key in hit {
                answer[key.1] = size;
                pending.remove(&key);
            }
        }
        answer
    }
}
