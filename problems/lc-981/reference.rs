use std::collections::HashMap;

struct TimeMap {
    // For each key, its (timestamp, value) pairs in the order they were set.
    // Timestamps of `set` strictly increase, so every list is sorted.
    history: HashMap<String, Vec<(i32, String)>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { history: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.history.entry(key).or_default().push((timestamp, value));
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        let Some(entries) = self.history.get(&key) else {
            return String::new();
        };
        // The number of entries written at or before `timestamp`; the last
        // of them is the answer.
        let count = entries.partition_point(|(t, _)| *t <= timestamp);
        match count {
            0 => String::new(),
            _ => entries[count - 1].1.clone(),
        }
    }
}
