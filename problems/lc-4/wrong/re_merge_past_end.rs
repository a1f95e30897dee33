// Walks both arrays up to the middle without checking whether one of them
// has run out: an empty array, or one used up before the middle, is indexed
// past its end.
impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let total = nums1.len() + nums2.len();
        let (mut i, mut j) = (0, 0);
        let (mut prev, mut cur) = (0, 0);
        for _ in 0..=total / 2 {
            prev = cur;
            if nums1[i] <= nums2[j] {
                cur = nums1[i];
                i += 1;
            } else {
                cur = nums2[j];
                j += 1;
            }
        }
        if total % 2 == 1 {
            cur as f64
        } else {
            (prev + cur) as f64 / 2.0
        }
    }
}
