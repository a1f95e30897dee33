// Marks an element as used but forgets to clear the mark when backtracking,
// so only the first ordering is ever completed.
impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn dfs(nums: &Vec<i32>, used: &mut Vec<bool>, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            if path.len() == nums.len() {
                res.push(path.clone());
                return;
            }
            for i in 0..nums.len() {
                if !used[i] {
                    used[i] = true;
                    path.push(nums[i]);
                    dfs(nums, used, path, res);
                    path.pop();
                }
            }
        }
        let mut res = Vec::new();
        let mut used = vec![false; nums.len()];
        dfs(&nums, &mut used, &mut Vec::new(), &mut res);
        res
    }
}
