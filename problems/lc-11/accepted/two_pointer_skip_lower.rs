// Two pointers that, after each container, skip every line on the moved
// side that is not taller than the wall just dropped: such a line can only
// make a narrower and no taller container.
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut l, mut r) = (0usize, height.len() - 1);
        let mut best = 0;
        while l < r {
            let h = height[l].min(height[r]);
            best = best.max(h * (r - l) as i32);
            while l < r && height[l] <= h {
                l += 1;
            }
            while l < r && height[r] <= h {
                r -= 1;
            }
        }
        best
    }
}
