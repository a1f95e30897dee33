impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let mut cells = Vec::new();
        // Correct, but every cell starts its own search downhill with a fresh
        // visited grid: O((m*n)^2) when water spreads far, e.g. over a flat
        // 200 x 200 grid.
        for r in 0..m {
            for c in 0..n {
                let mut visited = vec![vec![false; n]; m];
                let mut oceans = (false, false);
                Self::flow(&heights, r, c, &mut visited, &mut oceans);
                if oceans.0 && oceans.1 {
                    cells.push(vec![r as i32, c as i32]);
                }
            }
        }
        cells
    }

    fn flow(h: &[Vec<i32>], r: usize, c: usize, visited: &mut Vec<Vec<bool>>, oceans: &mut (bool, bool)) {
        let (m, n) = (h.len(), h[0].len());
        visited[r][c] = true;
        if r == 0 || c == 0 {
            oceans.0 = true;
        }
        if r == m - 1 || c == n - 1 {
            oceans.1 = true;
        }
        if r > 0 && !visited[r - 1][c] && h[r - 1][c] <= h[r][c] {
            Self::flow(h, r - 1, c, visited, oceans);
        }
        if r + 1 < m && !visited[r + 1][c] && h[r + 1][c] <= h[r][c] {
            Self::flow(h, r + 1, c, visited, oceans);
        }
        if c > 0 && !visited[r][c - 1] && h[r][c - 1] <= h[r][c] {
            Self::flow(h, r, c - 1, visited, oceans);
        }
        if c + 1 < n && !visited[r][c + 1] && h[r][c + 1] <= h[r][c] {
            Self::flow(h, r, c + 1, visited, oceans);
        }
    }
}
