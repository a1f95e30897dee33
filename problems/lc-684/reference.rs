impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Add the edges in order with union-find. The graph has a single
        // cycle, and it closes when its last listed edge arrives: that edge
        // is the first one whose ends are already connected.
        let n = edges.len();
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut rank = vec![0u8; n + 1];
        fn find(parent: &mut [usize], x: usize) -> usize {
            let mut root = x;
            while parent[root] != root {
                root = parent[root];
            }
            let mut x = x;
            while parent[x] != root {
                let next = parent[x];
                parent[x] = root;
                x = next;
            }
            root
        }
        for e in &edges {
            let a = find(&mut parent, e[0] as usize);
            let b = find(&mut parent, e[1] as usize);
            if a == b {
                return e.clone();
            }
            if rank[a] < rank[b] {
                parent[a] = b;
            } else if rank[a] > rank[b] {
                parent[b] = a;
            } else {
                parent[b] = a;
                rank[a] += 1;
            }
        }
        unreachable!("the input always has one extra edge")
    }
}
