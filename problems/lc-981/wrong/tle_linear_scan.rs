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

    // Correct, but each lookup walks the key's history from the oldest write
    // and copies every value not after `timestamp` into the answer: O(n) per
    // call instead of O(log n), so a key with 10^5 writes makes 10^5 lookups
    // quadratic.
    fn get(&self, key: String, timestamp: i32) -> String {
        let mut answer = String::new();
        if let Some(entries) = self.history.get(&key) {
            for (t, value) in entries {
                if *t > timestamp {
                    break;
                }
                answer = value.clone();
            }
        }
        answer
    }
}
