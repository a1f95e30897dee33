// Skips a value equal to its left neighbour everywhere (i > 0), not only
// when it is the second choice at the same position (i > start): the
// second copy is never taken, so [1,2,2] misses [2,2] and [1,2,2].
impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &Vec<i32>, start: usize, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            res.push(cur.clone());
            for i in start..nums.len() {
                if i > 0 && nums[i] == nums[i - 1] {
                    continue;
                }
                cur.push(nums[i]);
                go(nums, i + 1, cur, res);
                cur.pop();
            }
        }
        nums.sort();
        let mut res = Vec::new();
        go(&nums, 0, &mut Vec::new(), &mut res);
        res
    }
}
