// For every bar, walks left and right while the bars are at least as tall.
// O(n^2) on a flat histogram: about 10^10 steps at n = 10^5.
impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        let n = heights.len();
        let mut best = 0;
        for i in 0..n {
            let h = heights[i];
            let mut l = i;
            while l > 0 && heights[l - 1] >= h {
                l -= 1;
            }
            let mut r = i;
            while r + 1 < n && heights[r + 1] >= h {
                r += 1;
            }
            best = best.max(h * (r - l + 1) as i32);
        }
        best
    }
}
