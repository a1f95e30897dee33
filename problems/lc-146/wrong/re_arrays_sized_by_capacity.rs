// Indexes per-key arrays directly by key, but sizes them by the capacity
// instead of the key range (0..=10^4): any key >= capacity is out of bounds.
struct LRUCache {
    capacity: usize,
    clock: u64,
    value: Vec<i32>,
    used: Vec<u64>,
    len: usize,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        let n = capacity as usize;
        LRUCache { capacity: n, clock: 0, value: vec![-1; n], used: vec![0; n], len: 0 }
    }

    fn get(&mut self, key: i32) -> i32 {
        self.clock += 1;
        let k = key as usize;
        if self.value[k] != -1 {
            self.used[k] = self.clock;
        }
        self.value[k]
    }

    fn put(&mut self, key: i32, value: i32) {
        self.clock += 1;
        let k = key as usize;
        if self.value[k] == -1 {
            if self.len == self.capacity {
                let oldest = (0..self.value.len())
                    .filter(|&i| self.value[i] != -1)
                    .min_by_key(|&i| self.used[i])
                    .unwrap();
                self.value[oldest] = -1;
                self.len -= 1;
            }
            self.len += 1;
        }
        self.value[k] = value;
        self.used[k] = self.clock;
    }
}
