use std::collections::VecDeque;

// One flat array of flags for both oceans (bit 1: Pacific, bit 2: Atlantic)
// and one queue: every cell enters the queue at most once per ocean bit it
// gains. Cells with both bits are the answer.
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let h: Vec<i32> = heights.iter().flatten().copied().collect();
        let mut mark = vec![0u8; m * n];
        let mut queue = VecDeque::new();
        for r in 0..m {
            for c in 0..n {
                let mut bits = 0;
                if r == 0 || c == 0 {
                    bits |= 1;
                }
                if r == m - 1 || c == n - 1 {
                    bits |= 2;
                }
                if bits != 0 {
                    mark[r * n + c] = bits;
                    queue.push_back(r * n + c);
                }
            }
        }
        while let Some(i) = queue.pop_front() {
            let (r, c) = (i / n, i % n);
            let mut next = [usize::MAX; 4];
            if r > 0 {
                next[0] = i - n;
            }
            if r + 1 < m {
                next[1] = i + n;
            }
            if c > 0 {
                next[2] = i - 1;
            }
            if c + 1 < n {
                next[3] = i + 1;
            }
            for j in next {
                if j == usize::MAX || h[j] < h[i] {
                    continue;
                }
                // Pass on the ocean bits this neighbour does not have yet.
                let gained = mark[i] & !mark[j];
                if gained != 0 {
                    mark[j] |= gained;
                    queue.push_back(j);
                }
            }
        }
        (0..m * n)
            .filter(|&i| mark[i] == 3)
            .map(|i| vec![(i / n) as i32, (i % n) as i32])
            .collect()
    }
}
