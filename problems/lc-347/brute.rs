impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // Sort, so equal values are adjacent, and measure each run.
        let mut sorted = nums;
        sorted.sort();
        let mut runs: Vec<(usize, i32)> = Vec::new();
        let mut i = 0;
        while i < sorted.len() {
            let mut j = i;
            while j < sorted.len() && sorted[j] == sorted[i] {
                j += 1;
            }
            runs.push((j - i, sorted[i]));
            i = j;
        }
        // Longest runs first; take the first k values.
        runs.sort_by(|a, b| b.0.cmp(&a.0));
        runs.iter().take(k as usize).map(|&(_, x)| x).collect()
    }
}
