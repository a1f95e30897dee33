// Binary search on the time: if the target can be reached at time t it can
// be reached at every later time. Each guess is checked with a BFS through
// the squares of height at most t.
use std::collections::VecDeque;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        let reachable = |t: i32| -> bool {
            if grid[0][0] > t {
                return false;
            }
            let mut seen = vec![false; n * n];
            let mut queue = VecDeque::from([0usize]);
            seen[0] = true;
            while let Some(i) = queue.pop_front() {
                if i == n * n - 1 {
                    return true;
                }
                let (r, c) = (i / n, i % n);
                let mut try_go = |j: usize| {
                    if !seen[j] && grid[j / n][j % n] <= t {
                        seen[j] = true;
                        queue.push_back(j);
                    }
                };
                if r > 0 {
                    try_go(i - n);
                }
                if r + 1 < n {
                    try_go(i + n);
                }
                if c > 0 {
                    try_go(i - 1);
                }
                if c + 1 < n {
                    try_go(i + 1);
                }
            }
            false
        };
        let (mut lo, mut hi) = (0, (n * n) as i32 - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if reachable(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
