struct DetectSquares {
    points: Vec<(i32, i32)>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { points: Vec::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        self.points.push((point[0], point[1]));
    }

    // No counts kept: for every diagonal partner, scan the whole list again
    // for the two other corners. Quadratic per query.
    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let mut total = 0;
        for &(x, y) in &self.points {
            if x == qx || (x - qx).abs() != (y - qy).abs() {
                continue;
            }
            let a = self.points.iter().filter(|&&p| p == (x, qy)).count() as i32;
            let b = self.points.iter().filter(|&&p| p == (qx, y)).count() as i32;
            total += a * b;
        }
        total
    }
}
