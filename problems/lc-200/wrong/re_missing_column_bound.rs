impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        let mut count = 0;
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if grid[r][c] == '1' {
                    count += 1;
                    Self::sink(&mut grid, r as i32, c as i32);
                }
            }
        }
        count
    }

    fn sink(grid: &mut Vec<Vec<char>>, r: i32, c: i32) {
        // Checks three of the four borders: stepping right off the last
        // column indexes past the end of the row.
        if r < 0 || c < 0 || r >= grid.len() as i32 {
            return;
        }
        if grid[r as usize][c as usize] != '1' {
            return;
        }
        grid[r as usize][c as usize] = '0';
        Self::sink(grid, r + 1, c);
        Self::sink(grid, r - 1, c);
        Self::sink(grid, r, c + 1);
        Self::sink(grid, r, c - 1);
    }
}
