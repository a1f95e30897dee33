// Swaps each candidate into place and recurses, but never swaps it back:
// later branches start from a scrambled array, so some orderings come out
// twice and others never (4 distinct ones out of 6 for three elements).
impl Solution {
    pub fn permute(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &mut Vec<i32>, start: usize, res: &mut Vec<Vec<i32>>) {
            if start == nums.len() {
                res.push(nums.clone());
                return;
            }
            for i in start..nums.len() {
                nums.swap(start, i);
                go(nums, start + 1, res);
            }
        }
        let mut res = Vec::new();
        go(&mut nums, 0, &mut res);
        res
    }
}
