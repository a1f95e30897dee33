impl Solution {
    pub fn max_area_of_island(mut grid: Vec<Vec<i32>>) -> i32 {
        let rows = grid.len();
        let cols = grid[0].len();
        let mut best = 0;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] != 1 {
                    continue;
                }
                // Sink the whole island reached from (r, c), counting its cells.
                grid[r][c] = 0;
                stack.push((r, c));
                let mut area = 0;
                while let Some((r, c)) = stack.pop() {
                    area += 1;
                    // wrapping_sub turns -1 into usize::MAX, which fails the bounds test.
                    for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                        if nr < rows && nc < cols && grid[nr][nc] == 1 {
                            grid[nr][nc] = 0;
                            stack.push((nr, nc));
                        }
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}
