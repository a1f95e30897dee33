// Union-find over the cells: every land cell starts as its own island, and
// joining it with its land neighbour below or to the right merges two
// islands whenever their roots differ.
impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut parent: Vec<usize> = (0..m * n).collect();
        let mut rank = vec![0u8; m * n];

        fn find(parent: &mut [usize], mut x: usize) -> usize {
            let mut root = x;
            while parent[root] != root {
                root = parent[root];
            }
            while parent[x] != root {
                let next = parent[x];
                parent[x] = root;
                x = next;
            }
            root
        }

        let mut count = 0i32;
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] == '1' {
                    count += 1;
                }
            }
        }
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] != '1' {
                    continue;
                }
                let here = r * n + c;
                let mut others = Vec::with_capacity(2);
                if r + 1 < m && grid[r + 1][c] == '1' {
                    others.push(here + n);
                }
                if c + 1 < n && grid[r][c + 1] == '1' {
                    others.push(here + 1);
                }
                for other in others {
                    let a = find(&mut parent, here);
                    let b = find(&mut parent, other);
                    if a == b {
                        continue;
                    }
                    if rank[a] < rank[b] {
                        parent[a] = b;
                    } else if rank[a] > rank[b] {
                        parent[b] = a;
                    } else {
                        parent[b] = a;
                        rank[a] += 1;
                    }
                    count -= 1;
                }
            }
        }
        count
    }
}
