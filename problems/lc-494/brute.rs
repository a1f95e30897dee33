impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        // Every sign pattern as a bit mask: bit i set means a minus sign.
        let n = nums.len();
        let mut count = 0;
        for mask in 0u32..(1u32 << n) {
            let mut total = 0;
            for i in 0..n {
                if mask >> i & 1 == 1 {
                    total -= nums[i];
                } else {
                    total += nums[i];
                }
            }
            if total == target {
                count += 1;
            }
        }
        count
    }
}
