// The duplicate skip and the early stop of the sorted version, on the
// unsorted array: the loop stops at the first candidate larger than the
// remainder even if smaller ones follow (example 1 starts with 10 and gets
// []), and equal values that are not adjacent repeat a combination
// ([1,2,1] with target 3 gives [1,2] twice).
impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
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
                go(c, i + 1, left - c[i], path, res);
                path.pop();
            }
        }
        let mut res = Vec::new();
        go(&candidates, 0, target, &mut Vec::new(), &mut res);
        res
    }
}
