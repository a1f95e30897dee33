impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // The number of unmatched '(' after each prefix can be any value in
        // lo..=hi, depending on how the wildcards are read. Counts below
        // zero are impossible, so lo is clamped at zero.
        let (mut lo, mut hi) = (0i32, 0i32);
        for c in s.bytes() {
            match c {
                b'(' => {
                    lo += 1;
                    hi += 1;
                }
                b')' => {
                    lo -= 1;
                    hi -= 1;
                }
                _ => {
                    lo -= 1;
                    hi += 1;
                }
            }
            if hi < 0 {
                return false;
            }
            lo = lo.max(0);
        }
        lo == 0
    }
}
