// Two heaps: a number goes to the lower half if it is not above the lower
// half's maximum, otherwise to the upper half; then whichever half is too big
// gives its top to the other. The median is the top of one or both halves.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    lower: BinaryHeap<i32>,
    upper: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        Self { lower: BinaryHeap::new(), upper: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        match self.lower.peek() {
            Some(&top) if num > top => self.upper.push(Reverse(num)),
            _ => self.lower.push(num),
        }
        if self.lower.len() > self.upper.len() + 1 {
            let x = self.lower.pop().unwrap();
            self.upper.push(Reverse(x));
        } else if self.upper.len() > self.lower.len() {
            let Reverse(x) = self.upper.pop().unwrap();
            self.lower.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        if self.lower.len() == self.upper.len() {
            let a = *self.lower.peek().unwrap() as f64;
            let b = self.upper.peek().unwrap().0 as f64;
            (a + b) / 2.0
        } else {
            *self.lower.peek().unwrap() as f64
        }
    }
}
