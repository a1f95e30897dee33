impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        // Kruskal without sorting: n - 1 times, scan every pair for the
        // cheapest one joining two different components. O(n^3).
        let n = points.len();
        let mut label: Vec<usize> = (0..n).collect();
        let mut total = 0;
        for _ in 1..n {
            let mut best = (i32::MAX, 0, 0);
            for i in 0..n {
                for j in i + 1..n {
                    if label[i] != label[j] {
                        let d = (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs();
                        if d < best.0 {
                            best = (d, i, j);
                        }
                    }
                }
            }
            let (d, i, j) = best;
            total += d;
            let (from, to) = (label[j], label[i]);
            for l in label.iter_mut() {
                if *l == from {
                    *l = to;
                }
            }
        }
        total
    }
}
