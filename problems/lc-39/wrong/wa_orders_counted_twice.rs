// Tries every candidate at every step, so the same combination is reported
// once per ordering: [2,2,3], [2,3,2] and [3,2,2] all appear for target 7.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn dfs(c: &Vec<i32>, remain: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            if remain < 0 {
                return;
            }
            if remain == 0 {
                res.push(path.clone());
                return;
            }
            for &x in c {
                path.push(x);
                dfs(c, remain - x, path, res);
                path.pop();
            }
        }
        let mut res = Vec::new();
        dfs(&candidates, target, &mut Vec::new(), &mut res);
        res
    }
}
