use std::collections::HashMap;

struct DetectSquares {
    // Every point added, copies included, and a count per point.
    points: Vec<(i32, i32)>,
    counts: HashMap<(i32, i32), i32>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { points: Vec::new(), counts: HashMap::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        let p = (point[0], point[1]);
        self.points.push(p);
        *self.counts.entry(p).or_insert(0) += 1;
    }

    // The slowest approach LeetCode accepts: walk every added point, copies
    // included (so a point added k times is visited k times and counted
    // once each visit), with two hash lookups per diagonal partner.
    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let mut total = 0;
        for &(x, y) in &self.points {
            if x == qx || (x - qx).abs() != (y - qy).abs() {
                continue;
            }
            let a = self.counts.get(&(x, qy)).copied().unwrap_or(0);
            let b = self.counts.get(&(qx, y)).copied().unwrap_or(0);
            total += a * b;
        }
        total
    }
}
