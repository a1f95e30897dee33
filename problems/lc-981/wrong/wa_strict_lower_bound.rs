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
        let Some(entries) = self.history.get(&key) else {
            return String::new();
        };
        // Mistake: `<` instead of `<=`. This counts the writes strictly
        // before `timestamp`, so a write made exactly at `timestamp` is
        // skipped and the one before it (or nothing) is returned.
        let count = entries.partition_point(|(t, _)| *t < timestamp);
        if count == 0 {
            String::new()
        } else {
            entries[count - 1].1.clone()
        }
    }
}
