// Union-find that subtracts one from the count for every edge, even when its
// ends already share a root: right for forests, too low once there is a cycle.
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut parent: Vec<usize> = (0..n as usize).collect();

        fn find(parent: &mut Vec<usize>, x: usize) -> usize {
            let mut r = x;
            while parent[r] != r {
                r = parent[r];
            }
            let mut y = x;
            while parent[y] != r {
                let next = parent[y];
                parent[y] = r;
                y = next;
            }
            r
        }

        let mut count = n;
        for e in &edges {
            let ra = find(&mut parent, e[0] as usize);
            let rb = find(&mut parent, e[1] as usize);
            parent[ra] = rb;
            count -= 1;
        }
        count
    }
}
