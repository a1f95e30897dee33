impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        Self::check(s.as_bytes(), 0, 0)
    }

    // Tries the three readings of every '*' without remembering anything:
    // 3^k branches for k wildcards when the answer is false.
    fn check(b: &[u8], i: usize, open: i32) -> bool {
        if open < 0 {
            return false;
        }
        if i == b.len() {
            return open == 0;
        }
        match b[i] {
            b'(' => Self::check(b, i + 1, open + 1),
            b')' => Self::check(b, i + 1, open - 1),
            _ => {
                Self::check(b, i + 1, open + 1)
                    || Self::check(b, i + 1, open - 1)
                    || Self::check(b, i + 1, open)
            }
        }
    }
}
