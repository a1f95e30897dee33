// The backtracking itself is right, but it is launched once per possible
// first candidate as well: a search from start 0 already covers every
// combination, so those from later starts report them again ([7] up to four
// times for [2,3,6,7]).
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
                backtrack(c, i, remain - c[i], path, res);
                path.pop();
            }
        }
        candidates.sort();
        let mut res = Vec::new();
        for start in 0..candidates.len() {
            backtrack(&candidates, start, target, &mut Vec::new(), &mut res);
        }
        res
    }
}
