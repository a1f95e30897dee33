impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Breadth-first search in rounds, without a queue: the indices
        // reachable with `jumps` jumps are 0..=round_end, and `farthest` is
        // how far the next round will reach.
        let n = nums.len();
        let mut jumps = 0;
        let mut round_end = 0;
        let mut farthest = 0;
        for i in 0..n - 1 {
            farthest = farthest.max(i + nums[i] as usize);
            if i == round_end {
                // Every index of this round has been looked at.
                jumps += 1;
                round_end = farthest;
                if round_end >= n - 1 {
                    break;
                }
            }
        }
        jumps
    }
}
