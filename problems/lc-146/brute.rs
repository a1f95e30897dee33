use std::collections::HashMap;

// Every entry remembers the time of its last use; eviction scans all
// entries for the oldest time. O(capacity) per eviction.
struct LRUCache {
    capacity: usize,
    clock: u64,
    entries: HashMap<i32, (i32, u64)>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, clock: 0, entries: HashMap::new() }
    }

    fn get(&mut self, key: i32) -> i32 {
        self.clock += 1;
        let now = self.clock;
        match self.entries.get_mut(&key) {
            Some(entry) => {
                entry.1 = now;
                entry.0
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.clock += 1;
        if !self.entries.contains_key(&key) && self.entries.len() == self.capacity {
            let oldest = *self.entries.iter().min_by_key(|&(_, &(_, used))| used).unwrap().0;
            self.entries.remove(&oldest);
        }
        self.entries.insert(key, (value, self.clock));
    }
}
