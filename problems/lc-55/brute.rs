impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // Mark the cells that can be reached, trying every single jump from
        // every reached cell, left to right (jumps only go forward, so each
        // cell is final when the scan gets to it).
        let n = nums.len();
        let mut reached = vec![false; n];
        reached[0] = true;
        for i in 0..n {
            if !reached[i] {
                continue;
            }
            for d in 1..=nums[i] as usize {
                if i + d < n {
                    reached[i + d] = true;
                }
            }
        }
        reached[n - 1]
    }
}
