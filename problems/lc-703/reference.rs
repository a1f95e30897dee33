use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    // The k largest values seen so far, smallest on top: the top is the answer.
    top_k: BinaryHeap<Reverse<i32>>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let k = k as usize;
        let mut this = KthLargest { k, top_k: BinaryHeap::with_capacity(k) };
        for x in nums {
            this.insert(x);
        }
        this
    }

    fn add(&mut self, val: i32) -> i32 {
        self.insert(val);
        // At least k values have been seen once `add` is called, so the heap is full.
        self.top_k.peek().unwrap().0
    }

    fn insert(&mut self, val: i32) {
        if self.top_k.len() < self.k {
            self.top_k.push(Reverse(val));
        } else if let Some(mut smallest) = self.top_k.peek_mut() {
            // Replacing the top through `PeekMut` restores the heap when it is dropped.
            if val > smallest.0 {
                *smallest = Reverse(val);
            }
        }
    }
}
