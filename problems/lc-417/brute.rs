use std::collections::VecDeque;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len() as i32, heights[0].len() as i32);
        let mut cells = Vec::new();
        // For every cell, follow the water itself: a breadth-first search to
        // every neighbour that is not higher, noting which oceans it touches.
        for r0 in 0..m {
            for c0 in 0..n {
                let mut seen = vec![vec![false; n as usize]; m as usize];
                let mut queue = VecDeque::from([(r0, c0)]);
                seen[r0 as usize][c0 as usize] = true;
                let (mut pacific, mut atlantic) = (false, false);
                while let Some((r, c)) = queue.pop_front() {
                    if r == 0 || c == 0 {
                        pacific = true;
                    }
                    if r == m - 1 || c == n - 1 {
                        atlantic = true;
                    }
                    for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                        let (nr, nc) = (r + dr, c + dc);
                        if nr >= 0 && nr < m && nc >= 0 && nc < n {
                            let (nu, cu) = (nr as usize, nc as usize);
                            if !seen[nu][cu] && heights[nu][cu] <= heights[r as usize][c as usize] {
                                seen[nu][cu] = true;
                                queue.push_back((nr, nc));
                            }
                        }
                    }
                }
                if pacific && atlantic {
                    cells.push(vec![r0, c0]);
                }
            }
        }
        cells
    }
}
