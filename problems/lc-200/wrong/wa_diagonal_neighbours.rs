impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        // Flood fill that also walks to the four diagonal neighbours, so
        // islands touching only at a corner are merged into one.
        let rows = grid.len() as i32;
        let cols = grid[0].len() as i32;
        let mut count = 0;
        let mut stack = Vec::new();
        for r in 0..rows {
            for c in 0..cols {
                if grid[r as usize][c as usize] != '1' {
                    continue;
                }
                count += 1;
                grid[r as usize][c as usize] = '0';
                stack.push((r, c));
                while let Some((r, c)) = stack.pop() {
                    for dr in -1..=1 {
                        for dc in -1..=1 {
                            let (nr, nc) = (r + dr, c + dc);
                            if nr >= 0 && nr < rows && nc >= 0 && nc < cols
                                && grid[nr as usize][nc as usize] == '1'
                            {
                                grid[nr as usize][nc as usize] = '0';
                                stack.push((nr, nc));
                            }
                        }
                    }
                }
            }
        }
        count
    }
}
