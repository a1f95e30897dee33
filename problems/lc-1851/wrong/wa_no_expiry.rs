// The heap sweep without removing intervals that have already ended: a
// small interval to the left of the query keeps answering for it.
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
            while next < spans.len() && spans[next].0 <= queries[j] {
                heap.push(Reverse(spans[next].1 - spans[next].0 + 1));
                next += 1;
            }
            if let Some(&Reverse(size)) = heap.peek() {
                answer[j] = size;
            }
        }
        answer
    }
}
