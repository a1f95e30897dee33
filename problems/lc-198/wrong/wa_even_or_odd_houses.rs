// Assumes the best plan takes every other house, and compares the sum of the
// even-indexed houses with the sum of the odd-indexed ones. Skipping two houses
// in a row (as in [2,1,1,2]) is never considered.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let mut even = 0;
        let mut odd = 0;
        for (i, x) in nums.iter().enumerate() {
            if i % 2 == 0 {
                even += x;
            } else {
                odd += x;
            }
        }
        even.max(odd)
    }
}
