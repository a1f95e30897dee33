// Keeps the `&self` signatures with a RefCell and stores the numbers
// unsorted; every query copies and sorts all of them. With 25,000 numbers
// and 25,000 queries that is 25,000 sorts of up to 25,000 values.
use std::cell::RefCell;

struct MedianFinder {
    nums: RefCell<Vec<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { nums: RefCell::new(Vec::new()) }
    }

    fn add_num(&self, num: i32) {
        self.nums.borrow_mut().push(num);
    }

    fn find_median(&self) -> f64 {
        let mut v = self.nums.borrow().clone();
        v.sort();
        let n = v.len();
        if n % 2 == 1 {
            v[n / 2] as f64
        } else {
            (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
        }
    }
}
