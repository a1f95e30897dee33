impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        Self::fewest(&nums, 0)
    }

    // Tries every jump length from every index and keeps the best, without
    // remembering any result: the same index is solved again for every
    // route that reaches it, which is exponential.
    fn fewest(nums: &[i32], i: usize) -> i32 {
        let n = nums.len();
        if i >= n - 1 {
            return 0;
        }
        let mut best = i32::MAX;
        for j in 1..=nums[i] as usize {
            let rest = Self::fewest(nums, i + j);
            if rest != i32::MAX {
                best = best.min(rest + 1);
            }
        }
        best
    }
}
