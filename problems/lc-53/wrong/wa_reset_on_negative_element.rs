// Starts a new block whenever it meets a negative number, instead of when
// the running sum turns negative: a small dip between two large runs (as in
// [5,-1,5]) splits a block that should have been kept whole.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut run = 0;
        let mut best = i32::MIN;
        for x in nums {
            if x < 0 {
                run = 0;
                best = best.max(x);
            } else {
                run += x;
                best = best.max(run);
            }
        }
        best
    }
}
