// Sorts the numbers so equal values form runs, measures each run, and uses
// select_nth_unstable to move the k longest runs to the front (their order
// does not matter).
impl Solution {
    pub fn top_k_frequent(mut nums: Vec<i32>, k: i32) -> Vec<i32> {
        nums.sort_unstable();
        let mut runs: Vec<(usize, i32)> = Vec::new();
        let mut start = 0;
        for i in 1..=nums.len() {
            if i == nums.len() || nums[i] != nums[start] {
                runs.push((i - start, nums[start]));
                start = i;
            }
        }
        let k = k as usize;
        if k < runs.len() {
            runs.select_nth_unstable_by(k - 1, |a, b| b.0.cmp(&a.0));
        }
        runs[..k].iter().map(|&(_, x)| x).collect()
    }
}
