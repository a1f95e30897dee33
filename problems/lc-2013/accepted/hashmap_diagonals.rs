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

    // Every distinct stored point that is diagonal to the query fixes one
    // square; look up the two other corners.
    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let get = |p: (i32, i32)| self.counts.get(&p).copied().unwrap_or(0);
        self.counts
            .iter()
            .filter(|&(&(x, y), _)| x != qx && (x - qx).abs() == (y - qy).abs())
            .map(|(&(x, y), &c)| c * get((x, qy)) * get((qx, y)))
            .sum()
    }
}
