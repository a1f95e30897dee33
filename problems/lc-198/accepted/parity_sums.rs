// Two running totals, one for the plans ending on an even house and one for
// the odd houses; each may jump over to the other's best when that is more.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let mut even = 0;
        let mut odd = 0;
        for i in 0..nums.len() {
            if i % 2 == 0 {
                even = (even + nums[i]).max(odd);
            } else {
                odd = (odd + nums[i]).max(even);
            }
        }
        even.max(odd)
    }
}
