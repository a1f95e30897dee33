impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        // Plain union-find: no path compression and no union by size, so a
        // find can walk a long chain of parents (O(n) per edge at worst).
        let n = n as usize;
        if edges.len() != n - 1 {
            return false;
        }
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(parent: &[usize], mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let ra = find(&parent, e[0] as usize);
            let rb = find(&parent, e[1] as usize);
            if ra == rb {
                return false;
            }
            parent[ra] = rb;
        }
        true
    }
}
