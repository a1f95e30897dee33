// The slowest accepted approach: a plain Vec of (key, value) pairs in order
// of use, oldest first. Every call searches it linearly and moves the entry
// to the end: O(capacity) per call, about 3000 steps at the limits.
struct LRUCache {
    capacity: usize,
    entries: Vec<(i32, i32)>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, entries: Vec::with_capacity(capacity as usize) }
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.entries.iter().position(|&(k, _)| k == key) {
            Some(i) => {
                let entry = self.entries.remove(i);
                self.entries.push(entry);
                entry.1
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(i) = self.entries.iter().position(|&(k, _)| k == key) {
            self.entries.remove(i);
        } else if self.entries.len() == self.capacity {
            self.entries.remove(0);
        }
        self.entries.push((key, value));
    }
}
