// Remembers each entry's time of last use, and to find the oldest entry it
// collects all entries and sorts them by time: O(capacity log capacity) per
// eviction, and a stream of new keys evicts on every put.
use std::collections::HashMap;

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
            let mut by_age: Vec<(u64, i32)> = self.entries.iter().map(|(&k, &(_, t))| (t, k)).collect();
            by_age.sort();
            self.entries.remove(&by_age[0].1);
        }
        self.entries.insert(key, (value, self.clock));
    }
}
