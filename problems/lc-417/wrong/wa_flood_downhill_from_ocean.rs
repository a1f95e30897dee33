use std::collections::VecDeque;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let mut pacific_start = Vec::new();
        let mut atlantic_start = Vec::new();
        for c in 0..n {
            pacific_start.push((0, c));
            atlantic_start.push((m - 1, c));
        }
        for r in 0..m {
            pacific_start.push((r, 0));
            atlantic_start.push((r, n - 1));
        }
        let pacific = Self::spread(&heights, pacific_start);
        let atlantic = Self::spread(&heights, atlantic_start);
        let mut cells = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if pacific[r][c] && atlantic[r][c] {
                    cells.push(vec![r as i32, c as i32]);
                }
            }
        }
        cells
    }

    fn spread(h: &[Vec<i32>], start: Vec<(usize, usize)>) -> Vec<Vec<bool>> {
        let (m, n) = (h.len(), h[0].len());
        let mut seen = vec![vec![false; n]; m];
        let mut queue = VecDeque::new();
        for (r, c) in start {
            if !seen[r][c] {
                seen[r][c] = true;
                queue.push_back((r, c));
            }
        }
        while let Some((r, c)) = queue.pop_front() {
            for (dr, dc) in [(-1i32, 0i32), (1, 0), (0, -1), (0, 1)] {
                let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                if nr < 0 || nc < 0 || nr >= m as i32 || nc >= n as i32 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                // Mistake: starting from the ocean the search must go uphill
                // (against the flow); this one goes downhill, the way water
                // runs, which marks the wrong cells.
                if !seen[nr][nc] && h[nr][nc] <= h[r][c] {
                    seen[nr][nc] = true;
                    queue.push_back((nr, nc));
                }
            }
        }
        seen
    }
}
