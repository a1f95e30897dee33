impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Straightforward O(n^2): walk the edges from the last one back and
        // return the first whose removal keeps the graph connected, checked
        // with a fresh DFS each time.
        let n = edges.len();
        let mut adj = vec![Vec::new(); n + 1];
        for (i, e) in edges.iter().enumerate() {
            adj[e[0] as usize].push((e[1] as usize, i));
            adj[e[1] as usize].push((e[0] as usize, i));
        }
        for skip in (0..n).rev() {
            let mut seen = vec![false; n + 1];
            let mut stack = vec![1usize];
            seen[1] = true;
            let mut count = 1;
            while let Some(u) = stack.pop() {
                for &(v, id) in &adj[u] {
                    if id != skip && !seen[v] {
                        seen[v] = true;
                        count += 1;
                        stack.push(v);
                    }
                }
            }
            if count == n {
                return edges[skip].clone();
            }
        }
        vec![]
    }
}
