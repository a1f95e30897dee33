// Top-down: the recursion over (string index, pattern index), with the
// answers kept in a HashMap so that each pair is solved once.
use std::collections::HashMap;

impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        fn dp(i: usize, j: usize, s: &[char], p: &[char], memo: &mut HashMap<(usize, usize), bool>) -> bool {
            if let Some(&known) = memo.get(&(i, j)) {
                return known;
            }
            let answer = if j == p.len() {
                i == s.len()
            } else {
                let first = i < s.len() && (p[j] == '.' || p[j] == s[i]);
                if j + 1 < p.len() && p[j + 1] == '*' {
                    dp(i, j + 2, s, p, memo) || (first && dp(i + 1, j, s, p, memo))
                } else {
                    first && dp(i + 1, j + 1, s, p, memo)
                }
            };
            memo.insert((i, j), answer);
            answer
        }
        let s: Vec<char> = s.chars().collect();
        let p: Vec<char> = p.chars().collect();
        dp(0, 0, &s, &p, &mut HashMap::new())
    }
}
