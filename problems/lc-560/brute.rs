// Every start, extended one element at a time with a running sum.
impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let n = nums.len();
        let mut count = 0;
        for i in 0..n {
            let mut sum = 0i64;
            for j in i..n {
                sum += nums[j] as i64;
                if sum == k as i64 {
                    count += 1;
                }
            }
        }
        count
    }
}
