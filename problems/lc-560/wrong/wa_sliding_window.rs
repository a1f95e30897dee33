// Two-pointer window that shrinks from the left while the sum exceeds k.
// Correct only for positive values: with negatives or zeros, shrinking (or
// not extending) skips subarrays that sum to k.
impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut left = 0;
        let mut sum = 0;
        let mut count = 0;
        for right in 0..nums.len() {
            sum += nums[right];
            while sum > k && left <= right {
                sum -= nums[left];
                left += 1;
            }
            if sum == k {
                count += 1;
            }
        }
        count
    }
}
