struct DetectSquares {
    // How many times each point was added, on the whole 1001 x 1001 grid.
    counts: Vec<Vec<i32>>,
    // For each column x, the distinct y values added in it.
    column: Vec<Vec<usize>>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { counts: vec![vec![0; 1001]; 1001], column: vec![Vec::new(); 1001] }
    }

    fn add(&mut self, point: Vec<i32>) {
        let (x, y) = (point[0] as usize, point[1] as usize);
        if self.counts[x][y] == 0 {
            self.column[x].push(y);
        }
        self.counts[x][y] += 1;
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        let (qx, qy) = (point[0] as i32, point[1] as i32);
        let mut total = 0;
        // A stored point (qx, y) in the query's column fixes the side
        // d = y - qy; the square then lies to the left or to the right.
        for &y in &self.column[qx as usize] {
            let d = y as i32 - qy;
            if d == 0 {
                continue;
            }
            let above = self.counts[qx as usize][y];
            for x in [qx - d, qx + d] {
                if (0..=1000).contains(&x) {
                    let x = x as usize;
                    total += above * self.counts[x][y] * self.counts[x][qy as usize];
                }
            }
        }
        total
    }
}
