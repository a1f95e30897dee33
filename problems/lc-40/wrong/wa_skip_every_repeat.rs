// Skips a candidate equal to its left neighbour whenever i > 0 instead of
// only when i > start, so a repeated value is never used twice: example 1
// loses [1,1,6].
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
                if i > 0 && c[i] == c[i - 1] {
                    continue;
                }
                path.push(c[i]);
                go(c, i + 1, left - c[i], path, res);
                path.pop();
            }
        }
        candidates.sort();
        let mut res = Vec::new();
        go(&candidates, 0, target, &mut Vec::new(), &mut res);
        res
    }
}
