impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let mut all: Vec<f64> = nums1.iter().chain(&nums2).map(|&x| x as f64).collect();
        all.sort_by(|x, y| x.partial_cmp(y).unwrap());
        let k = all.len();
        if k % 2 == 1 {
            all[k / 2]
        } else {
            (all[k / 2 - 1] + all[k / 2]) / 2.0
        }
    }
}
