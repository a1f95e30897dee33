impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        // prev[j] / curr[j]: the answer for the first i - 1 / i bytes of `a`
        // and the first j bytes of `b`. O(n * m) time, O(m) space.
        let mut prev = vec![0i32; b.len() + 1];
        let mut curr = vec![0i32; b.len() + 1];
        for &x in a {
            for (j, &y) in b.iter().enumerate() {
                curr[j + 1] = if x == y {
                    prev[j] + 1
                } else {
                    prev[j + 1].max(curr[j])
                };
            }
            std::mem::swap(&mut prev, &mut curr);
        }
        prev[b.len()]
    }
}
