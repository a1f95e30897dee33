// The best subarray inside a zero-free stretch either starts at the
// stretch's left end or ends at its right end (drop everything up to the
// first negative, or from the last negative on). So the best is among the
// running products from the left and from the right, each restarted after
// a zero.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = i32::MIN;
        let (mut left, mut right) = (1i32, 1i32);
        for i in 0..n {
            left = (if left == 0 { 1 } else { left }) * nums[i];
            right = (if right == 0 { 1 } else { right }) * nums[n - 1 - i];
            best = best.max(left).max(right);
        }
        best
    }
}
