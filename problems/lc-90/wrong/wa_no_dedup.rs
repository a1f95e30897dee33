// The backtracking of plain Subsets, unchanged: each copy of a repeated
// value is a separate choice, so [1,2,2] lists [2] and [1,2] twice.
impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &Vec<i32>, start: usize, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            res.push(cur.clone());
            for i in start..nums.len() {
                cur.push(nums[i]);
                go(nums, i + 1, cur, res);
                cur.pop();
            }
        }
        let mut res = Vec::new();
        go(&nums, 0, &mut Vec::new(), &mut res);
        res
    }
}
