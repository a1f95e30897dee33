impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (0, height.len() - 1);
        let mut best = 0;
        while lo < hi {
            let width = (hi - lo) as i32;
            // The shorter wall limits this container, and every narrower
            // container that keeps it, so it can be dropped after this step.
            if height[lo] < height[hi] {
                best = best.max(width * height[lo]);
                lo += 1;
            } else {
                best = best.max(width * height[hi]);
                hi -= 1;
            }
        }
        best
    }
}
