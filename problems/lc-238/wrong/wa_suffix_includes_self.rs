// Updates the running product of the right side before multiplying it in,
// so every position's own value is included once on the right.
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![1; n];
        for i in 1..n {
            answer[i] = answer[i - 1] * nums[i - 1];
        }
        let mut right = 1;
        for i in (0..n).rev() {
            right *= nums[i];
            answer[i] *= right;
        }
        answer
    }
}
