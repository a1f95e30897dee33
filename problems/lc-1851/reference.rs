use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        let mut spans: Vec<(i32, i32)> = intervals.iter().map(|v| (v[0], v[1])).collect();
        spans.sort_unstable();
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_unstable_by_key(|&j| queries[j]);

        let mut answer = vec![-1; queries.len()];
        // Intervals that have started, smallest size on top, with their right
        // ends. Ones that have ended are removed lazily when they reach the top.
        let mut open: BinaryHeap<Reverse<(i32, i32)>> = BinaryHeap::new();
        let mut next = 0;
        for j in order {
            let q = queries[j];
            while next < spans.len() && spans[next].0 <= q {
                let (l, r) = spans[next];
                open.push(Reverse((r - l + 1, r)));
                next += 1;
            }
            // Queries only grow, so an interval ending before q never
            // matters again.
            while let Some(&Reverse((_, r))) = open.peek() {
                if r >= q {
                    break;
                }
                open.pop();
            }
            if let Some(&Reverse((size, _))) = open.peek() {
                answer[j] = size;
            }
        }
        answer
    }
}
