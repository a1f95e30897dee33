// One pass with four running values: whether the first house was taken
// times whether the previous house was taken. At the end, plans that took
// both the first and the last house are not counted.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        const NONE: i32 = i32::MIN / 2;
        // [first taken][previous taken]
        let mut s = [[0, NONE], [NONE, nums[0]]];
        for &x in &nums[1..] {
            let mut t = [[NONE; 2]; 2];
            for f in 0..2 {
                t[f][0] = s[f][0].max(s[f][1]);
                t[f][1] = s[f][0] + x;
            }
            s = t;
        }
        s[0][0].max(s[0][1]).max(s[1][0])
    }
}
