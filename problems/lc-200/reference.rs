impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        let rows = grid.len();
        let cols = grid[0].len();
        let mut islands = 0;
        let mut stack: Vec<(usize, usize)> = Vec::new();

        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] != '1' {
                    continue;
                }
                // A land cell not yet sunk starts a new island: sink all of it.
                islands += 1;
                grid[r][c] = '0';
                stack.push((r, c));
                while let Some((r, c)) = stack.pop() {
                    // `wrapping_sub` turns -1 into usize::MAX, which fails the
                    // bounds test below just like `rows` or `cols` does.
                    let neighbours = [
                        (r.wrapping_sub(1), c),
                        (r + 1, c),
                        (r, c.wrapping_sub(1)),
                        (r, c + 1),
                    ];
                    for (nr, nc) in neighbours {
                        if nr < rows && nc < cols && grid[nr][nc] == '1' {
                            grid[nr][nc] = '0';
                            stack.push((nr, nc));
                        }
                    }
                }
            }
        }
        islands
    }
}
