// Recurses from i + 1 as in "Combination Sum II": every candidate can be
// used at most once, so [2,2,3] is never found.
impl Solution {
    pub fn combination_sum(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn backtrack(c: &Vec<i32>, start: usize, remain: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            if remain == 0 {
                res.push(path.clone());
                return;
            }
            for i in start..c.len() {
                if c[i] > remain {
                    break;
                }
                path.push(c[i]);
                backtrack(c, i + 1, remain - c[i], path, res);
                path.pop();
            }
        }
        candidates.sort();
        let mut res = Vec::new();
        backtrack(&candidates, 0, target, &mut Vec::new(), &mut res);
        res
    }
}
