// Tries every start and extends the product one element at a time: O(n^2)
// multiplications, 2 * 10^8 at the largest size.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = i32::MIN;
        for i in 0..n {
            let mut p = 1i32;
            for j in i..n {
                p *= nums[j];
                best = best.max(p);
            }
        }
        best
    }
}
