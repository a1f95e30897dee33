// Union-find over the cells, keeping the size of each set: join every land
// cell with its land neighbours below and to the right, then the answer is
// the largest set size among land cells.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut parent: Vec<usize> = (0..m * n).collect();
        let mut size = vec![1i32; m * n];

        fn find(parent: &mut Vec<usize>, x: usize) -> usize {
            let mut root = x;
            while parent[root] != root {
                root = parent[root];
            }
            let mut x = x;
            while parent[x] != root {
                let up = parent[x];
                parent[x] = root;
                x = up;
            }
            root
        }

        fn union(parent: &mut Vec<usize>, size: &mut Vec<i32>, a: usize, b: usize) {
            let (mut ra, mut rb) = (find(parent, a), find(parent, b));
            if ra == rb {
                return;
            }
            if size[ra] < size[rb] {
                std::mem::swap(&mut ra, &mut rb);
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }

        let mut any_land = false;
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] != 1 {
                    continue;
                }
                any_land = true;
                if r + 1 < m && grid[r + 1][c] == 1 {
                    union(&mut parent, &mut size, r * n + c, (r + 1) * n + c);
                }
                if c + 1 < n && grid[r][c + 1] == 1 {
                    union(&mut parent, &mut size, r * n + c, r * n + c + 1);
                }
            }
        }
        if !any_land {
            return 0;
        }
        let mut best = 0;
        for i in 0..m * n {
            if grid[i / n][i % n] == 1 && parent[i] == i {
                best = best.max(size[i]);
            }
        }
        best
    }
}
