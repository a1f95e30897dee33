use std::collections::HashMap;

struct TimeMap {
    // Mistake: only the most recent write of each key is kept.
    latest: HashMap<String, (i32, String)>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { latest: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.latest.insert(key, (timestamp, value));
    }

    // Right whenever the question is about the newest write, but a lookup
    // of an older moment finds nothing once the key has been overwritten.
    fn get(&self, key: String, timestamp: i32) -> String {
        match self.latest.get(&key) {
            Some((t, v)) if *t <= timestamp => v.clone(),
            _ => String::new(),
        }
    }
}
