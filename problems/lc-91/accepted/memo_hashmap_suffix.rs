// The slowest approach LeetCode accepts: top-down recursion on the rest of
// the string, memoised in a HashMap keyed by the suffix itself (an owned
// String per entry, so each lookup hashes up to n bytes).
use std::collections::HashMap;

impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        fn ways(rest: &str, memo: &mut HashMap<String, i32>) -> i32 {
            if rest.is_empty() {
                return 1;
            }
            if rest.starts_with('0') {
                return 0;
            }
            if let Some(&v) = memo.get(rest) {
                return v;
            }
            let mut total = ways(&rest[1..], memo);
            if rest.len() >= 2 {
                let pair: u32 = rest[..2].parse().unwrap();
                if pair <= 26 {
                    total += ways(&rest[2..], memo);
                }
            }
            memo.insert(rest.to_string(), total);
            total
        }
        ways(&s, &mut HashMap::new())
    }
}
