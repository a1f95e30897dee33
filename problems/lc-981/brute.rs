struct TimeMap {
    // Every write, in the order it was made.
    writes: Vec<(String, String, i32)>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { writes: Vec::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.writes.push((key, value, timestamp));
    }

    // Look at every write and keep the one for this key with the largest
    // timestamp that is not after the requested one.
    fn get(&self, key: String, timestamp: i32) -> String {
        let mut best: Option<&(String, String, i32)> = None;
        for w in &self.writes {
            if w.0 == key && w.2 <= timestamp && best.map_or(true, |b| w.2 > b.2) {
                best = Some(w);
            }
        }
        best.map_or(String::new(), |w| w.1.clone())
    }
}
