// Sorts the intervals by size once, then for each query scans them from the
// smallest until one contains it. Fine when small intervals cover the
// queries, but a query inside no interval (or only the largest one) scans
// all 10^5 of them: 10^10 steps in the worst case.
impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        let mut by_size: Vec<(i32, i32, i32)> =
            intervals.iter().map(|v| (v[1] - v[0] + 1, v[0], v[1])).collect();
        by_size.sort_unstable();
        queries
            .iter()
            .map(|&q| {
                for &(size, l, r) in &by_size {
                    if l <= q && q <= r {
                        return size;
                    }
                }
                -1
            })
            .collect()
    }
}
