// Backtracking in place: swap each remaining element into position `start`,
// recurse on the rest, and swap it back before trying the next one.
impl Solution {
    pub fn permute(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &mut Vec<i32>, start: usize, out: &mut Vec<Vec<i32>>) {
            if start == nums.len() {
                out.push(nums.clone());
                return;
            }
            for i in start..nums.len() {
                nums.swap(start, i);
                go(nums, start + 1, out);
                nums.swap(start, i);
            }
        }
        let mut out = Vec::new();
        go(&mut nums, 0, &mut out);
        out
    }
}
