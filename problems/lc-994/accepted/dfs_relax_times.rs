// Complexity: O(n^2)
// Depth-first search from each rotten orange that records, per cell, the
// earliest minute seen so far, and only continues where it improves that
// minute: a cell can be improved again and again, O((m*n)^2) at worst.
// Accepted on these small grids.
impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        fn spread(grid: &Vec<Vec<i32>>, time: &mut Vec<Vec<i32>>, r: i32, c: i32, t: i32) {
            if r < 0 || c < 0 || r as usize >= grid.len() || c as usize >= grid[0].len() {
                return;
            }
            let (ru, cu) = (r as usize, c as usize);
            if grid[ru][cu] == 0 || (t > 0 && grid[ru][cu] == 2) || time[ru][cu] <= t {
                return;
            }
            time[ru][cu] = t;
            spread(grid, time, r + 1, c, t + 1);
            spread(grid, time, r - 1, c, t + 1);
            spread(grid, time, r, c + 1, t + 1);
            spread(grid, time, r, c - 1, t + 1);
        }
        let mut time = vec![vec![i32::MAX; grid[0].len()]; grid.len()];
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if grid[r][c] == 2 {
                    spread(&grid, &mut time, r as i32, c as i32, 0);
                }
            }
        }
        let mut answer = 0;
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if grid[r][c] == 1 {
                    if time[r][c] == i32::MAX {
                        return -1;
                    }
                    answer = answer.max(time[r][c]);
                }
            }
        }
        answer
    }
}
