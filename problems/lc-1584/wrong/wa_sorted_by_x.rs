impl Solution {
    pub fn min_cost_connect_points(mut points: Vec<Vec<i32>>) -> i32 {
        // Sorts the points left to right and joins neighbours in that order,
        // as if the best tree were always a path.
        points.sort();
        points
            .windows(2)
            .map(|w| (w[0][0] - w[1][0]).abs() + (w[0][1] - w[1][1]).abs())
            .sum()
    }
}
