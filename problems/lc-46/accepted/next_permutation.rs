// Sort, then step through the orderings in lexicographic order with the
// classic next-permutation: find the last ascent, swap its left element with
// the smallest larger one to its right, and reverse the tail.
impl Solution {
    pub fn permute(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let mut out = vec![nums.clone()];
        let n = nums.len();
        loop {
            let Some(i) = (0..n.saturating_sub(1)).rev().find(|&i| nums[i] < nums[i + 1]) else {
                return out;
            };
            let j = (i + 1..n).rev().find(|&j| nums[j] > nums[i]).unwrap();
            nums.swap(i, j);
            nums[i + 1..].reverse();
            out.push(nums.clone());
        }
    }
}
