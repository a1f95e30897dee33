impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        // A table filled in reading order, as if the best route only moved
        // right and down: best[r][c] = max(height, min(best above, best to
        // the left)). Routes that have to go up or left to avoid a high
        // square are never considered.
        let n = grid.len();
        let mut best = vec![vec![0i32; n]; n];
        for r in 0..n {
            for c in 0..n {
                best[r][c] = if r == 0 && c == 0 {
                    grid[0][0]
                } else if r == 0 {
                    best[r][c - 1].max(grid[r][c])
                } else if c == 0 {
                    best[r - 1][c].max(grid[r][c])
                } else {
                    best[r - 1][c].min(best[r][c - 1]).max(grid[r][c])
                };
            }
        }
        best[n - 1][n - 1]
    }
}
