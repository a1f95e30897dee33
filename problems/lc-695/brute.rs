impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        // Label every land cell with its own index, then let each land cell
        // repeatedly take the smallest label among itself and its land
        // neighbours until nothing changes. Cells of one island end with one
        // label; the biggest island is the most common label.
        let rows = grid.len();
        let cols = grid[0].len();
        let mut label = vec![vec![usize::MAX; cols]; rows];
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == 1 {
                    label[r][c] = r * cols + c;
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
                    let mut low = label[r][c];
                    if r > 0 && grid[r - 1][c] == 1 {
                        low = low.min(label[r - 1][c]);
                    }
                    if r + 1 < rows && grid[r + 1][c] == 1 {
                        low = low.min(label[r + 1][c]);
                    }
                    if c > 0 && grid[r][c - 1] == 1 {
                        low = low.min(label[r][c - 1]);
                    }
                    if c + 1 < cols && grid[r][c + 1] == 1 {
                        low = low.min(label[r][c + 1]);
                    }
                    if low < label[r][c] {
                        label[r][c] = low;
                        changed = true;
                    }
                }
            }
        }
        let mut count = vec![0i32; rows * cols];
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == 1 {
                    count[label[r][c]] += 1;
                }
            }
        }
        count.into_iter().max().unwrap_or(0)
    }
}
