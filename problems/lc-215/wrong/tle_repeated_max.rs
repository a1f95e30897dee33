// Selection by hand: k times, scan for the largest remaining value and
// remove it. O(n * k): with n = 10^5 and k = n / 2, about 3.75 * 10^9 steps.
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let mut result = 0;
        for _ in 0..k {
            let mut best = 0;
            for i in 1..nums.len() {
                if nums[i] > nums[best] {
                    best = i;
                }
            }
            result = nums.swap_remove(best);
        }
        result
    }
}
