impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut parent: Vec<usize> = (0..n).collect();
        let mut size = vec![1usize; n];

        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                // Path halving: point x at its grandparent on the way up.
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }

        let mut components = n as i32;
        for e in &edges {
            let (mut ra, mut rb) = (find(&mut parent, e[0] as usize), find(&mut parent, e[1] as usize));
            if ra == rb {
                continue;
            }
            // Union by size: hang the smaller tree under the larger one.
            if size[ra] < size[rb] {
                std::mem::swap(&mut ra, &mut rb);
            }
            parent[rb] = ra;
            size[ra] += size[rb];
            components -= 1;
        }
        components
    }
}
