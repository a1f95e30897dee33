// Remembers every number seen in a HashSet and computes each step through
// the decimal string: allocation per step, but the sequence is short.
use std::collections::HashSet;

impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut seen: HashSet<i32> = HashSet::new();
        let mut n = n;
        while n != 1 && seen.insert(n) {
            n = n
                .to_string()
                .chars()
                .map(|c| {
                    let d = c.to_digit(10).unwrap() as i32;
                    d * d
                })
                .sum();
        }
        n == 1
    }
}
