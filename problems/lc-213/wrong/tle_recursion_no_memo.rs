// The right recurrence, run twice (without the last house, without the
// first), but recursively and with no memo: each run makes a number of calls
// that grows like the Fibonacci numbers, far too many for 100 houses.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(h: &[i32], i: usize) -> i32 {
            if i >= h.len() {
                return 0;
            }
            best(h, i + 1).max(h[i] + best(h, i + 2))
        }
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        best(&nums[..n - 1], 0).max(best(&nums[1..], 0))
    }
}
