// Confuses subsets with subarrays: lists the empty set and every run of
// neighbouring elements, so [1,3] from [1,2,3] is never produced.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = vec![vec![]];
        for i in 0..nums.len() {
            for j in i + 1..=nums.len() {
                res.push(nums[i..j].to_vec());
            }
        }
        res
    }
}
