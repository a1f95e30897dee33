struct KthLargest {
    k: usize,
    values: Vec<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        KthLargest { k: k as usize, values: nums }
    }

    // Keep everything; to answer, sort a copy from largest to smallest.
    fn add(&mut self, val: i32) -> i32 {
        self.values.push(val);
        let mut sorted = self.values.clone();
        sorted.sort();
        sorted.reverse();
        sorted[self.k - 1]
    }
}
