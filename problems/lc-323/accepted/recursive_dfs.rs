// Recursive depth-first search over adjacency lists (up to 2000 calls deep
// on a path), counting the searches started.
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        fn visit(u: usize, adj: &[Vec<usize>], seen: &mut [bool]) {
            seen[u] = true;
            for &v in &adj[u] {
                if !seen[v] {
                    visit(v, adj, seen);
                }
            }
        }
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for e in edges {
            adj[e[0] as usize].push(e[1] as usize);
            adj[e[1] as usize].push(e[0] as usize);
        }
        let mut seen = vec![false; n];
        let mut count = 0;
        for u in 0..n {
            if !seen[u] {
                visit(u, &adj, &mut seen);
                count += 1;
            }
        }
        count
    }
}
