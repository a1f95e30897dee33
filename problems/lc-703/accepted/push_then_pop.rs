use std::cmp::Reverse;
use std::collections::BinaryHeap;

// The common min-heap version: push every value, then pop while the heap
// holds more than k; the top is the k-th largest.
struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut heap = BinaryHeap::new();
        for x in nums {
            heap.push(Reverse(x));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        KthLargest { k: k as usize, heap }
    }

    fn add(&mut self, val: i32) -> i32 {
        self.heap.push(Reverse(val));
        while self.heap.len() > self.k {
            self.heap.pop();
        }
        let Reverse(top) = *self.heap.peek().unwrap();
        top
    }
}
