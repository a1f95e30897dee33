impl Solution {
    pub fn oranges_rotting(mut grid: Vec<Vec<i32>>) -> i32 {
        // Simulates minute by minute but rots oranges in the grid it is
        // scanning: an orange that just went bad rots its neighbours further
        // along the scan in the same minute, so rot races along a row and
        // the count comes out too small.
        let rows = grid.len();
        let cols = grid[0].len();
        let mut minutes = 0;
        loop {
            let mut changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if grid[r][c] != 1 {
                        continue;
                    }
                    let near = (r > 0 && grid[r - 1][c] == 2)
                        || (r + 1 < rows && grid[r + 1][c] == 2)
                        || (c > 0 && grid[r][c - 1] == 2)
                        || (c + 1 < cols && grid[r][c + 1] == 2);
                    if near {
                        grid[r][c] = 2;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
            minutes += 1;
        }
        if grid.iter().flatten().any(|&x| x == 1) { -1 } else { minutes }
    }
}
