// By the first group: every answer is "(" A ")" B, where A holds k pairs
// and B holds n - 1 - k. Lists for smaller n are built first (dynamic
// programming over n).
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let n = n as usize;
        let mut by_pairs: Vec<Vec<String>> = vec![vec![String::new()]];
        for m in 1..=n {
            let mut list = Vec::new();
            for k in 0..m {
                for inner in &by_pairs[k] {
                    for rest in &by_pairs[m - 1 - k] {
                        list.push(format!("({inner}){rest}"));
                    }
                }
            }
            by_pairs.push(list);
        }
        by_pairs.pop().unwrap()
    }
}
