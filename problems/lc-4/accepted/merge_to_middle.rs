// Complexity: O(n)
// Walk both arrays like the merge step of merge sort, but stop at the
// middle, remembering only the last two values taken: O(m + n) time, O(1)
// memory.
impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let total = nums1.len() + nums2.len();
        let (mut i, mut j) = (0, 0);
        let (mut prev, mut cur) = (0i64, 0i64);
        for _ in 0..=total / 2 {
            prev = cur;
            let take_first = match (nums1.get(i), nums2.get(j)) {
                (Some(a), Some(b)) => a <= b,
                (Some(_), None) => true,
                _ => false,
            };
            if take_first {
                cur = nums1[i] as i64;
                i += 1;
            } else {
                cur = nums2[j] as i64;
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
