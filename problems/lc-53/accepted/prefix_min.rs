// Prefix sums: the block ending at i is best when it starts right after the
// smallest prefix sum seen before i.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut prefix = 0i64;
        let mut smallest = 0i64;
        let mut best = i64::MIN;
        for x in nums {
            prefix += x as i64;
            best = best.max(prefix - smallest);
            smallest = smallest.min(prefix);
        }
        best as i32
    }
}
