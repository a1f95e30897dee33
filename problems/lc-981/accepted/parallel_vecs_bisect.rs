use std::collections::HashMap;

// Per key two parallel vectors, timestamps and values (set's timestamps
// increase, so they stay sorted), and a hand-written bisection for the
// last timestamp not after the requested one.
struct TimeMap {
    keys: HashMap<String, (Vec<i32>, Vec<String>)>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { keys: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        let (times, values) = self.keys.entry(key).or_insert_with(|| (Vec::new(), Vec::new()));
        times.push(timestamp);
        values.push(value);
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        if let Some((times, values)) = self.keys.get(&key) {
            // Find the first index whose timestamp is after `timestamp`.
            let (mut lo, mut hi) = (0usize, times.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if times[mid] <= timestamp {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if lo > 0 {
                return values[lo - 1].clone();
            }
        }
        String::new()
    }
}
