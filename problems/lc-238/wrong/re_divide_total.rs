// Divides the product of all elements by nums[i] (the approach the problem
// forbids): a zero element divides by zero, which panics.
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let total: i64 = nums.iter().map(|&x| x as i64).product();
        nums.iter().map(|&x| (total / x as i64) as i32).collect()
    }
}
