// Balances the two heaps' sizes by always adding to the smaller one, but
// never checks that the lower half stays below the upper half: after 5, 1, 3
// the "lower" heap holds 5 and 3, and the median comes out as 5.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    low: BinaryHeap<i32>,
    high: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { low: BinaryHeap::new(), high: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        if self.low.len() <= self.high.len() {
            self.low.push(num);
        } else {
            self.high.push(Reverse(num));
        }
    }

    fn find_median(&self) -> f64 {
        let a = *self.low.peek().unwrap() as f64;
        if self.low.len() > self.high.len() {
            a
        } else {
            (a + self.high.peek().unwrap().0 as f64) / 2.0
        }
    }
}
