// Numbers lie in -10^5..=10^5: a Fenwick tree counts them by value, and the
// k-th smallest is found by descending the tree's powers of two. O(log V)
// per add and per median.
const OFFSET: i32 = 100_000;
const SIZE: usize = 200_001;

struct MedianFinder {
    tree: Vec<u32>, // 1-based Fenwick tree over the shifted values
    count: u32,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { tree: vec![0; SIZE + 1], count: 0 }
    }

    fn add_num(&mut self, num: i32) {
        let mut i = (num + OFFSET) as usize + 1;
        while i <= SIZE {
            self.tree[i] += 1;
            i += i & i.wrapping_neg();
        }
        self.count += 1;
    }

    /// The k-th smallest number added (k is 1-based).
    fn kth(&self, mut k: u32) -> i32 {
        let mut pos = 0;
        let mut step = 1 << 17; // the largest power of two <= SIZE
        while step > 0 {
            let next = pos + step;
            if next <= SIZE && self.tree[next] < k {
                pos = next;
                k -= self.tree[next];
            }
            step >>= 1;
        }
        // pos is the 1-based index just before the k-th number's slot.
        pos as i32 - OFFSET
    }

    fn find_median(&self) -> f64 {
        let c = self.count;
        if c % 2 == 1 {
            self.kth(c / 2 + 1) as f64
        } else {
            (self.kth(c / 2) as f64 + self.kth(c / 2 + 1) as f64) / 2.0
        }
    }
}
