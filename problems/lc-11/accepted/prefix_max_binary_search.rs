// For each line as the shorter wall, the best partner is the farthest line at
// least as tall. The running maximum from the left is non-decreasing, so the
// first index whose prefix maximum reaches height[i] is found by binary
// search (partition_point); the same from the right. O(n log n).
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let n = height.len();
        let prefix: Vec<i32> = height
            .iter()
            .scan(0, |m, &h| {
                *m = (*m).max(h);
                Some(*m)
            })
            .collect();
        // suffix_rev[k] is the maximum of the last k + 1 lines.
        let suffix_rev: Vec<i32> = height
            .iter()
            .rev()
            .scan(0, |m, &h| {
                *m = (*m).max(h);
                Some(*m)
            })
            .collect();
        let mut best = 0;
        for (i, &h) in height.iter().enumerate() {
            let first = prefix.partition_point(|&m| m < h);
            let from_end = suffix_rev.partition_point(|&m| m < h);
            let last = n - 1 - from_end;
            let width = (i - first).max(last - i) as i32;
            best = best.max(width * h);
        }
        best
    }
}
