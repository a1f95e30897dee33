// Two pointers, but moves the taller line inward hoping to find a taller one,
// which keeps the limiting short wall and throws away the good one.
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut l, mut r) = (0, height.len() - 1);
        let mut best = 0;
        while l < r {
            let area = (r - l) as i32 * height[l].min(height[r]);
            best = best.max(area);
            if height[l] > height[r] {
                l += 1;
            } else {
                r -= 1;
            }
        }
        best
    }
}
