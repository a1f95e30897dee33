// Correct sweep, but measures an interval as right - left, forgetting that
// both ends are included: every size comes out one short.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        let mut spans: Vec<(i32, i32)> = intervals.iter().map(|v| (v[0], v[1])).collect();
        spans.sort_unstable();
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_unstable_by_key(|&j| queries[j]);
        let mut answer = vec![-1; queries.len()];
        let mut heap = BinaryHeap::new();
        let mut next = 0;
        for j in order {
            let q = queries[j];
            while next < spans.len() && spans[next].0 <= q {
                heap.push(Reverse((spans[next].1 - spans[next].0, spans[next].1)));
                next += 1;
            }
            while matches!(heap.peek(), Some(&Reverse((_, r))) if r < q) {
                heap.pop();
            }
            if let Some(&Reverse((size, _))) = heap.peek() {
                answer[j] = size;
            }
        }
        answer
    }
}
