use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    all: BinaryHeap<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        KthLargest { k: k as usize, all: nums.into_iter().collect() }
    }

    // Keeps every value in a max-heap and, on each call, pops k - 1 values
    // from a copy of it: O(n + k log n) per call instead of O(log k).
    fn add(&mut self, val: i32) -> i32 {
        self.all.push(val);
        let mut copy = self.all.clone();
        for _ in 1..self.k {
            copy.pop();
        }
        *copy.peek().unwrap()
    }
}
