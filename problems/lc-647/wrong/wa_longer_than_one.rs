// Starts each expansion one step out, as if single letters did not count:
// "abc" gives 0 instead of 3.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len() as i32;
        let mut count = 0;
        for c in 0..n {
            for (mut l, mut r) in [(c - 1, c + 1), (c, c + 1)] {
                while l >= 0 && r < n && b[l as usize] == b[r as usize] {
                    count += 1;
                    l -= 1;
                    r += 1;
                }
            }
        }
        count
    }
}
