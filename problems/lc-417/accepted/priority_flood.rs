use std::cmp::Reverse;
use std::collections::BinaryHeap;

// "Priority flood" from each ocean: a min-heap of cells by height, seeded
// with the ocean's border. A popped cell's water reaches the ocean, and so
// does that of every unvisited neighbour at least as high. O(m n log(m n)).
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let pacific: Vec<(usize, usize)> = (0..n).map(|c| (0, c)).chain((1..m).map(|r| (r, 0))).collect();
        let atlantic: Vec<(usize, usize)> =
            (0..n).map(|c| (m - 1, c)).chain((0..m.saturating_sub(1)).map(|r| (r, n - 1))).collect();
        let p = Self::flood(&heights, &pacific);
        let a = Self::flood(&heights, &atlantic);
        let mut result = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if p[r][c] && a[r][c] {
                    result.push(vec![r as i32, c as i32]);
                }
            }
        }
        result
    }

    fn flood(h: &[Vec<i32>], border: &[(usize, usize)]) -> Vec<Vec<bool>> {
        let (m, n) = (h.len(), h[0].len());
        let mut seen = vec![vec![false; n]; m];
        let mut heap = BinaryHeap::new();
        for &(r, c) in border {
            if !seen[r][c] {
                seen[r][c] = true;
                heap.push(Reverse((h[r][c], r, c)));
            }
        }
        while let Some(Reverse((height, r, c))) = heap.pop() {
            let mut around = Vec::with_capacity(4);
            if r > 0 {
                around.push((r - 1, c));
            }
            if r + 1 < m {
                around.push((r + 1, c));
            }
            if c > 0 {
                around.push((r, c - 1));
            }
            if c + 1 < n {
                around.push((r, c + 1));
            }
            for (nr, nc) in around {
                if !seen[nr][nc] && h[nr][nc] >= height {
                    seen[nr][nc] = true;
                    heap.push(Reverse((h[nr][nc], nr, nc)));
                }
            }
        }
        seen
    }
}
