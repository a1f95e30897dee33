// Sort, fix the first two values (skipping repeats of each), and look for
// the third with a binary search in the rest of the array:
// O(n^2 log n) comparisons.
impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort();
        let n = nums.len();
        let mut out = Vec::new();
        for i in 0..n {
            if i > 0 && nums[i] == nums[i - 1] {
                continue;
            }
            for j in i + 1..n {
                if j > i + 1 && nums[j] == nums[j - 1] {
                    continue;
                }
                let need = -(nums[i] + nums[j]);
                if need < nums[j] {
                    break; // sorted: every later pair needs an even smaller third
                }
                if nums[j + 1..].binary_search(&need).is_ok() {
                    out.push(vec![nums[i], nums[j], need]);
                }
            }
        }
        out
    }
}
