use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        // No edge-count shortcut: a recursive DFS from node 0 that remembers
        // where it came from. Meeting a visited node other than the parent
        // means a cycle; afterwards every node must have been visited.
        let mut adj: HashMap<i32, Vec<i32>> = HashMap::new();
        for e in &edges {
            adj.entry(e[0]).or_default().push(e[1]);
            adj.entry(e[1]).or_default().push(e[0]);
        }
        fn dfs(u: i32, parent: i32, adj: &HashMap<i32, Vec<i32>>, seen: &mut HashSet<i32>) -> bool {
            seen.insert(u);
            if let Some(next) = adj.get(&u) {
                for &v in next {
                    if v == parent {
                        continue;
                    }
                    if seen.contains(&v) || !dfs(v, u, adj, seen) {
                        return false;
                    }
                }
            }
            true
        }
        let mut seen = HashSet::new();
        dfs(0, -1, &adj, &mut seen) && seen.len() == n as usize
    }
}
