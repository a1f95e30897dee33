// Adjacency lists and a breadth-first search from every unvisited node; each
// search is one component.
use std::collections::VecDeque;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            adj[a].push(b);
            adj[b].push(a);
        }
        let mut visited = vec![false; n];
        let mut components = 0;
        let mut queue = VecDeque::new();
        for s in 0..n {
            if visited[s] {
                continue;
            }
            components += 1;
            visited[s] = true;
            queue.push_back(s);
            while let Some(u) = queue.pop_front() {
                for &v in &adj[u] {
                    if !visited[v] {
                        visited[v] = true;
                        queue.push_back(v);
                    }
                }
            }
        }
        components
    }
}
