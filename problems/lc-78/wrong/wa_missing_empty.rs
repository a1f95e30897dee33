// Counts the masks from 1, as if the empty subset did not count.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut res = Vec::new();
        for mask in 1..(1 << n) {
            let mut sub = Vec::new();
            for i in 0..n {
                if mask & (1 << i) != 0 {
                    sub.push(nums[i]);
                }
            }
            res.push(sub);
        }
        res
    }
}
