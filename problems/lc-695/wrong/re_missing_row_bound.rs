impl Solution {
    pub fn max_area_of_island(mut grid: Vec<Vec<i32>>) -> i32 {
        let mut best = 0;
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if grid[r][c] == 1 {
                    best = best.max(Self::sink(&mut grid, r as i32, c as i32));
                }
            }
        }
        best
    }

    fn sink(grid: &mut Vec<Vec<i32>>, r: i32, c: i32) -> i32 {
        // Checks three of the four borders: stepping below the last row
        // indexes past the end of the grid.
        if r < 0 || c < 0 || c >= grid[0].len() as i32 {
            return 0;
        }
        if grid[r as usize][c as usize] != 1 {
            return 0;
        }
        grid[r as usize][c as usize] = 0;
        1 + Self::sink(grid, r + 1, c)
            + Self::sink(grid, r - 1, c)
            + Self::sink(grid, r, c + 1)
            + Self::sink(grid, r, c - 1)
    }
}
