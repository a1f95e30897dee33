// Keeps every number in one sorted Vec, inserting at the place found by
// binary search. Each insert shifts the tail: O(n) per add, O(n^2) in all
// (about 6 * 10^8 element moves at 5 * 10^4 adds, done by memmove); the
// median is read in O(1).
struct MedianFinder {
    sorted: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { sorted: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        let pos = self.sorted.partition_point(|&x| x < num);
        self.sorted.insert(pos, num);
    }

    fn find_median(&self) -> f64 {
        let n = self.sorted.len();
        if n % 2 == 1 {
            self.sorted[n / 2] as f64
        } else {
            (self.sorted[n / 2 - 1] as f64 + self.sorted[n / 2] as f64) / 2.0
        }
    }
}
