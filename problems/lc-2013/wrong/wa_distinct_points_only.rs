use std::collections::HashSet;

struct DetectSquares {
    // A set forgets how many times a point was added.
    points: HashSet<(i32, i32)>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { points: HashSet::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        self.points.insert((point[0], point[1]));
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let mut total = 0;
        for &(x, y) in &self.points {
            if x != qx && (x - qx).abs() == (y - qy).abs()
                && self.points.contains(&(x, qy))
                && self.points.contains(&(qx, y))
            {
                total += 1;
            }
        }
        total
    }
}
