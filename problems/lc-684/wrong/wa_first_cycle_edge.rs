impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Finds the cycle correctly (by peeling leaves) but returns the
        // cycle edge listed first rather than last.
        let n = edges.len();
        let mut adj = vec![Vec::new(); n + 1];
        let mut degree = vec![0usize; n + 1];
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            adj[a].push(b);
            adj[b].push(a);
            degree[a] += 1;
            degree[b] += 1;
        }
        let mut leaves: Vec<usize> = (1..=n).filter(|&v| degree[v] == 1).collect();
        while let Some(u) = leaves.pop() {
            degree[u] = 0;
            for &v in &adj[u] {
                if degree[v] > 0 {
                    degree[v] -= 1;
                    if degree[v] == 1 {
                        leaves.push(v);
                    }
                }
            }
        }
        edges
            .iter()
            .find(|e| degree[e[0] as usize] > 0 && degree[e[1] as usize] > 0)
            .cloned()
            .unwrap_or_default()
    }
}
