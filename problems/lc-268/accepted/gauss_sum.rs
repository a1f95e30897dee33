impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // 0 + 1 + ... + n minus what is there (at most 5 * 10^7: fits in i32).
        let n = nums.len() as i32;
        n * (n + 1) / 2 - nums.iter().sum::<i32>()
    }
}
