// The sweep with a heap, over the distinct query values sorted, the answers
// kept in a HashMap from query value to answer and read back in the input
// order. A HashMap and a clone of the queries on top of the heap.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        let mut intervals = intervals;
        intervals.sort_by(|a, b| a[0].cmp(&b[0]));
        let mut sorted = queries.clone();
        sorted.sort();
        sorted.dedup();
        let mut found: HashMap<i32, i32> = HashMap::new();
        let mut heap = BinaryHeap::new();
        let mut i = 0;
        for q in sorted {
            while i < intervals.len() && intervals[i][0] <= q {
                let (l, r) = (intervals[i][0], intervals[i][1]);
                heap.push(Reverse((r - l + 1, r)));
                i += 1;
            }
            while let Some(Reverse((_, r))) = heap.peek() {
                if *r < q {
                    heap.pop();
                } else {
                    break;
                }
            }
            let ans = match heap.peek() {
                Some(Reverse((size, _))) => *size,
                None => -1,
            };
            found.insert(q, ans);
        }
        queries.iter().map(|q| found[q]).collect()
    }
}
