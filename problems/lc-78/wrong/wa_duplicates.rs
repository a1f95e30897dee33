// Include/exclude recursion that records the current subset at every call
// instead of only once all elements are decided: skipping an element records
// the same subset again.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn dfs(nums: &Vec<i32>, i: usize, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            res.push(cur.clone());
            if i == nums.len() {
                return;
            }
            dfs(nums, i + 1, cur, res);
            cur.push(nums[i]);
            dfs(nums, i + 1, cur, res);
            cur.pop();
        }
        let mut res = Vec::new();
        dfs(&nums, 0, &mut Vec::new(), &mut res);
        res
    }
}
