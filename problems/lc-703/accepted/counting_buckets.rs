// Values lie in [-10^4, 10^4]: keep the k largest as counts per value, and
// a pointer to the smallest of them (the answer). Once k values are kept the
// pointer only moves up, so all calls together move it at most 20 001 times.
struct KthLargest {
    k: usize,
    kept: usize,
    count: Vec<u32>,
    low: usize,
}

const OFFSET: i32 = 10_000;

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut this = KthLargest { k: k as usize, kept: 0, count: vec![0; 2 * OFFSET as usize + 1], low: 0 };
        for x in nums {
            this.insert(x);
        }
        this
    }

    fn add(&mut self, val: i32) -> i32 {
        self.insert(val);
        self.low as i32 - OFFSET
    }

    fn insert(&mut self, val: i32) {
        let idx = (val + OFFSET) as usize;
        if self.kept < self.k {
            self.count[idx] += 1;
            if self.kept == 0 || idx < self.low {
                self.low = idx;
            }
            self.kept += 1;
        } else if idx > self.low {
            self.count[idx] += 1;
            self.count[self.low] -= 1;
            while self.count[self.low] == 0 {
                self.low += 1;
            }
        }
    }
}
