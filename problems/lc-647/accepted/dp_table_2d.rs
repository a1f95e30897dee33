// The slowest approach LeetCode accepts: an n x n table of booleans,
// pal[i][j] = s[i..=j] is a palindrome, filled by increasing length.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        let mut count = 0;
        for len in 1..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                pal[i][j] = b[i] == b[j] && (len <= 2 || pal[i + 1][j - 1]);
                if pal[i][j] {
                    count += 1;
                }
            }
        }
        count
    }
}
