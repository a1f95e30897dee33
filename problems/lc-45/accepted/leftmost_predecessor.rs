impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Work backwards from the last index: the best last jump comes from
        // the leftmost index that can reach the target, so move the target
        // there and repeat. Each step rescans from the start: O(n^2) when
        // every value is 1.
        let mut target = nums.len() - 1;
        let mut jumps = 0;
        while target > 0 {
            let mut i = 0;
            while i + (nums[i] as usize) < target {
                i += 1;
            }
            target = i;
            jumps += 1;
        }
        jumps
    }
}
