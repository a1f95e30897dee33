use std::collections::HashMap;

impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // Recursion over (position, unmatched '(' so far), trying the three
        // readings of a '*', with the results kept in a HashMap.
        let b = s.as_bytes();
        let mut memo = HashMap::new();
        Self::go(b, 0, 0, &mut memo)
    }

    fn go(b: &[u8], i: usize, open: usize, memo: &mut HashMap<(usize, usize), bool>) -> bool {
        if open > b.len() - i {
            return false;
        }
        if i == b.len() {
            return open == 0;
        }
        if let Some(&r) = memo.get(&(i, open)) {
            return r;
        }
        let r = match b[i] {
            b'(' => Self::go(b, i + 1, open + 1, memo),
            b')' => open > 0 && Self::go(b, i + 1, open - 1, memo),
            _ => {
                Self::go(b, i + 1, open + 1, memo)
                    || (open > 0 && Self::go(b, i + 1, open - 1, memo))
                    || Self::go(b, i + 1, open, memo)
            }
        };
        memo.insert((i, open), r);
        r
    }
}
