impl Solution {
    pub fn single_number(mut nums: Vec<i32>) -> i32 {
        // Sorts and checks the pairs, but when every pair matches (the single
        // value is the largest, at the end) it falls through to 0.
        nums.sort();
        for i in (0..nums.len().saturating_sub(1)).step_by(2) {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
        }
        0
    }
}
