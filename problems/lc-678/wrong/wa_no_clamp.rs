impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // The range of possible open counts, but the lower end is never
        // clamped at zero: it goes negative, as if a wildcard could close a
        // parenthesis that was never opened.
        let (mut lo, mut hi) = (0, 0);
        for c in s.chars() {
            match c {
                '(' => {
                    lo += 1;
                    hi += 1;
                }
                ')' => {
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
        }
        lo == 0
    }
}
