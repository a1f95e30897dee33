use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    // The smaller half of the numbers, largest on top.
    low: BinaryHeap<i32>,
    // The larger half, smallest on top.
    high: BinaryHeap<Reverse<i32>>,
    // Invariants: every number in `low` is <= every number in `high`, and
    // `low` holds as many numbers as `high` or exactly one more.
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { low: BinaryHeap::new(), high: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        // Pass the number through the lower half so the largest of the two
        // goes up: this keeps the halves ordered whatever `num` is.
        self.low.push(num);
        let largest_low = self.low.pop().unwrap();
        self.high.push(Reverse(largest_low));
        // Then restore the sizes.
        if self.high.len() > self.low.len() {
            let Reverse(smallest_high) = self.high.pop().unwrap();
            self.low.push(smallest_high);
        }
    }

    fn find_median(&self) -> f64 {
        let mid = *self.low.peek().expect("find_median on an empty stream");
        if self.low.len() > self.high.len() {
            mid as f64
        } else {
            let Reverse(next) = *self.high.peek().unwrap();
            (mid as f64 + next as f64) / 2.0
        }
    }
}
