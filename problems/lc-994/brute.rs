impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // time[cell] = the minute an orange goes bad. Rotten oranges start
        // at 0; then every orange repeatedly takes one more than the
        // smallest time among its orange neighbours, until nothing changes.
        // The answer is the largest time, or -1 if some orange has none.
        const NONE: i32 = i32::MAX;
        let rows = grid.len();
        let cols = grid[0].len();
        let mut time = vec![vec![NONE; cols]; rows];
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == 2 {
                    time[r][c] = 0;
                }
            }
        }
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if grid[r][c] != 1 {
                        continue;
                    }
                    let mut near = NONE;
                    if r > 0 && grid[r - 1][c] != 0 {
                        near = near.min(time[r - 1][c]);
                    }
                    if r + 1 < rows && grid[r + 1][c] != 0 {
                        near = near.min(time[r + 1][c]);
                    }
                    if c > 0 && grid[r][c - 1] != 0 {
                        near = near.min(time[r][c - 1]);
                    }
                    if c + 1 < cols && grid[r][c + 1] != 0 {
                        near = near.min(time[r][c + 1]);
                    }
                    if near != NONE && near + 1 < time[r][c] {
                        time[r][c] = near + 1;
                        changed = true;
                    }
                }
            }
        }
        let mut answer = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] != 0 {
                    if time[r][c] == NONE {
                        return -1;
                    }
                    answer = answer.max(time[r][c]);
                }
            }
        }
        answer
    }
}
