impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Try removing every edge; keep the last one whose removal leaves
        // all nodes connected (n - 1 connected edges form a tree).
        let n = edges.len();
        let mut answer = Vec::new();
        for skip in 0..n {
            let mut seen = vec![false; n + 1];
            seen[1] = true;
            let mut changed = true;
            while changed {
                changed = false;
                for (i, e) in edges.iter().enumerate() {
                    let (a, b) = (e[0] as usize, e[1] as usize);
                    if i != skip && seen[a] != seen[b] {
                        seen[a] = true;
                        seen[b] = true;
                        changed = true;
                    }
                }
            }
            if seen[1..].iter().all(|&s| s) {
                answer = edges[skip].clone();
            }
        }
        answer
    }
}
