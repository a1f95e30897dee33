// Uses the number of lines from l to r as the width (r - l + 1) instead of
// the distance between them (r - l).
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut l, mut r) = (0, height.len() - 1);
        let mut best = 0;
        while l < r {
            let area = (r - l + 1) as i32 * height[l].min(height[r]);
            best = best.max(area);
            if height[l] < height[r] {
                l += 1;
            } else {
                r -= 1;
            }
        }
        best
    }
}
