impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        // Every block [i, j]: its sum is built up as j moves right. Quadratic,
        // for small inputs only.
        let mut best = i64::MIN;
        for i in 0..nums.len() {
            let mut sum: i64 = 0;
            for j in i..nums.len() {
                sum += nums[j] as i64;
                best = best.max(sum);
            }
        }
        best as i32
    }
}
