impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        // Walks a path: from the last point added, go to the nearest point
        // not yet visited. The cheapest link may start from an earlier point.
        let n = points.len();
        let mut seen = vec![false; n];
        seen[0] = true;
        let mut at = 0;
        let mut total = 0;
        for _ in 1..n {
            let next = (0..n)
                .filter(|&j| !seen[j])
                .min_by_key(|&j| (points[at][0] - points[j][0]).abs() + (points[at][1] - points[j][1]).abs())
                .unwrap();
            total += (points[at][0] - points[next][0]).abs() + (points[at][1] - points[next][1]).abs();
            seen[next] = true;
            at = next;
        }
        total
    }
}
