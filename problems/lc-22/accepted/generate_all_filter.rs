// The slowest approach LeetCode accepts: build all 2^(2n) bracket strings
// recursively (65536 at n = 8), then keep the properly matched ones.
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn all(len: usize) -> Vec<String> {
            if len == 0 {
                return vec![String::new()];
            }
            let shorter = all(len - 1);
            let mut out = Vec::with_capacity(shorter.len() * 2);
            for s in shorter {
                out.push(format!("{s}("));
                out.push(format!("{s})"));
            }
            out
        }
        fn matched(s: &str) -> bool {
            let mut depth = 0;
            for c in s.chars() {
                depth += if c == '(' { 1 } else { -1 };
                if depth < 0 {
                    return false;
                }
            }
            depth == 0
        }
        all(2 * n as usize).into_iter().filter(|s| matched(s)).collect()
    }
}
