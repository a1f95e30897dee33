use std::collections::{BTreeMap, HashMap};

// Per key an ordered map from timestamp to value; a lookup is the greatest
// timestamp at or before the requested one: `range(..=t).next_back()`.
struct TimeMap {
    map: HashMap<String, BTreeMap<i32, String>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { map: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.map.entry(key).or_insert_with(BTreeMap::new).insert(timestamp, value);
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        self.map
            .get(&key)
            .and_then(|versions| versions.range(..=timestamp).next_back())
            .map(|(_, v)| v.to_string())
            .unwrap_or_default()
    }
}
