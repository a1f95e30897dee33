// Tries every subsequence: at each position either skip the value or take it
// when it is larger than the last one taken. Without a memo this explores
// every increasing subsequence, exponentially many for long arrays.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        fn longest(nums: &[i32], i: usize, last: Option<i32>) -> i32 {
            if i == nums.len() {
                return 0;
            }
            let skip = longest(nums, i + 1, last);
            match last {
                Some(v) if nums[i] <= v => skip,
                _ => skip.max(1 + longest(nums, i + 1, Some(nums[i]))),
            }
        }
        longest(&nums, 0, None)
    }
}
