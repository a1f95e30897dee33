// Breadth first, without recursion: extend every valid prefix by one
// bracket per round, keeping (prefix, opens used) pairs.
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let n = n as usize;
        let mut level: Vec<(String, usize)> = vec![(String::new(), 0)];
        for len in 0..2 * n {
            let mut next = Vec::with_capacity(level.len() * 2);
            for (s, open) in level {
                let close = len - open;
                if open < n {
                    next.push((format!("{s}("), open + 1));
                }
                if close < open {
                    next.push((format!("{s})"), open));
                }
            }
            level = next;
        }
        level.into_iter().map(|(s, _)| s).collect()
    }
}
