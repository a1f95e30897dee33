// The slowest approach LeetCode accepts: join the two arrays, sort the
// result and read off the middle. O((m + n) log(m + n)) instead of
// O(log(min(m, n))), and a copy of everything.
impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let mut all = [nums1, nums2].concat();
        all.sort();
        let k = all.len();
        if k % 2 == 1 {
            all[k / 2] as f64
        } else {
            (all[k / 2 - 1] as f64 + all[k / 2] as f64) / 2.0
        }
    }
}
