// Top-down: ways(i, j) to spell t[j..] from s[i..], memoized in a HashMap
// keyed by (i, j); u64 with wrapping additions. Up to 10^6 states, each a
// hash lookup; the recursion goes as deep as |s| + |t|.
use std::collections::HashMap;

impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        fn ways(s: &[u8], t: &[u8], i: usize, j: usize, memo: &mut HashMap<(usize, usize), u64>) -> u64 {
            if j == t.len() {
                return 1;
            }
            if s.len() - i < t.len() - j {
                return 0;
            }
            if let Some(&v) = memo.get(&(i, j)) {
                return v;
            }
            let mut v = ways(s, t, i + 1, j, memo);
            if s[i] == t[j] {
                v = v.wrapping_add(ways(s, t, i + 1, j + 1, memo));
            }
            memo.insert((i, j), v);
            v
        }
        let mut memo = HashMap::new();
        ways(s.as_bytes(), t.as_bytes(), 0, 0, &mut memo) as i32
    }
}
