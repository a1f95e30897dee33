impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Finds the roots to compare, but then links node a itself under b:
        // a leaves its old group and the rest of that group is cut off.
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
            if find(&parent, a) == find(&parent, b) {
                return e.clone();
            }
            parent[a] = b;
        }
        vec![]
    }
}
