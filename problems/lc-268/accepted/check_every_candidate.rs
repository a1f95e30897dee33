impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // The slowest approach LeetCode accepts: for each candidate 0..=n,
        // scan the whole array for it. O(n^2), 10^8 comparisons at most.
        let n = nums.len() as i32;
        let mut k = 0;
        loop {
            let mut found = false;
            for &x in &nums {
                if x == k {
                    found = true;
                }
            }
            if !found || k == n {
                return k;
            }
            k += 1;
        }
    }
}
