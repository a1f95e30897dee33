impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        // A tree on n nodes has exactly n - 1 edges. With that many edges,
        // the graph is a tree exactly when no edge closes a cycle, which
        // union-find detects: an edge whose ends already share a root.
        let n = n as usize;
        if edges.len() + 1 != n {
            return false;
        }
        let mut parent: Vec<usize> = (0..n).collect();
        let mut size = vec![1usize; n];
        fn root(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]]; // path halving
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let mut a = root(&mut parent, e[0] as usize);
            let mut b = root(&mut parent, e[1] as usize);
            if a == b {
                return false;
            }
            if size[a] < size[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            size[a] += size[b];
        }
        true
    }
}
