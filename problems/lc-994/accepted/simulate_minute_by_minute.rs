// Simulates the crate minute by minute: each minute builds the next grid
// from a copy of the current one, rotting every fresh orange next to a
// rotten one. Stops when a minute changes nothing. O((m*n)^2), fine on a
// 10 x 10 grid.
impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        let rows = grid.len();
        let cols = grid[0].len();
        let mut current = grid;
        let mut minutes = 0;
        loop {
            let mut next = current.clone();
            let mut changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if current[r][c] != 1 {
                        continue;
                    }
                    let rotten_near = (r > 0 && current[r - 1][c] == 2)
                        || (r + 1 < rows && current[r + 1][c] == 2)
                        || (c > 0 && current[r][c - 1] == 2)
                        || (c + 1 < cols && current[r][c + 1] == 2);
                    if rotten_near {
                        next[r][c] = 2;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
            current = next;
            minutes += 1;
        }
        if current.iter().flatten().any(|&x| x == 1) { -1 } else { minutes }
    }
}
