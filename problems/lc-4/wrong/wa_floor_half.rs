// The partition search with a left half of floor(total / 2) elements, but
// still answering max(left) for an odd total: with that split the median is
// the smallest element on the right.
impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let (a, b) = if nums1.len() <= nums2.len() { (nums1, nums2) } else { (nums2, nums1) };
        let (m, n) = (a.len(), b.len());
        let half = (m + n) / 2;
        let (mut lo, mut hi) = (0, m);
        while lo <= hi {
            let i = (lo + hi) / 2;
            let j = half - i;
            let l1 = if i == 0 { i32::MIN } else { a[i - 1] };
            let r1 = if i == m { i32::MAX } else { a[i] };
            let l2 = if j == 0 { i32::MIN } else { b[j - 1] };
            let r2 = if j == n { i32::MAX } else { b[j] };
            if l1 <= r2 && l2 <= r1 {
                if (m + n) % 2 == 1 {
                    return l1.max(l2) as f64;
                }
                return (l1.max(l2) as f64 + r1.min(r2) as f64) / 2.0;
            } else if l1 > r2 {
                hi = i - 1;
            } else {
                lo = i + 1;
            }
        }
        0.0
    }
}
