impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Union-find that compares the direct parents instead of the roots,
        // and links one root under the other. Two nodes of one group whose
        // parents differ are taken to be in different groups.
        let n = edges.len();
        let mut parent: Vec<usize> = (0..=n).collect();
        fn find(parent: &[usize], mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            if parent[a] == parent[b] {
                return e.clone();
            }
            let (ra, rb) = (find(&parent, a), find(&parent, b));
            parent[ra] = rb;
        }
        vec![]
    }
}
