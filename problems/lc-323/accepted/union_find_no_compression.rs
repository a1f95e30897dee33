// Plain union-find: no path compression, no union by size, the first root
// hung under the second. A find can walk a long chain (O(n) per edge in the
// worst case, O(n * edges) in all, about 10^7 steps at these sizes).
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut parent: Vec<usize> = (0..n as usize).collect();
        fn root(parent: &[usize], mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        let mut components = n;
        for e in &edges {
            let a = root(&parent, e[0] as usize);
            let b = root(&parent, e[1] as usize);
            if a != b {
                parent[a] = b;
                components -= 1;
            }
        }
        components
    }
}
