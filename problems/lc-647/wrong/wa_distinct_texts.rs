// Collects the palindromes in a HashSet, so equal texts at different
// positions count once: "aaa" gives 3 (a, aa, aaa) instead of 6.
use std::collections::HashSet;

impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len() as i32;
        let mut seen: HashSet<&[u8]> = HashSet::new();
        for c in 0..2 * n - 1 {
            let (mut l, mut r) = (c / 2, c / 2 + c % 2);
            while l >= 0 && r < n && b[l as usize] == b[r as usize] {
                seen.insert(&b[l as usize..=r as usize]);
                l -= 1;
                r += 1;
            }
        }
        seen.len() as i32
    }
}
