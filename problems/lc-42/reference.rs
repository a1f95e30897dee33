impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        if height.is_empty() {
            return 0;
        }
        let (mut lo, mut hi) = (0, height.len() - 1);
        let (mut left_max, mut right_max) = (0, 0);
        let mut water = 0;
        while lo < hi {
            left_max = left_max.max(height[lo]);
            right_max = right_max.max(height[hi]);
            // The lower of the two maxima bounds the water on its own side:
            // the other side already has a wall at least that tall.
            if left_max <= right_max {
                water += left_max - height[lo];
                lo += 1;
            } else {
                water += right_max - height[hi];
                hi -= 1;
            }
        }
        water
    }
}
