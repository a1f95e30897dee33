impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        // Try every pair of distinct positions, in i64 to be safe.
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] as i64 + nums[j] as i64 == target as i64 {
                    return vec![i as i32, j as i32];
                }
            }
        }
        Vec::new()
    }
}
