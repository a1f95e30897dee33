// Decide each element in turn, in or out; a subset is recorded only when
// every element has been decided.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::decide(&nums, 0, &mut cur, &mut res);
        res
    }

    fn decide(nums: &[i32], i: usize, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if i == nums.len() {
            res.push(cur.clone());
            return;
        }
        cur.push(nums[i]);
        Self::decide(nums, i + 1, cur, res);
        cur.pop();
        Self::decide(nums, i + 1, cur, res);
    }
}
