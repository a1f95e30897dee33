impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        // need[r][c] = the lowest possible highest square on a route from
        // the start to (r, c). It is at least the square's own height, and
        // at most the need of a neighbour raised to that height. Start from
        // "unknown" everywhere except the start and apply that rule until
        // nothing changes.
        let n = grid.len();
        let mut need = vec![vec![i32::MAX; n]; n];
        need[0][0] = grid[0][0];
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..n {
                for c in 0..n {
                    let mut best = need[r][c];
                    let mut near = |nr: usize, nc: usize| {
                        if need[nr][nc] != i32::MAX {
                            best = best.min(need[nr][nc].max(grid[r][c]));
                        }
                    };
                    if r > 0 {
                        near(r - 1, c);
                    }
                    if r + 1 < n {
                        near(r + 1, c);
                    }
                    if c > 0 {
                        near(r, c - 1);
                    }
                    if c + 1 < n {
                        near(r, c + 1);
                    }
                    if best < need[r][c] {
                        need[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        need[n - 1][n - 1]
    }
}
