// Confuses a subsequence with a subarray: measures the longest run of
// adjacent, strictly increasing elements.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut best = 1;
        let mut run = 1;
        for i in 1..nums.len() {
            if nums[i] > nums[i - 1] {
                run += 1;
                best = best.max(run);
            } else {
                run = 1;
            }
        }
        best
    }
}
