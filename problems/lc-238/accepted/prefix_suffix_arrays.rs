// Separate prefix and suffix product arrays, combined at the end: O(n) time
// and O(n) extra memory.
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut left = vec![1i64; n + 1];
        let mut right = vec![1i64; n + 1];
        for i in 0..n {
            left[i + 1] = left[i].wrapping_mul(nums[i] as i64);
            right[n - 1 - i] = right[n - i].wrapping_mul(nums[n - 1 - i] as i64);
        }
        (0..n).map(|i| left[i].wrapping_mul(right[i + 1]) as i32).collect()
    }
}
