impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        // Forward pass: answer[i] = product of nums[..i].
        let mut answer = vec![1i32; n];
        for i in 1..n {
            answer[i] = answer[i - 1].wrapping_mul(nums[i - 1]);
        }
        // Backward pass: multiply in the product of nums[i + 1..].
        // (A product that overflows is always multiplied by a zero later,
        // since every answer fits in an i32; wrapping makes that explicit.)
        let mut right = 1i32;
        for i in (0..n).rev() {
            answer[i] = answer[i].wrapping_mul(right);
            right = right.wrapping_mul(nums[i]);
        }
        answer
    }
}
