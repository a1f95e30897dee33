impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // ending[i] = length of the longest strictly increasing subsequence
        // that ends at position i; O(n^2).
        let n = nums.len();
        let mut ending = vec![1; n];
        for i in 0..n {
            for j in 0..i {
                if nums[j] < nums[i] && ending[j] + 1 > ending[i] {
                    ending[i] = ending[j] + 1;
                }
            }
        }
        ending.into_iter().max().unwrap_or(0)
    }
}
