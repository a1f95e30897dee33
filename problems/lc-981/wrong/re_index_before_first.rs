use std::collections::HashMap;

struct TimeMap {
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
        match self.history.get(&key) {
            None => String::new(),
            Some(entries) => {
                // Mistake: when `timestamp` is earlier than the key's first
                // write, the count is 0 and `0 - 1` is out of range (a panic).
                let count = entries.partition_point(|(t, _)| *t <= timestamp);
                entries[count - 1].1.clone()
            }
        }
    }
}
