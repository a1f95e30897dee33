// The k-th smallest of two sorted arrays, recursively: compare the
// (k/2)-th elements of both and discard the smaller half-prefix, which
// cannot contain the k-th element. O(log(m + n)) levels.
impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        fn kth(a: &[i32], b: &[i32], k: usize) -> i32 {
            // k is 1-based: the k-th smallest element of a and b together.
            if a.len() > b.len() {
                return kth(b, a, k);
            }
            if a.is_empty() {
                return b[k - 1];
            }
            if k == 1 {
                return a[0].min(b[0]);
            }
            let i = a.len().min(k / 2);
            let j = k - i;
            if a[i - 1] <= b[j - 1] {
                kth(&a[i..], b, k - i)
            } else {
                kth(a, &b[j..], k - j)
            }
        }
        let total = nums1.len() + nums2.len();
        if total % 2 == 1 {
            kth(&nums1, &nums2, total / 2 + 1) as f64
        } else {
            let lo = kth(&nums1, &nums2, total / 2) as f64;
            let hi = kth(&nums1, &nums2, total / 2 + 1) as f64;
            (lo + hi) / 2.0
        }
    }
}
