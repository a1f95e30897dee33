impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        // Keeps the last element of each run by looking one element ahead,
        // but the loop also visits the last index, where `nums[i + 1]` is
        // out of bounds.
        let mut k = 0;
        for i in 0..nums.len() {
            if nums[i] != nums[i + 1] {
                nums[k] = nums[i];
                k += 1;
            }
        }
        k as i32
    }
}
