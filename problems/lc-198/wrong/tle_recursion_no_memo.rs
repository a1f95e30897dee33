// The right recurrence, best(i) = max(best(i + 1), nums[i] + best(i + 2)),
// evaluated recursively with no memo: the call tree grows like the Fibonacci
// numbers, around 10^20 calls for 100 houses.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(nums: &[i32], i: usize) -> i32 {
            if i >= nums.len() {
                return 0;
            }
            best(nums, i + 1).max(nums[i] + best(nums, i + 2))
        }
        best(&nums, 0)
    }
}
