// Longest chain of compatible intervals by dynamic programming: after sorting
// by start, dp[i] = 1 + the best dp[j] over earlier intervals ending by
// start_i. Correct, but O(n^2): about 5 * 10^9 steps at n = 10^5.
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort();
        let n = intervals.len();
        let mut dp = vec![1; n];
        let mut best = 0;
        for i in 0..n {
            for j in 0..i {
                if intervals[j][1] <= intervals[i][0] {
                    dp[i] = dp[i].max(dp[j] + 1);
                }
            }
            best = best.max(dp[i]);
        }
        n as i32 - best
    }
}
