struct DetectSquares {
    // Every point added, copies included.
    points: Vec<(i32, i32)>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { points: Vec::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        self.points.push((point[0], point[1]));
    }

    // Try every square that has the query as a corner: a side length s and
    // a direction in x and in y. Count the copies of each of its three
    // other corners by scanning the list.
    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let copies = |p: (i32, i32)| self.points.iter().filter(|&&q| q == p).count() as i32;
        let mut total = 0;
        for s in 1..=1000 {
            for dx in [-s, s] {
                for dy in [-s, s] {
                    total += copies((qx + dx, qy)) * copies((qx, qy + dy)) * copies((qx + dx, qy + dy));
                }
            }
        }
        total
    }
}
