// The duplicate test reads nums[i - 1] before checking i > start; at i = 0
// the index wraps around (overflow checks are off in release builds) and
// the read is out of bounds.
impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &Vec<i32>, start: usize, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            res.push(cur.clone());
            for i in start..nums.len() {
                if nums[i.wrapping_sub(1)] == nums[i] && i > start {
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
