// Sorts the queries and answers them with the heap sweep, but returns the
// answers in sorted query order instead of the order the queries were given.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_interval(mut intervals: Vec<Vec<i32>>, mut queries: Vec<i32>) -> Vec<i32> {
        intervals.sort();
        queries.sort();
        let mut answer = Vec::with_capacity(queries.len());
        let mut heap = BinaryHeap::new();
        let mut i = 0;
        for &q in &queries {
            while i < intervals.len() && intervals[i][0] <= q {
                heap.push(Reverse((intervals[i][1] - intervals[i][0] + 1, intervals[i][1])));
                i += 1;
            }
            while matches!(heap.peek(), Some(&Reverse((_, r))) if r < q) {
                heap.pop();
            }
            answer.push(heap.peek().map_or(-1, |&Reverse((s, _))| s));
        }
        answer
    }
}
