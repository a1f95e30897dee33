// Multiplies all the other elements for every position: O(n^2), 10^10
// multiplications at n = 10^5.
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![0; n];
        for i in 0..n {
            let mut p = 1i32;
            for j in 0..n {
                if j != i {
                    p = p.wrapping_mul(nums[j]);
                }
            }
            answer[i] = p;
        }
        answer
    }
}
