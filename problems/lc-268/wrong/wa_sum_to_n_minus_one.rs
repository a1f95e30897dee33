impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // Takes the expected total as 0 + 1 + ... + (n - 1), the indices,
        // forgetting that the range goes up to n.
        let n = nums.len() as i32;
        (n - 1) * n / 2 - nums.iter().sum::<i32>()
    }
}
