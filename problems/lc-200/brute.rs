impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        // Give every land cell its own label, then repeatedly let each land
        // cell take the smallest label among itself and its land neighbours
        // until nothing changes. Every island ends up with one label: the
        // number of distinct labels is the number of islands.
        let rows = grid.len();
        let cols = grid[0].len();
        let mut label = vec![vec![usize::MAX; cols]; rows];
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == '1' {
                    label[r][c] = r * cols + c;
                }
            }
        }
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if grid[r][c] != '1' {
                        continue;
                    }
                    let mut best = label[r][c];
                    if r > 0 && grid[r - 1][c] == '1' {
                        best = best.min(label[r - 1][c]);
                    }
                    if r + 1 < rows && grid[r + 1][c] == '1' {
                        best = best.min(label[r + 1][c]);
                    }
                    if c > 0 && grid[r][c - 1] == '1' {
                        best = best.min(label[r][c - 1]);
                    }
                    if c + 1 < cols && grid[r][c + 1] == '1' {
                        best = best.min(label[r][c + 1]);
                    }
                    if best < label[r][c] {
                        label[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        let mut count = 0;
        for r in 0..rows {
            for c in 0..cols {
                // A cell whose label is its own index is the smallest cell of its island.
                if grid[r][c] == '1' && label[r][c] == r * cols + c {
                    count += 1;
                }
            }
        }
        count
    }
}
