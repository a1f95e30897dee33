use std::collections::BTreeMap;

// One ordered map for everything, keyed by (key, timestamp): a lookup is the
// last entry in the range from (key, 0) to (key, timestamp). Every lookup
// clones the key for the range bounds. O(log n) per call, heavy constant.
struct TimeMap {
    entries: BTreeMap<(String, i32), String>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { entries: BTreeMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.entries.insert((key, timestamp), value);
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        match self.entries.range((key.clone(), 0)..=(key, timestamp)).next_back() {
            Some((_, value)) => value.clone(),
            None => String::new(),
        }
    }
}
