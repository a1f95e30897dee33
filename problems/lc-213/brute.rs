impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // Tries every set of houses with no two neighbours on the circle:
        // house by house, remembering whether the previous and the first
        // house were taken. Exponential; small cases only.
        fn go(nums: &[i32], i: usize, prev: bool, first: bool) -> i32 {
            let n = nums.len();
            if i == n {
                return 0;
            }
            let skip = go(nums, i + 1, false, first);
            let last_meets_first = n > 1 && i == n - 1 && first;
            if prev || last_meets_first {
                return skip;
            }
            skip.max(nums[i] + go(nums, i + 1, true, first || i == 0))
        }
        go(&nums, 0, false, false)
    }
}
