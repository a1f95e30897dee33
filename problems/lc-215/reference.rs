use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let k = k as usize;
        // The k largest values seen so far, smallest on top.
        let mut top_k: BinaryHeap<Reverse<i32>> = BinaryHeap::with_capacity(k);
        for x in nums {
            if top_k.len() < k {
                top_k.push(Reverse(x));
            } else if let Some(mut smallest) = top_k.peek_mut() {
                // Replacing the top through `PeekMut` restores the heap when it is dropped.
                if x > smallest.0 {
                    *smallest = Reverse(x);
                }
            }
        }
        // k <= n, so the heap holds exactly k values; the smallest is the answer.
        top_k.peek().unwrap().0
    }
}
