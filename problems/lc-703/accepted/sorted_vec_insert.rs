// The k largest values in a Vec sorted from largest to smallest: binary
// search for the new value's place, insert it there and drop the last
// (now (k+1)-th) value. O(log k) comparisons but O(k) moves per call.
struct KthLargest {
    k: usize,
    top: Vec<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut top = nums;
        top.sort_unstable_by(|a, b| b.cmp(a));
        top.truncate(k as usize);
        KthLargest { k: k as usize, top }
    }

    fn add(&mut self, val: i32) -> i32 {
        let pos = self.top.partition_point(|&x| x >= val);
        if pos < self.k {
            self.top.insert(pos, val);
            self.top.truncate(self.k);
        }
        self.top[self.k - 1]
    }
}
