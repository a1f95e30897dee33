// Ranks the points by |x| + |y| (the grid, or Manhattan, distance) instead
// of the straight-line distance: (0, 5) then beats (3, 3).
impl Solution {
    pub fn k_closest(mut points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        points.sort_by_key(|p| p[0].abs() + p[1].abs());
        points.truncate(k as usize);
        points
    }
}
