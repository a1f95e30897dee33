// Merges correctly, but averages the two middle values in integer
// arithmetic: (2 + 3) / 2 == 2, so every .5 is lost.
impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let mut merged = Vec::with_capacity(nums1.len() + nums2.len());
        let (mut i, mut j) = (0, 0);
        while i < nums1.len() && j < nums2.len() {
            if nums1[i] <= nums2[j] {
                merged.push(nums1[i]);
                i += 1;
            } else {
                merged.push(nums2[j]);
                j += 1;
            }
        }
        merged.extend_from_slice(&nums1[i..]);
        merged.extend_from_slice(&nums2[j..]);
        let k = merged.len();
        if k % 2 == 1 {
            merged[k / 2] as f64
        } else {
            ((merged[k / 2 - 1] + merged[k / 2]) / 2) as f64
        }
    }
}
