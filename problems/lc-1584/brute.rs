impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        // Grow a tree from point 0: n - 1 times, look at every pair (inside,
        // outside) and add the cheapest one.
        let n = points.len();
        let d = |a: &Vec<i32>, b: &Vec<i32>| (a[0] - b[0]).abs() + (a[1] - b[1]).abs();
        let mut inside = vec![false; n];
        inside[0] = true;
        let mut total = 0;
        for _ in 1..n {
            let mut cheapest = (i32::MAX, 0);
            for i in 0..n {
                for j in 0..n {
                    if inside[i] && !inside[j] && d(&points[i], &points[j]) < cheapest.0 {
                        cheapest = (d(&points[i], &points[j]), j);
                    }
                }
            }
            inside[cheapest.1] = true;
            total += cheapest.0;
        }
        total
    }
}
