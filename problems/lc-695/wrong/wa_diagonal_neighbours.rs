impl Solution {
    pub fn max_area_of_island(mut grid: Vec<Vec<i32>>) -> i32 {
        // Flood fill over all eight neighbours: islands that only touch at a
        // corner are merged and their areas added together.
        let rows = grid.len() as i32;
        let cols = grid[0].len() as i32;
        let mut best = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r as usize][c as usize] != 1 {
                    continue;
                }
                grid[r as usize][c as usize] = 0;
                let mut stack = vec![(r, c)];
                let mut area = 0;
                while let Some((r, c)) = stack.pop() {
                    area += 1;
                    for dr in -1..=1 {
                        for dc in -1..=1 {
                            let (nr, nc) = (r + dr, c + dc);
                            if nr >= 0 && nr < rows && nc >= 0 && nc < cols
                                && grid[nr as usize][nc as usize] == 1
                            {
                                grid[nr as usize][nc as usize] = 0;
                                stack.push((nr, nc));
                            }
                        }
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}
