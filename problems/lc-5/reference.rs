impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        // Every palindrome is symmetric around a middle: a character (odd
        // length) or the gap between two neighbours (even length). Widen
        // outwards from each of the 2n - 1 middles while the two ends match,
        // and keep the first of the widest palindromes found.
        let b = s.as_bytes();
        let n = b.len();
        let (mut best_start, mut best_len) = (0, 1);
        for c in 0..n {
            // The middle at character c: the palindrome b[c..c + 1].
            // The middle at the gap before character c: the empty b[c..c].
            for (lo, hi) in [(c, c + 1), (c, c)] {
                let (start, len) = Self::widen(b, lo, hi);
                if len > best_len {
                    best_start = start;
                    best_len = len;
                }
            }
        }
        s[best_start..best_start + best_len].to_string()
    }

    // `b[lo..hi]` is a palindrome; grow it by one character on each side
    // while both exist and are equal. Returns the start and the length.
    fn widen(b: &[u8], mut lo: usize, mut hi: usize) -> (usize, usize) {
        while lo > 0 && hi < b.len() && b[lo - 1] == b[hi] {
            lo -= 1;
            hi += 1;
        }
        (lo, hi - lo)
    }
}
