use std::collections::HashSet;

// Follows the sequence, remembering every value, until it reaches 1 or repeats.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut seen = HashSet::new();
        let mut x = n as i64;
        while x != 1 && seen.insert(x) {
            x = x
                .to_string()
                .bytes()
                .map(|b| ((b - b'0') as i64).pow(2))
                .sum();
        }
        x == 1
    }
}
