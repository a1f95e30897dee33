impl Solution {
    pub fn missing_number(mut nums: Vec<i32>) -> i32 {
        // After sorting, nums[i] == i up to the gap.
        nums.sort_unstable();
        for (i, &x) in nums.iter().enumerate() {
            if x != i as i32 {
                return i as i32;
            }
        }
        nums.len() as i32
    }
}
