// Recurses from i instead of i + 1, as in Combination Sum I: a position can
// be used again, so [2] with target 4 gives [[2,2]] instead of [].
impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn go(c: &Vec<i32>, start: usize, left: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            if left == 0 {
                res.push(path.clone());
                return;
            }
            for i in start..c.len() {
                if c[i] > left {
                    break;
                }
                if i > start && c[i] == c[i - 1] {
                    continue;
                }
                path.push(c[i]);
                go(c, i, left - c[i], path, res);
                path.pop();
            }
        }
        candidates.sort();
        let mut res = Vec::new();
        go(&candidates, 0, target, &mut Vec::new(), &mut res);
        res
    }
}
