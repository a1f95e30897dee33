// Range-maximum queries on a sparse table: level j holds the maximum of every
// run of 2^j elements, and any window is covered by two overlapping runs.
// O(n log n) to build, O(1) per window.
impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let n = nums.len();
        let k = k as usize;
        let mut levels: Vec<Vec<i32>> = vec![nums.clone()];
        let mut len = 1;
        while len * 2 <= k {
            let prev = levels.last().unwrap();
            let next: Vec<i32> = (0..=n - len * 2).map(|i| prev[i].max(prev[i + len])).collect();
            levels.push(next);
            len *= 2;
        }
        // `len` is the largest power of two <= k, stored at the last level.
        let top = levels.last().unwrap();
        (0..=n - k).map(|i| top[i].max(top[i + k - len])).collect()
    }
}
