// The longest chain of non-overlapping intervals by dynamic programming,
// made O(n log n) with a binary search: sorted by end, best[i] is the
// longest chain among the first i intervals, and interval i either is left
// out or follows the last interval that ends by its start.
impl Solution {
    pub fn erase_overlap_intervals(intervals: Vec<Vec<i32>>) -> i32 {
        let mut sorted: Vec<(i32, i32)> = intervals.iter().map(|v| (v[1], v[0])).collect();
        sorted.sort();
        let ends: Vec<i32> = sorted.iter().map(|&(e, _)| e).collect();
        let n = sorted.len();
        let mut best = vec![0usize; n + 1];
        for i in 0..n {
            let (_, start) = sorted[i];
            // How many intervals (a prefix, sorted by end) end at or before `start`.
            let j = ends[..i].partition_point(|&e| e <= start);
            best[i + 1] = best[i].max(best[j] + 1);
        }
        (n - best[n]) as i32
    }
}
