// Union-find that compares the roots but then links the first node itself
// (parent[a] = b) instead of its root. Node a leaves its old tree, and the
// rest of that tree is cut off as a separate group.
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut parent: Vec<usize> = (0..n).collect();

        fn find(parent: &mut Vec<usize>, x: usize) -> usize {
            if parent[x] != x {
                let root = find(parent, parent[x]);
                parent[x] = root;
            }
            parent[x]
        }

        for e in &edges {
            let a = e[0] as usize;
            let b = e[1] as usize;
            if find(&mut parent, a) != find(&mut parent, b) {
                parent[a] = b;
            }
        }
        let mut count = 0;
        for i in 0..n {
            if find(&mut parent, i) == i {
                count += 1;
            }
        }
        count
    }
}
