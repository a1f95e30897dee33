// Lets the water rise one height at a time: since the heights are a
// permutation of 0..n*n, at time t exactly the square of height t gets
// covered. Join it with its covered neighbours in a union-find and stop
// as soon as the start and the target are in one set.
impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        let mut at = vec![(0usize, 0usize); n * n];
        for r in 0..n {
            for c in 0..n {
                at[grid[r][c] as usize] = (r, c);
            }
        }
        let mut parent: Vec<usize> = (0..n * n).collect();
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for t in 0..n * n {
            let (r, c) = at[t];
            let here = r * n + c;
            let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
            for (dr, dc) in dirs {
                let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                if nr < 0 || nc < 0 || nr >= n as i32 || nc >= n as i32 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                if grid[nr][nc] as usize <= t {
                    let a = find(&mut parent, here);
                    let b = find(&mut parent, nr * n + nc);
                    parent[a] = b;
                }
            }
            if find(&mut parent, 0) == find(&mut parent, n * n - 1) {
                return t as i32;
            }
        }
        unreachable!()
    }
}
