// The slowest approach LeetCode accepts: visit the bars from the tallest
// down, keeping the range [lo, hi] of bars visited so far. A bar left of the
// range (or right of it) is lower than every visited bar and at least as
// tall as everything between it and the range, so that gap fills exactly to
// its height: h * width - (the bars in the gap), from prefix sums.
// O(n log n) for the sort where O(n) is intended.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut prefix = vec![0i64; n + 1];
        for i in 0..n {
            prefix[i + 1] = prefix[i] + height[i] as i64;
        }
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(height[i]));
        let (mut lo, mut hi) = (order[0], order[0]);
        let mut water = 0i64;
        for &i in &order[1..] {
            let h = height[i] as i64;
            if i < lo {
                water += h * (lo - i - 1) as i64 - (prefix[lo] - prefix[i + 1]);
                lo = i;
            } else if i > hi {
                water += h * (i - hi - 1) as i64 - (prefix[i] - prefix[hi + 1]);
                hi = i;
            }
        }
        water as i32
    }
}
