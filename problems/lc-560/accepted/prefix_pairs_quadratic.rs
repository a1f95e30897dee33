// Prefix sums, then every pair of prefixes: the subarray (i, j] sums to k
// when prefix[j] - prefix[i] == k. O(n^2) = 2 * 10^8 simple comparisons at
// n = 2 * 10^4.
impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let n = nums.len();
        let mut prefix = vec![0i32; n + 1];
        for i in 0..n {
            prefix[i + 1] = prefix[i] + nums[i];
        }
        let mut count = 0;
        for j in 1..=n {
            let want = prefix[j] - k;
            for i in 0..j {
                if prefix[i] == want {
                    count += 1;
                }
            }
        }
        count
    }
}
